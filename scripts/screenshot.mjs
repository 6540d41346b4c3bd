// `npm run screenshot`: renders the side panel with a sample case for the README.

import { resolve } from 'node:path';
import { extensionIdOf, launchWithExtension } from './chromium.mjs';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const context = await launchWithExtension(EXTENSION_DIR);
const id = await extensionIdOf(context);
const page = await context.newPage();
await page.setViewportSize({ width: 400, height: 900 });
await page.goto(`chrome-extension://${id}/sidepanel.html`);
for (const ref of ['CS-2026-0412', 'CS-2026-0007']) {
  await page.getByRole('textbox', { name: 'Case reference' }).fill(ref);
  await page.getByRole('textbox', { name: 'Case reference' }).press('Enter');
}
await page.getByRole('button', { name: /^Considering and involving fathers/ }).click();
await page.getByRole('checkbox', { name: /Do you know who the child’s father is/ }).check();
await page.getByRole('checkbox', { name: /Have you seen and spoken with the father/ }).check();
await page.getByRole('button', { name: /^Not applicable \(Has the father been invited/ }).click();
await page.getByRole('button', { name: /^Why this matters \(Considering and involving fathers\)/ }).click();
await page.getByRole('heading', { name: 'Checklist for case CS-2026-0007' }).evaluate((el) => el.blur());
await page.screenshot({ path: 'docs/side-panel.png' });
await context.close();
console.log('Wrote docs/side-panel.png');
