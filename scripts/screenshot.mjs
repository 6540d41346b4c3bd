// `npm run screenshot`: renders the side panel beside the fictional demo case system, for the
// README. Uses the test build, which may read the local demo site.
import { resolve } from 'node:path';
import { extensionIdOf, launchWithExtension } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';

const demo = await startDemoServer(0);
const context = await launchWithExtension(resolve('.output/chrome-mv3-test'));
const id = await extensionIdOf(context);
const casePage = await context.newPage();
await casePage.goto(`${demo.origin}/cases/DEMO-1001`);
const page = await context.newPage();
await page.setViewportSize({ width: 400, height: 1500 });
await page.goto(`chrome-extension://${id}/sidepanel.html`);
const tabId = await page.evaluate(
  async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
  casePage.url(),
);
await page.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}`);
await page.getByRole('button', { name: 'Use Pause Point on this site' }).click();
await page.getByRole('button', { name: /^Turn on for/ }).click();
await page.getByRole('button', { name: 'Open case DEMO-1001' }).click();
await page.getByRole('radio', { name: 'Recording a visit or contact' }).check();
await page.getByRole('checkbox', { name: /Have you seen and spoken with the father/ }).check();
await page.getByRole('checkbox', { name: /Have you seen where and how the baby sleeps/ }).check();
await page.getByRole('checkbox', { name: /Have you given safer sleep advice yourself/ }).check();
await page.getByRole('button', { name: /^Not applicable \(Have you asked which other men/ }).click();
await page.evaluate(() => {
  document.activeElement?.blur();
  window.scrollTo(0, 0);
});
await page.screenshot({ path: 'docs/side-panel.png' });
await context.close();
await demo.close();
console.log('Wrote docs/side-panel.png');
