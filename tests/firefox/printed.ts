/**
 * Errors printed by Pause Point's own code: uncaught errors and rejections from its pages
 * (`JavaScript error: moz-extension://…`) and anything it logs with console.error, which Firefox
 * prints as the values given (`console.error: "text"`, `console.error: (new Error(…))`).
 * Firefox's own modules name themselves first (`console.error: RSLoader: …`, its remote
 * settings failing to reach the network): those are the browser's, not Pause Point's.
 */
export function extensionErrorsIn(printed: string, extensionOrigin: string): string[] {
  return printed
    .split('\n')
    .filter(
      (line) =>
        line.startsWith(`JavaScript error: ${extensionOrigin}`) ||
        (line.startsWith('console.error:') && !FIREFOX_MODULE.test(line)),
    );
}

const FIREFOX_MODULE = /^console\.error: [A-Za-z][\w.-]*: /;
