import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { ivyPack } from '../../content/ivy';
import { caseHeading, expect, sessionData, storedData, tabIdOf, test } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens the demo case system at a case, and a side panel pinned to its tab. */
async function demoWithPanel(
  context: BrowserContext,
  openPanel: (o?: { query?: string; page?: Page }) => Promise<Page>,
  demoOrigin: string,
  ref = 'DEMO-1001',
) {
  const demo = await context.newPage();
  await demo.goto(`${demoOrigin}/cases/${ref}`);
  await expect(demo.getByRole('heading', { name: `Case ${ref}` })).toBeVisible();
  const probe = await openPanel();
  const tabId = await tabIdOf(probe, demo);
  const panel = await openPanel({ page: probe, query: `?tabId=${tabId}` });
  await panel.bringToFront();
  return { demo, panel, tabId };
}

/** Turns Pause Point on for the demo site from the side panel, accepting the proposed rule. */
async function enableFromPanel(panel: Page, host: string) {
  await panel.getByRole('button', { name: 'Use Pause Point on this site' }).click();
  await panel.getByRole('button', { name: `Turn on for ${host}` }).click();
  await expect(panel.getByText(`Pause Point now reads case references on ${host}.`)).toBeVisible();
}

test('a practitioner turns Pause Point on for their case system and sees the case and the themes it raises', async ({
  context,
  openPanel,
  demoOrigin,
}) => {
  const host = new URL(demoOrigin).host;
  const { panel } = await demoWithPanel(context, openPanel, demoOrigin);
  const page = panel.getByRole('region', { name: 'This page' });
  await expect(page).toContainText(`Pause Point is not reading ${host}.`);

  await page.getByRole('button', { name: 'Use Pause Point on this site' }).click();
  // The proposed rule comes from the open tab's address, for the practitioner to confirm.
  await expect(page.getByRole('radio', { name: 'In the page address, as part of the path' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Address pattern' })).toHaveValue('/cases/{ref}');
  await page.getByRole('button', { name: 'Test on this page' }).click();
  await expect(page.getByText('Finds case DEMO-1001 on this page.')).toBeVisible();
  await page.getByRole('button', { name: `Turn on for ${host}` }).click();

  await expect(page.getByText('Case DEMO-1001 on this page')).toBeVisible();
  const raised = page.getByRole('list', { name: 'Raised on this page' });
  await expect(raised.getByRole('listitem')).toHaveText([
    'Go to Considering and involving fathers“dad”',
    'Go to Checking wider family members who support or protect the child“maternal grandmother”',
    'Go to The impact on the child of a change of circumstances“family moved”',
    'Go to Safer sleep advice“co-sleeping”, “sofa”',
    'Go to Avoiding over-optimism and keeping the child in focus“engaging well”',
  ]);

  // With no case open, jumping to a theme opens the page's case at that theme.
  await raised.getByRole('button', { name: 'Go to Safer sleep advice' }).click();
  await expect(caseHeading(panel, 'DEMO-1001')).toBeVisible();
  const sleepToggle = panel.getByRole('button', { name: /^Safer sleep advice\s*0 of 7 done$/ });
  await expect(sleepToggle).toHaveAttribute('aria-expanded', 'true');
  // Focus moves to the theme (checked in the page: a background test window has no system focus).
  await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('theme-toggle-safer-sleep');
});

test('the panel follows a single-page case system to the next case, and opens it on request', async ({
  context,
  openPanel,
  demoOrigin,
}) => {
  const { demo, panel } = await demoWithPanel(context, openPanel, demoOrigin);
  await enableFromPanel(panel, new URL(demoOrigin).host);
  await expect(panel.getByText('Case DEMO-1001 on this page')).toBeVisible();

  await demo.getByRole('link', { name: 'Case DEMO-1002' }).click();
  await expect(panel.getByText('Case DEMO-1002 on this page')).toBeVisible();
  const raised = panel.getByRole('list', { name: 'Raised on this page' });
  await expect(raised).toContainText('Key meetings held by video or telephone“Teams meeting”');
  // "new partner" is one cue, not "partner" and "new partner"; "partner agency" is a not-cue.
  await expect(raised).toContainText('Go to Considering and involving fathers“new partner”Go to');

  await demo.getByRole('link', { name: 'Case DEMO-1003' }).click();
  await expect(panel.getByText('Case DEMO-1003 on this page')).toBeVisible();
  // The demo's menus and footer say "Core group", "Safety plan", "Strengths", "Procedures" and
  // "escalation" on every page; only the record itself raises themes, and this one raises none.
  await expect(panel.getByRole('list', { name: 'Raised on this page' })).toHaveCount(0);

  await panel.getByRole('button', { name: 'Open case DEMO-1003' }).click();
  await expect(caseHeading(panel, 'DEMO-1003')).toBeVisible();
  await expect(panel.getByText('Its checklist is open below.')).toBeVisible();
});

test('with "open automatically" on, the panel opens each case the practitioner moves to', async ({
  context,
  openPanel,
  demoOrigin,
}) => {
  const { demo, panel } = await demoWithPanel(context, openPanel, demoOrigin);
  await enableFromPanel(panel, new URL(demoOrigin).host);
  await panel.getByRole('checkbox', { name: 'Open the case found on the page automatically' }).check();
  await expect(caseHeading(panel, 'DEMO-1001')).toBeVisible();
  await demo.getByRole('link', { name: 'Case DEMO-1002' }).click();
  await expect(caseHeading(panel, 'DEMO-1002')).toBeVisible();
});

test('the extension never changes the case page, and keeps no page text', async ({
  context,
  openPanel,
  demoOrigin,
}) => {
  const { demo, panel } = await demoWithPanel(context, openPanel, demoOrigin);
  const before = await demo.evaluate(() => document.documentElement.outerHTML);
  await demo.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { mutations: string[] }).mutations = seen;
    new MutationObserver((records) => {
      for (const r of records) seen.push(`${r.type} on ${(r.target as Element).nodeName ?? 'text'}`);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await enableFromPanel(panel, new URL(demoOrigin).host);
  await expect(panel.getByText('Case DEMO-1001 on this page')).toBeVisible();
  await demo.waitForTimeout(2000); // past the script's settle time: any rescans have run
  expect(await demo.evaluate(() => (window as unknown as { mutations: string[] }).mutations)).toEqual([]);
  expect(await demo.evaluate(() => document.documentElement.outerHTML)).toBe(before);

  const everything = JSON.stringify([await storedData(panel), await sessionData(panel)]);
  for (const pageText of [
    'Hollybrook',
    'Mother said',
    'stays most nights',
    'Case notes',
    '7 weeks',
    'Demo Case System',
  ]) {
    expect(everything).not.toContain(pageText);
  }
  // What is kept about the page: the case reference and the pack's own cue words, in memory only.
  expect(everything).toContain('DEMO-1001');
  expect(everything).toContain('co-sleeping');
});

test('the toolbar badge shows the outstanding prompts for the case in the tab', async ({
  context,
  openPanel,
  demoOrigin,
}) => {
  const { panel, tabId } = await demoWithPanel(context, openPanel, demoOrigin);
  await enableFromPanel(panel, new URL(demoOrigin).host);
  await expect(panel.getByText('Case DEMO-1001 on this page')).toBeVisible();
  const badge = () => panel.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  const total = await panel.evaluate(() => document.querySelectorAll('.prompt').length || 0);
  expect(total).toBe(0); // no case open yet: the count comes from the pack, not the page
  const prompts = ivyPack.themes.flatMap((theme) => theme.prompts).length;
  await expect.poll(badge).toBe(String(prompts));
  await panel.getByRole('button', { name: 'Open case DEMO-1001' }).click();
  await panel.getByRole('button', { name: /^Safer sleep advice/ }).click();
  await panel.getByRole('checkbox', { name: 'Have you seen where and how the baby sleeps, day and night?' }).check();
  await expect.poll(badge).toBe(String(prompts - 1));
});

test('turning the site off stops detection and gives the site back', async ({ context, openPanel, demoOrigin }) => {
  const host = new URL(demoOrigin).host;
  const { demo, panel } = await demoWithPanel(context, openPanel, demoOrigin);
  await enableFromPanel(panel, host);
  await expect(panel.getByText('Case DEMO-1001 on this page')).toBeVisible();
  expect(await panel.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toHaveLength(1);

  await panel.getByRole('button', { name: 'Stop using Pause Point on this site' }).click();
  await expect(panel.getByText(`Pause Point is not reading ${host}.`)).toBeVisible();
  expect(await panel.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  expect(await storedData(panel)).toMatchObject({ sites: {} });

  await demo.getByRole('link', { name: 'Case DEMO-1002' }).click();
  await demo.reload();
  await expect(demo.getByRole('heading', { name: 'Case DEMO-1002' })).toBeVisible();
  await demo.waitForTimeout(2000);
  await expect(panel.getByText(/on this page$/)).toHaveCount(0);
  expect(Object.keys(await sessionData(panel))).toEqual([]);
});

test('the panel follows the active tab when it is not pinned', async ({ context, openPanel, demoOrigin }) => {
  const { demo, panel } = await demoWithPanel(context, openPanel, demoOrigin);
  await enableFromPanel(panel, new URL(demoOrigin).host);
  // An unpinned panel in its own tab follows whichever tab of its window is active.
  const follower = await openPanel();
  await demo.bringToFront();
  await expect(follower.getByText('Case DEMO-1001 on this page')).toBeVisible();
  const other = await context.newPage();
  await other.goto('about:blank');
  await other.bringToFront();
  await expect(follower.getByText('Case DEMO-1001 on this page')).toHaveCount(0);
  // A blank tab is not one Pause Point may look at; it says so rather than guess.
  await expect(follower.getByRole('region', { name: 'This page' })).toContainText('Pause Point cannot see this tab.');
});

test('a site can be added by address on the settings page, with its rule', async ({
  context,
  extensionId,
  openPanel,
  demoOrigin,
}) => {
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByRole('textbox', { name: 'Address of your case system' }).fill('not a web address at all');
  await settings.getByRole('radio', { name: 'In the page title (the tab’s name)' }).check();
  await settings.getByRole('textbox', { name: 'Title pattern' }).fill('Case {ref} –*');
  await settings.getByRole('button', { name: 'Turn on for this site' }).click();
  await expect(settings.getByRole('alert')).toContainText('not a web address');

  await settings.getByRole('textbox', { name: 'Address of your case system' }).fill(`${demoOrigin}/cases`);
  await settings.getByRole('button', { name: 'Turn on for this site' }).click();
  await expect(settings.getByRole('list', { name: 'Case-system sites' }).getByRole('listitem')).toContainText(
    `${demoOrigin}: the case reference is in the page title, shaped like “Case {ref} –*”.`,
  );
  const axe = await new AxeBuilder({ page: settings }).withTags(WCAG).analyze();
  expect(axe.violations).toEqual([]);

  const { panel } = await demoWithPanel(context, openPanel, demoOrigin, 'DEMO-1002');
  await expect(panel.getByText('Case DEMO-1002 on this page')).toBeVisible();

  await settings.getByRole('button', { name: `Turn off for ${demoOrigin}` }).click();
  await expect(settings.getByText('No sites yet.')).toBeVisible();
  await expect(panel.getByText(`Pause Point is not reading ${new URL(demoOrigin).host}.`)).toBeVisible();
});

test('axe finds no violations in the page section, set up and in use', async ({ context, openPanel, demoOrigin }) => {
  const { panel } = await demoWithPanel(context, openPanel, demoOrigin);
  await panel.getByRole('button', { name: 'Use Pause Point on this site' }).click();
  await expect(panel.getByRole('button', { name: 'Test on this page' })).toBeVisible();
  expect((await new AxeBuilder({ page: panel }).withTags(WCAG).analyze()).violations).toEqual([]);
  await panel.getByRole('button', { name: `Turn on for ${new URL(demoOrigin).host}` }).click();
  await expect(panel.getByRole('list', { name: 'Raised on this page' })).toBeVisible();
  expect((await new AxeBuilder({ page: panel }).withTags(WCAG).analyze()).violations).toEqual([]);
});
