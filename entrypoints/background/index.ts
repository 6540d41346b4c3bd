import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetPrintJobsOfClosedTabs } from '../../platform/print';
import { openPanelOnToolbarClick } from '../../platform/side-panel';
import { keepStorageFromPages } from '../../platform/storage-access';
import { createCaseStorage } from '../../store/case-storage';
import { resyncCasePageScript } from '../../store/sites';
import { watchCasePages } from './case-pages';
import { enableDemoSite } from './demo';
import { watchQuickLookup } from './quick-lookup';
import { keepRetention } from './retention';

export default defineBackground(() => {
  void keepStorageFromPages();
  void openPanelOnToolbarClick();
  watchCasePages();
  watchQuickLookup();
  keepRetention();
  // A summary whose print tab was closed before it printed is not left in memory.
  forgetPrintJobsOfClosedTabs();
  // Keep the case-page script registered for exactly the enabled sites, whatever happened
  // while the browser was closed or the extension was updated.
  void resyncCasePageScript();
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    // Bring stored data up to the current schema; migrations never clear data.
    await createCaseStorage().migrate();
    if (reason === 'install') await enableDemoSite();
  });
});
