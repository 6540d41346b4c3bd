import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openPanelOnToolbarClick } from '../platform/side-panel';
import { createCaseStorage } from '../store/case-storage';

export default defineBackground(() => {
  void openPanelOnToolbarClick();
  // Bring stored data up to the current schema as soon as an install or update lands, so no
  // panel ever reads an old shape. Migrations never clear data.
  browser.runtime.onInstalled.addListener(() => {
    void createCaseStorage().migrate();
  });
});
