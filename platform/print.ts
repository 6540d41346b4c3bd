/**
 * Printing a case summary. A side panel cannot show the browser's print dialog (print() there
 * does nothing), so the summary opens in a tab of its own and prints there. It travels through
 * session storage (core/messages.ts, PRINT_JOB), which is kept in memory only and read once: no
 * case reference ends up in the tab's address or the browser's history. The job names the tab
 * opened for it, and only that tab takes it: another extension allowed to open tabs could open
 * summary.html too, and must not use the summary up (or see it).
 */
import { browser } from 'wxt/browser';
import { PRINT_JOB, type PrintJob } from '../core/messages';
import { getStored, removeStored, setStored, watchStored } from './stored';

/** Longest wait for the tab's id to be written into a job stored just before the tab was made. */
const WAIT_MS = 5_000;

/**
 * Opens a tab that prints `text`, with what it is a summary of (`source`, so the tab can write
 * it again when the case's pack changes). The job is never left behind: not when the tab cannot
 * be opened, nor when it is closed before it printed (forgetPrintJobsOfClosedTabs, in the
 * background, hears the tab close; a tab closed before its id was written is found here).
 */
export async function printInTab(text: string, source?: PrintJob['source']): Promise<void> {
  const job = source ? { text, source } : { text };
  await setStored(PRINT_JOB, job);
  let tab: { id?: number };
  try {
    tab = await browser.tabs.create({ url: browser.runtime.getURL('/summary.html'), active: true });
  } catch (error) {
    await removeStored(PRINT_JOB);
    throw error;
  }
  if (tab.id === undefined) {
    await removeStored(PRINT_JOB);
    return;
  }
  await setStored(PRINT_JOB, { ...job, tabId: tab.id });
  const open = await browser.tabs.get(tab.id).then(
    () => true,
    () => false,
  );
  if (!open) await forgetPrintJobOf(tab.id);
}

/** Removes the job waiting for tab `tabId`, if there is one; another tab's is left. */
async function forgetPrintJobOf(tabId: number): Promise<void> {
  const job = await getStored(PRINT_JOB);
  if (job?.tabId === tabId) await removeStored(PRINT_JOB);
}

/**
 * Forgets a summary waiting to be printed when its tab is closed before it took it (for the
 * background, which hears every tab close). Returns the unsubscribe.
 */
export function forgetPrintJobsOfClosedTabs(): () => void {
  const onRemoved = (tabId: number) => void forgetPrintJobOf(tabId).catch(() => {});
  browser.tabs.onRemoved.addListener(onRemoved);
  return () => browser.tabs.onRemoved.removeListener(onRemoved);
}

/** This tab's summary once its job names a tab; null for none, or another tab's. */
function settledFor(job: PrintJob | null, tabId: number): { job: PrintJob | null } | null {
  if (job === null) return { job: null };
  if (job.tabId === undefined) return null;
  return { job: job.tabId === tabId ? job : null };
}

/**
 * The summary waiting to be printed in this tab, taken once; null when there is none for this
 * tab (or it is not valid).
 */
export async function takePrintJob(): Promise<string | null> {
  return (await takeWholePrintJob())?.text ?? null;
}

/** takePrintJob, with what the summary is of (to write it again when its pack changes). */
export async function takeWholePrintJob(): Promise<PrintJob | null> {
  const tabId = (await browser.tabs.getCurrent())?.id;
  if (tabId === undefined) return null;
  const taken = await new Promise<PrintJob | null>((resolve) => {
    let done = false;
    const finish = (found: PrintJob | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      stop();
      resolve(found);
    };
    // The tab can open before its id is written into the job: then it waits for the id.
    const stop = watchStored(PRINT_JOB, (changes) => {
      for (const change of changes) {
        const settled = change.removed ? null : settledFor(change.value, tabId);
        if (settled) finish(settled.job);
      }
    });
    const timer = setTimeout(() => finish(null), WAIT_MS);
    void getStored(PRINT_JOB).then(
      (job) => {
        const settled = settledFor(job, tabId);
        if (settled) finish(settled.job);
      },
      () => finish(null),
    );
  });
  // Only this tab's own job is removed: a stranger's page leaves it for the tab it belongs to.
  if (taken !== null) await removeStored(PRINT_JOB);
  return taken;
}
