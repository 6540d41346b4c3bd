import type { Page } from '@playwright/test';
import { ivyPack } from '../../content/ivy';
import { momentTitle } from '../../core/moments';
import { caseHeading, chooseMoment, expect, tabIdOf, test } from './fixtures';

// A side panel 400 px wide and 740 px tall: a 1080p screen at 125%, the browser's own header
// taken off. With a case open and a moment chosen, every question of the moment is in view.
const PANEL = { width: 400, height: 740 };

/** Every checkbox of the moment's list, and its N/A button, lies inside the panel's viewport. */
async function expectWholeListInView(panel: Page, label: string) {
  const list = panel.getByRole('list', { name: /: prompts$/ });
  const rows = list.getByRole('listitem');
  const count = await rows.count();
  expect(count, label).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i++) {
    for (const part of [rows.nth(i).getByRole('checkbox'), rows.nth(i).getByRole('button')]) {
      const box = await part.boundingBox();
      expect(box, `${label}, question ${i + 1}`).not.toBeNull();
      if (!box) continue;
      expect(box.y, `${label}, question ${i + 1} starts in view`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `${label}, question ${i + 1} ends in view`).toBeLessThanOrEqual(PANEL.height);
    }
    // The question's whole text too, not only its checkbox.
    const text = await rows.nth(i).locator('.prompt-text').boundingBox();
    expect((text?.y ?? 0) + (text?.height ?? 0), `${label}, question ${i + 1} text`).toBeLessThanOrEqual(PANEL.height);
  }
  expect(await panel.evaluate(() => window.scrollY), `${label}: nothing scrolled`).toBe(0);
}

test('beside a case page, every question of each moment is in view in a 400 × 740 panel', async ({
  context,
  openPanel,
  demoOrigin,
}) => {
  // DEMO-1001 raises six themes: the page lines are as full as they get on the demo.
  const demo = await context.newPage();
  await demo.goto(`${demoOrigin}/cases/DEMO-1001`);
  const probe = await openPanel();
  const tabId = await tabIdOf(probe, demo);
  const panel = await openPanel({ page: probe, query: `?tabId=${tabId}` });
  await panel.setViewportSize(PANEL);
  await panel.getByRole('button', { name: 'Use Pause Point on this site' }).click();
  await panel.getByRole('button', { name: /^Turn on for/ }).click();
  await expect(caseHeading(panel, 'DEMO-1001')).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Raised:' })).toBeVisible();

  for (const moment of ivyPack.moments ?? []) {
    const title = momentTitle(moment.id);
    await chooseMoment(panel, title);
    await expectWholeListInView(panel, title);
    if (moment.virtualPromptIds?.length) {
      await panel.getByRole('checkbox', { name: 'Video or phone meeting', exact: true }).check();
      await expectWholeListInView(panel, `${title}, by video or telephone`);
      await panel.getByRole('checkbox', { name: 'Video or phone meeting', exact: true }).uncheck();
    }
  }
});

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
