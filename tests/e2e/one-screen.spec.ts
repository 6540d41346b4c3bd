import type { BrowserContext, Page } from '@playwright/test';
import { ivyPack } from '../../content/ivy';
import { momentTitle } from '../../core/moments';
import type { Pack } from '../../core/pack/schema';
import { nineAMomentPack } from '../fixtures/nine-a-moment-pack';
import { caseHeading, chooseMoment, choosePack, expect, momentSelect, openSettings, tabIdOf, test } from './fixtures';

const SCREEN_PACK_FIRST = 'Child seen alone and spoken with properly today?';

// The panel as practitioners have it: Chromium opens its side panel 360 px wide, 585 px tall on a
// 1280 × 720 screen; Firefox opens its sidebar about 240 px wide (600 tall on the same screen);
// and 400 × 740, a 1080p screen at 125% with the panel widened.
const SIZES = [
  { width: 360, height: 585 },
  { width: 240, height: 600 },
  { width: 400, height: 740 },
] as const;
type Size = (typeof SIZES)[number];

/** Where a part lies, or a failure naming it. */
async function expectInView(part: ReturnType<Page['locator']>, size: Size, label: string) {
  const box = await part.boundingBox();
  expect(box, label).not.toBeNull();
  if (!box) return;
  expect(box.y, `${label} starts in view`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${label} ends in view (panel ${size.height} px tall)`).toBeLessThanOrEqual(size.height);
  expect(box.x + box.width, `${label} ends in view (panel ${size.width} px wide)`).toBeLessThanOrEqual(size.width);
}

/**
 * The page line, the case line, the moment select and every question of the moment's list (its
 * checkbox, its whole short line and its N/A button) lie inside the panel's viewport, unscrolled.
 */
async function expectWholeListInView(panel: Page, size: Size, label: string, pageLine: boolean) {
  if (pageLine) await expectInView(panel.locator('.page-case').first(), size, `${label}: the page line`);
  await expectInView(panel.getByRole('heading', { name: /^Case / }), size, `${label}: the case line`);
  await expectInView(momentSelect(panel), size, `${label}: the moment select`);
  const list = panel.getByRole('list', { name: /: prompts$/ });
  const rows = list.getByRole('listitem');
  const count = await rows.count();
  expect(count, label).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    await expectInView(row.getByRole('checkbox'), size, `${label}, question ${i + 1}'s checkbox`);
    await expectInView(row.locator('.prompt-text'), size, `${label}, question ${i + 1}'s line`);
    await expectInView(row.getByRole('button'), size, `${label}, question ${i + 1}'s N/A button`);
  }
  expect(await panel.evaluate(() => window.scrollY), `${label}: nothing scrolled`).toBe(0);
  expect(
    await panel.evaluate(() => document.documentElement.scrollWidth),
    `${label}: no sideways scroll`,
  ).toBeLessThanOrEqual(size.width);
}

/** Every moment of a pack, the video-meeting list too where the pack has one. */
async function expectEveryMomentInView(panel: Page, pack: Pack, size: Size, pageLine: boolean) {
  for (const moment of pack.moments ?? []) {
    const title = momentTitle(moment.id);
    await chooseMoment(panel, title);
    await expectWholeListInView(panel, size, `${size.width}×${size.height}, ${title}`, pageLine);
    if (moment.virtualPromptIds?.length) {
      await panel.getByRole('checkbox', { name: 'Video or phone meeting', exact: true }).check();
      await expectWholeListInView(
        panel,
        size,
        `${size.width}×${size.height}, ${title}, by video or telephone`,
        pageLine,
      );
      await panel.getByRole('checkbox', { name: 'Video or phone meeting', exact: true }).uncheck();
    }
  }
}

/** A panel of the given size beside the demo's DEMO-1001, its site turned on. */
async function besideDemoCase(
  context: BrowserContext,
  openPanel: (options?: { page?: Page; query?: string }) => Promise<Page>,
  demoOrigin: string,
  size: Size,
): Promise<Page> {
  const demo = await context.newPage();
  await demo.goto(`${demoOrigin}/cases/DEMO-1001`);
  const probe = await openPanel();
  const tabId = await tabIdOf(probe, demo);
  const panel = await openPanel({ page: probe, query: `?tabId=${tabId}` });
  await panel.setViewportSize(size);
  await panel.getByRole('button', { name: 'Use Pause Point on this site' }).click();
  await panel.getByRole('button', { name: /^Turn on for/ }).click();
  await expect(caseHeading(panel, 'DEMO-1001')).toBeVisible();
  return panel;
}

for (const size of SIZES) {
  test(`beside a case page, every question of each of Ivy's moments is in view in a ${size.width} × ${size.height} panel`, async ({
    context,
    openPanel,
    demoOrigin,
  }) => {
    // DEMO-1001 raises six themes: the page lines are as full as they get on the demo.
    const panel = await besideDemoCase(context, openPanel, demoOrigin, size);
    await expect(panel.getByRole('list', { name: 'Raised:' })).toBeVisible();
    await expectEveryMomentInView(panel, ivyPack, size, true);
  });
}

for (const size of SIZES.slice(0, 2)) {
  test(`a partnership's own pack with nine short lines a moment fits a ${size.width} × ${size.height} panel too`, async ({
    context,
    extensionId,
    openPanel,
    demoOrigin,
  }) => {
    const pack = nineAMomentPack();
    const settings = await openSettings(context, extensionId);
    await settings.getByLabel('Learning pack file (.json)').setInputFiles({
      name: 'screen-test.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    await settings.getByRole('button', { name: 'Add this pack' }).click();
    await expect(settings.getByRole('status').filter({ hasText: `Added “${pack.title}”` })).toBeVisible();
    await settings.close();

    const panel = await besideDemoCase(context, openPanel, demoOrigin, size);
    await choosePack(panel, `${pack.title} (1.0.0)`);
    await expect(panel.getByRole('checkbox', { name: SCREEN_PACK_FIRST })).toBeVisible();
    // The chooser folds away once used: the case line names the pack.
    await expect(panel.getByRole('button', { name: `Learning pack: ${pack.title} (change)` })).toBeVisible();
    // What changed is said once; the practitioner puts it away.
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    await expectEveryMomentInView(panel, pack, size, true);
  });
}

// 320 px is the narrowest Chrome side panel; Firefox opens its sidebar at about 240 px.
for (const width of [320, 240]) {
  test(`at ${width} px the panel never scrolls sideways, whatever the moment, and its tabs fit on one row`, async ({
    openPanel,
  }) => {
    const panel = await openPanel({ width });
    const box = panel.getByRole('textbox', { name: 'Case reference' });
    await box.fill('NARROW-1');
    await box.press('Enter');
    for (const moment of [...(ivyPack.moments ?? []).map((m) => momentTitle(m.id)), 'All prompts']) {
      await chooseMoment(panel, moment);
      expect(await panel.evaluate(() => document.documentElement.scrollWidth), moment).toBeLessThanOrEqual(width);
    }
    const nav = panel.getByRole('navigation', { name: 'Pause Point' });
    const tops = await Promise.all(
      ['Checklist', 'Resources', 'Supervision'].map(
        async (name) => (await nav.getByRole('button', { name }).boundingBox())?.y,
      ),
    );
    expect(new Set(tops).size, `tabs' tops: ${tops.join(', ')}`).toBe(1);
  });
}
