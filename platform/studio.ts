import { browser } from 'wxt/browser';

/** Opens Pack studio, the extension's page for writing a learning pack, in a tab of its own. */
export async function openPackStudio(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/studio.html') });
}
