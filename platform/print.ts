/**
 * Printing a case summary. A side panel cannot show the browser's print dialog (print() there
 * does nothing), so the summary opens in a tab of its own and prints there. It travels through
 * session storage (core/messages.ts, PRINT_JOB), which is kept in memory only and read once: no
 * case reference ends up in the tab's address or the browser's history.
 */
import { browser } from 'wxt/browser';
import { PRINT_JOB } from '../core/messages';
import { getStored, removeStored, setStored } from './stored';

export async function printInTab(text: string): Promise<void> {
  await setStored(PRINT_JOB, { text });
  await browser.tabs.create({ url: browser.runtime.getURL('/summary.html') });
}

/** The summary waiting to be printed, taken once; null when there is none (or it is not valid). */
export async function takePrintJob(): Promise<string | null> {
  const text = await getStored(PRINT_JOB);
  await removeStored(PRINT_JOB);
  return text;
}
