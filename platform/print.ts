/**
 * Printing a case summary. A side panel cannot show the browser's print dialog (print() there
 * does nothing), so the summary opens in a tab of its own and prints there. It travels through
 * session storage, which is kept in memory only and read once: no case reference ends up in the
 * tab's address or the browser's history. The job names the tab opened for it, and only that tab
 * takes it: another extension allowed to open tabs could open summary.html too, and must not
 * use the summary up (or see it).
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';

const PRINT_KEY = 'printSummary';
/** Longest wait for the tab's id to be written into a job stored just before the tab was made. */
const WAIT_MS = 5_000;

const PrintJobSchema = v.strictObject({
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(50_000)),
  /** The tab opened for it; absent for the moment between storing the job and making the tab. */
  tabId: v.optional(v.pipe(v.number(), v.integer())),
});
type PrintJob = v.InferOutput<typeof PrintJobSchema>;

export async function printInTab(text: string): Promise<void> {
  await browser.storage.session.set({ [PRINT_KEY]: { text } });
  const tab = await browser.tabs.create({ url: browser.runtime.getURL('/summary.html'), active: true });
  if (tab.id === undefined) await browser.storage.session.remove(PRINT_KEY);
  else await browser.storage.session.set({ [PRINT_KEY]: { text, tabId: tab.id } });
}

function readJob(stored: unknown): PrintJob | null {
  const parsed = v.safeParse(PrintJobSchema, stored);
  return parsed.success ? parsed.output : null;
}

/** This tab's summary once its job names a tab; null for none, or another tab's. */
function settledFor(job: PrintJob | null, tabId: number): { text: string | null } | null {
  if (job === null) return { text: null };
  if (job.tabId === undefined) return null;
  return { text: job.tabId === tabId ? job.text : null };
}

/**
 * The summary waiting to be printed in this tab, taken once; null when there is none for this
 * tab (or it is not valid).
 */
export async function takePrintJob(): Promise<string | null> {
  const tabId = (await browser.tabs.getCurrent())?.id;
  if (tabId === undefined) return null;
  const text = await new Promise<string | null>((resolve) => {
    let done = false;
    const finish = (found: string | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(onChanged);
      resolve(found);
    };
    // The tab can open before its id is written into the job: then it waits for the id.
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const settled =
        area === 'session' && PRINT_KEY in changes ? settledFor(readJob(changes[PRINT_KEY]?.newValue), tabId) : null;
      if (settled) finish(settled.text);
    };
    const timer = setTimeout(() => finish(null), WAIT_MS);
    browser.storage.onChanged.addListener(onChanged);
    void browser.storage.session.get(PRINT_KEY).then(
      (stored) => {
        const settled = settledFor(readJob(stored[PRINT_KEY]), tabId);
        if (settled) finish(settled.text);
      },
      () => finish(null),
    );
  });
  // Only this tab's own job is removed: a stranger's page leaves it for the tab it belongs to.
  if (text !== null) await browser.storage.session.remove(PRINT_KEY);
  return text;
}
