import { browser } from 'wxt/browser';

/** Built from entrypoints/case-page/; registered at run time, only for enabled sites. */
const SCRIPT_FILE = 'case-page.js';
const SCRIPT_ID = 'case-page';

const LOCK = 'pause-point-case-page-script';
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs registrations one at a time: in this context by a queue, and across the background and
 * extension pages by a Web Lock where the browser has one. Two at once could each read the
 * sites, and the slower one then undo the other (a site turned on during start-up left with
 * detection off until the next start).
 */
function oneAtATime(task: () => Promise<void>): Promise<void> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  const run = () => (locks ? locks.request(LOCK, task) : task());
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

/**
 * Makes the registered case-page script cover exactly the match patterns `patterns` gives. They
 * are read inside the turn, so each registration reflects the sites as stored at that moment.
 */
export function registerCasePageScript(patterns: () => Promise<readonly string[]>): Promise<void> {
  return oneAtATime(async () => register(await patterns()));
}

async function register(matchPatterns: readonly string[]): Promise<void> {
  const matches = [...new Set(matchPatterns)].sort();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = {
    id: SCRIPT_ID,
    js: [SCRIPT_FILE],
    matches,
    // Not document_idle: Chrome's own injection then holds up a large page's load by a tenth of a
    // second or more (measured by npm run bench); at document_start it costs nothing, and the
    // script waits for the page before it reads anything.
    runAt: 'document_start' as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Starts the script in a tab that was already open when its site was enabled. */
export async function startCasePageScriptIn(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/case-page.js'] });
  } catch {
    // The tab may have closed or moved to another site: the registration covers its next load.
  }
}
