import { describe, expect, it } from 'vitest';
import { extensionErrorsIn } from '../firefox/printed';

const ORIGIN = 'moz-extension://5a1e6c0d-7f3b-4b8e-9c2a-0d4e6f8a1b3c';

describe('errors the Firefox suite counts as Pause Point’s', () => {
  it('counts Pause Point’s console errors and uncaught errors, not Firefox’s own modules', () => {
    // As Firefox ESR 153 printed them: the first two from Pause Point's settings page.
    const printed = [
      'console.error: "Pause Point test error" ({a:1})',
      `console.error: (new Error("boom", "${ORIGIN}/options.html", 5))`,
      `JavaScript error: ${ORIGIN}/chunks/sidepanel.js, line 1: TypeError: x is undefined`,
      'console.error: RSLoader: ',
      'console.error: services.settings: main/nimbus-desktop-experiments failed',
      'JavaScript error: resource://gre/modules/X.sys.mjs, line 3: NetworkError',
      'console.log: "not an error"',
    ].join('\n');
    expect(extensionErrorsIn(printed, ORIGIN)).toEqual([
      'console.error: "Pause Point test error" ({a:1})',
      `console.error: (new Error("boom", "${ORIGIN}/options.html", 5))`,
      `JavaScript error: ${ORIGIN}/chunks/sidepanel.js, line 1: TypeError: x is undefined`,
    ]);
  });
});
