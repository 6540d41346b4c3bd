import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { ivyPack } from '../../content/ivy';
import { escapeRegExp } from '../../core/cue-text';
import { MOMENTS } from '../../core/pack/moment-ids';
import type { Pack } from '../../core/pack/schema';
import { CHROMIUM_PATH, extensionIdOf, launchWithExtension } from '../../scripts/chromium.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { packFile } from '../fixtures/harbour-pack';

/**
 * The extension under test: the test build (`wxt build --mode test`), which `npm run test:e2e`
 * makes first. Set EXTENSION_DIR to test another build.
 */
export const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3-test');
/** The release build, as it ships; its size is what the budget checks. */
export const RELEASE_DIR = resolve('.output/chrome-mv3');

interface WorkerFixtures {
  /** The fictional demo case system, served on 127.0.0.1 (a port of its own per worker). */
  demoOrigin: string;
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** Every request made by an extension page or the extension's service worker, by URL. */
  requests: string[];
  /** Opens the side panel's page in a tab, as tests cannot reach the real side panel. */
  openPanel(options?: { width?: number; page?: Page; query?: string }): Promise<Page>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  demoOrigin: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const server = await startDemoServer(0);
      await use(server.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],

  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  context: async ({}, use) => {
    if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
      throw new Error(`No built extension in ${EXTENSION_DIR}. Run "npm run test:e2e", which builds it.`);
    }
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(`No Chromium at ${CHROMIUM_PATH}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
    }
    const context = await launchWithExtension(EXTENSION_DIR);
    await use(context);
    await context.close();
  },

  requests: [
    async ({ context }, use) => {
      const seen: string[] = [];
      context.on('request', (request) => {
        const worker = request.serviceWorker();
        let origin = '';
        try {
          origin = worker ? worker.url() : request.frame().url();
        } catch {
          origin = '';
        }
        if (origin.startsWith('chrome-extension://')) seen.push(request.url());
      });
      await use(seen);
      // Privacy rule: nothing ever leaves the extension. Checked after every test.
      const external = seen.filter((url) => !/^(chrome-extension|data|blob):/.test(url));
      expect(external, 'requests that left the extension').toEqual([]);
    },
    { auto: true },
  ],

  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
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

/** The WCAG levels every axe check in these tests holds the pages to. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The open case's heading: "Case REF · moment". */
export function caseHeading(panel: Page, ref: string) {
  return panel.getByRole('heading', { name: new RegExp(`^Case ${escapeRegExp(ref)}(\\s|$)`) });
}

/** Any open case's heading. */
export function anyCaseHeading(panel: Page) {
  return panel.getByRole('heading', { name: /^Case \S/ });
}

/** Opens a case the way a practitioner does: type the reference, press Enter. */
export async function openCase(panel: Page, ref: string): Promise<void> {
  const box = panel.getByRole('textbox', { name: 'Case reference' });
  // With a case open, the case box is folded behind "Other cases".
  if (!(await box.isVisible())) await panel.getByRole('button', { name: 'Other cases' }).click();
  await box.fill(ref);
  await box.press('Enter');
  await expect(caseHeading(panel, ref)).toBeVisible();
}

/** The moment chooser: one native select. */
export function momentSelect(panel: Page) {
  return panel.getByRole('combobox', { name: /now:$/i });
}

/** Chooses the pause point, as a practitioner does in the select. */
export async function chooseMoment(panel: Page, title: string): Promise<void> {
  // At 240 px the select shows each moment's one-word name: the moment is found by either.
  const moment = MOMENTS.find((m) => m.title === title || m.short === title)?.id;
  await momentSelect(panel).selectOption(moment ? { value: moment } : { label: title });
}

/**
 * Chooses the open case's learning pack, as a practitioner does: the pack's name on the case
 * line opens the chooser. (A missing pack shows the chooser at once.)
 */
export async function choosePack(panel: Page, label: string): Promise<void> {
  const chooser = panel.getByRole('combobox', { name: 'Learning pack for this case' });
  if (!(await chooser.isVisible())) await panel.getByRole('button', { name: /^Learning pack: .* \(change\)$/ }).click();
  await expect(chooser).toBeFocused();
  await chooser.selectOption({ label });
  await panel.getByRole('button', { name: 'Use this pack' }).click();
}

const IVY_PROMPTS = new Map(ivyPack.themes.flatMap((t) => t.prompts.map((p) => [p.id, p] as const)));

function ivyPrompt(id: string) {
  const prompt = IVY_PROMPTS.get(id);
  if (!prompt) throw new Error(`No Ivy question ${id}`);
  return prompt;
}

/** An Ivy question's checklist line: its short line, the checkbox's label in a moment's list. */
export function ivyLine(id: string): string {
  const prompt = ivyPrompt(id);
  return prompt.short ?? prompt.text;
}

/**
 * An Ivy question's checkbox name wherever it shows: its short line in a moment's list, the
 * question in full under All prompts.
 */
export function ivyQuestion(id: string): RegExp {
  const prompt = ivyPrompt(id);
  // Open at the end: a question marked not applicable adds "(marked not applicable)".
  return new RegExp(`^(${escapeRegExp(ivyLine(id))}|${escapeRegExp(prompt.text)})`);
}

/** The name of an Ivy question's N/A button (or, marked, its undo). */
export function ivyNaButton(id: string, undo = false): RegExp {
  const prompt = ivyPrompt(id);
  const start = undo ? 'Undo N/A \\(make applicable again\\): ' : 'N/A \\(not applicable\\): ';
  return new RegExp(`^${start}(${escapeRegExp(ivyLine(id))}|${escapeRegExp(prompt.text)})$`);
}

/** The moment shown, as the select shows it. */
export function momentShown(panel: Page) {
  return momentSelect(panel).locator('option:checked');
}

/** Expands a theme by its title (under All prompts) and returns its section. */
export async function expandTheme(panel: Page, title: string) {
  const toggle = panel.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) });
  if (!(await toggle.isVisible())) await chooseMoment(panel, 'All prompts');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return panel.locator('section.theme', { has: toggle });
}

/** Reads the clipboard the way a practitioner would: paste into a text field. */
export async function pasteIntoTextField(panel: Page): Promise<string> {
  await panel.evaluate(() => {
    const field = document.createElement('textarea');
    field.setAttribute('aria-label', 'Case record');
    document.body.append(field);
    field.focus();
  });
  await panel.keyboard.press('Control+V');
  const field = panel.getByRole('textbox', { name: 'Case record' });
  const text = await field.inputValue();
  await field.evaluate((el) => el.remove());
  return text;
}

/** Everything the extension has stored, read from inside one of its pages. */
export function storedData(panel: Page): Promise<Record<string, unknown>> {
  return panel.evaluate(() => chrome.storage.local.get(null));
}

/** The browser's id for the tab showing `page`, read from inside the extension. */
export async function tabIdOf(extensionPage: Page, page: Page): Promise<number> {
  const url = page.url();
  const id = await extensionPage.evaluate(
    async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id,
    url,
  );
  if (id === undefined) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Everything in the extension's session storage (memory only). */
export function sessionData(panel: Page): Promise<Record<string, unknown>> {
  return panel.evaluate(() => chrome.storage.session.get(null));
}

/** Adds a pack on the settings page, as a practitioner does with a file from their partnership. */
export async function addPack(settings: Page, pack: Pack) {
  await settings.getByLabel('Learning pack file (.json)').setInputFiles(packFile(pack));
  await settings.getByRole('button', { name: /^(Add|Replace with) this pack$/ }).click();
  await expect(
    settings
      .getByRole('status')
      .filter({ hasText: `“${pack.title}”` })
      .first(),
  ).toBeVisible();
}

export async function openSettings(context: BrowserContext, extensionId: string) {
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(settings.getByRole('heading', { name: 'Pause Point settings' })).toBeVisible();
  return settings;
}

/** The demo case system at a case, with a side panel pinned to its tab and the site turned on. */
export async function enabledDemo(
  context: BrowserContext,
  openPanel: (o?: { query?: string; page?: Page }) => Promise<Page>,
  demoOrigin: string,
  ref: string,
) {
  const demo = await context.newPage();
  await demo.goto(`${demoOrigin}/cases/${ref}`);
  await expect(demo.getByRole('heading', { name: `Case ${ref}` })).toBeVisible();
  const probe = await openPanel();
  const panel = await openPanel({ page: probe, query: `?tabId=${await tabIdOf(probe, demo)}` });
  await panel.getByRole('button', { name: 'Use Pause Point on this site' }).click();
  await panel.getByRole('button', { name: `Turn on for ${new URL(demoOrigin).host}` }).click();
  await expect(caseHeading(panel, ref)).toBeVisible();
  return { demo, panel };
}
