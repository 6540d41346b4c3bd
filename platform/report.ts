import { browser } from 'wxt/browser';

/** Opens the partnership report, the extension's page for pooling learning snapshots, in a tab of its own. */
export async function openReport(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
}
