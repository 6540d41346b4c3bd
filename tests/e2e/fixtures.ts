import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, expect, type Page } from '@playwright/test';

/** The built extension; `npm run test:e2e` builds it first. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
/** Any Chromium can be used: set CHROMIUM_PATH to its executable. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** Every request any page or worker of the browser made, by URL. */
  requests: string[];
  /** Opens the side panel's page in a tab, as tests cannot reach the real side panel. */
  openPanel(options?: { width?: number; page?: Page; query?: string }): Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  context: async ({}, use) => {
    if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
      throw new Error(`No built extension in ${EXTENSION_DIR}. Run "npm run build" first.`);
    }
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(`No Chromium at ${CHROMIUM_PATH}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
    }
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    await use(context);
    await context.close();
  },

  requests: [
    async ({ context }, use) => {
      const seen: string[] = [];
      context.on('request', (request) => seen.push(request.url()));
      await use(seen);
      // Privacy rule: nothing ever leaves the extension. Checked after every test.
      const external = seen.filter((url) => !/^(chrome-extension|data|blob):/.test(url));
      expect(external, 'requests that left the extension').toEqual([]);
    },
    { auto: true },
  ],

  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = worker.url().split('/')[2];
    if (!id) throw new Error(`Unexpected service worker URL ${worker.url()}`);
    await use(id);
  },

  openPanel: async ({ context, extensionId }, use) => {
    await use(async ({ width = 360, page, query = '' } = {}) => {
      const tab = page ?? (await context.newPage());
      await tab.setViewportSize({ width, height: 800 });
      await tab.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
      await expect(tab.getByRole('heading', { level: 1, name: 'Pause Point' })).toBeVisible();
      return tab;
    });
  },
});

export { expect };

/** Opens a case the way a practitioner does: type the reference, press Enter. */
export async function openCase(panel: Page, ref: string): Promise<void> {
  const box = panel.getByRole('textbox', { name: 'Case reference' });
  await box.fill(ref);
  await box.press('Enter');
  await expect(panel.getByRole('heading', { name: `Checklist for case ${ref}` })).toBeVisible();
}

/** Expands a theme by its title and returns its section. */
export async function expandTheme(panel: Page, title: string) {
  const toggle = panel.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return panel.locator('section.theme', { has: toggle });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Everything the extension has stored, read from inside one of its pages. */
export function storedData(panel: Page): Promise<Record<string, unknown>> {
  return panel.evaluate(() => chrome.storage.local.get(null));
}
