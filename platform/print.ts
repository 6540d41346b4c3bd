/**
 * Printing a case summary. A side panel cannot show the browser's print dialog (print() there
 * does nothing), so the summary opens in a tab of its own and prints there. It travels through
 * session storage, which is kept in memory only and read once: no case reference ends up in the
 * tab's address or the browser's history.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';

const PRINT_KEY = 'printSummary';

const PrintJobSchema = v.strictObject({ text: v.pipe(v.string(), v.minLength(1), v.maxLength(50_000)) });

export async function printInTab(text: string): Promise<void> {
  await browser.storage.session.set({ [PRINT_KEY]: { text } });
  await browser.tabs.create({ url: browser.runtime.getURL('/summary.html') });
}

/** The summary waiting to be printed, taken once; null when there is none (or it is not valid). */
export async function takePrintJob(): Promise<string | null> {
  const stored = (await browser.storage.session.get(PRINT_KEY))[PRINT_KEY];
  await browser.storage.session.remove(PRINT_KEY);
  const parsed = v.safeParse(PrintJobSchema, stored);
  return parsed.success ? parsed.output.text : null;
}
