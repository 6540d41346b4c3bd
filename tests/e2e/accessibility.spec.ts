import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { chooseMoment, expect, openCase, test } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function noViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    where,
  ).toEqual([]);
  const width = await page.evaluate(() => window.innerWidth);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    `${where}: no sideways scrolling`,
  ).toBeLessThanOrEqual(width);
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [320, 600]) {
    test(`every view passes axe at ${width} px in ${colorScheme}, with no sideways scrolling`, async ({
      context,
      extensionId,
      openPanel,
    }) => {
      const panel = await openPanel({ width });
      await panel.emulateMedia({ colorScheme });
      await openCase(panel, `A11Y-${width}-${colorScheme}`);
      await chooseMoment(panel, 'Before a conference or core group');
      await panel.getByRole('checkbox', { name: 'Video or phone meeting', exact: true }).check();
      await panel.getByRole('checkbox').nth(2).check();
      await noViolations(panel, 'a moment');
      await chooseMoment(panel, 'All prompts');
      await panel.getByRole('button', { name: 'Expand all themes' }).click();
      await noViolations(panel, 'all prompts');
      for (const view of ['Resources', 'Supervision']) {
        await panel.getByRole('navigation', { name: 'Pause Point' }).getByRole('button', { name: view }).click();
        await expect(panel.getByRole('button', { name: view })).toHaveAttribute('aria-current', 'page');
        await noViolations(panel, view);
      }
      const settings = await context.newPage();
      await settings.setViewportSize({ width, height: 900 });
      await settings.emulateMedia({ colorScheme });
      await settings.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(settings.getByRole('heading', { name: 'Pause Point settings' })).toBeVisible();
      await noViolations(settings, 'settings');
    });
  }
}

test('every control reached by Tab shows where the focus is', async ({ openPanel }) => {
  const panel = await openPanel({ width: 360 });
  await openCase(panel, 'FOCUS-1');
  await chooseMoment(panel, 'Recording a visit or contact');
  await panel.locator('body').focus();
  const seen = new Set<string>();
  for (let i = 0; i < 30; i++) {
    await panel.keyboard.press('Tab');
    const focus = await panel.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        what: `${el.tagName.toLowerCase()} ${el.id || el.textContent?.slice(0, 30)}`,
        visible: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
      };
    });
    if (!focus) continue;
    seen.add(focus.what);
    expect(focus.visible, `focus ring on ${focus.what}`).toBe(true);
  }
  expect(seen.size).toBeGreaterThan(15);
});
