/**
 * The benchmark's floor: the least a side panel can do. One module script reads storage once
 * and draws ten labelled checkboxes. Built into the test build only (wxt.config.ts), so the
 * panel's start is measured against an extension page that runs a script, not a blank one.
 */
import { browser } from 'wxt/browser';

void browser.storage.local.get(null).then(() => {
  const app = document.getElementById('app');
  for (let i = 1; i <= 10; i++) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    label.append(box, ` Question ${i}`);
    app?.append(label, document.createElement('br'));
  }
  performance.mark('pause-point:interactive');
});
