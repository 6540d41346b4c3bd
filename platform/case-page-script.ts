import { browser } from 'wxt/browser';

/** Built from entrypoints/case-page/; registered at run time, only for enabled sites. */
const SCRIPT_FILE = 'case-page.js';
const SCRIPT_ID = 'case-page';

/** Makes the registered case-page script cover exactly these match patterns. */
export async function registerCasePageScript(matchPatterns: readonly string[]): Promise<void> {
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
