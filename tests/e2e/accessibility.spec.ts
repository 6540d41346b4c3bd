import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { chooseMoment, expect, openCase, test, WCAG } from './fixtures';

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
      // Four views and the settings page, each checked by axe: a minute, on a busy 2-core machine.
      test.setTimeout(60_000);
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

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Pack studio passes axe in ${colorScheme}, starting, with problems and hints, and on a full pack`, async ({
    context,
    extensionId,
  }) => {
    // The Ivy pack in full is a long form: axe takes a while over it.
    test.setTimeout(180_000);
    const studio = await context.newPage();
    await studio.emulateMedia({ colorScheme });
    for (const width of [1280, 600]) {
      await studio.setViewportSize({ width, height: 800 });
      await studio.goto(`chrome-extension://${extensionId}/studio.html`);
      await expect(studio.getByRole('heading', { level: 1, name: 'Pack studio' })).toBeVisible();
      await noViolations(studio, `studio start at ${width} px`);
      await studio.getByRole('button', { name: 'Start a blank pack' }).click();
      await studio.getByRole('textbox', { name: 'Theme 1, question 1: The question' }).fill('Utilise the plan');
      await studio.getByRole('button', { name: 'Make a short list for “Recording a visit or contact”' }).click();
      await studio.getByRole('textbox', { name: 'Made-up case-record text' }).fill('A cot.');
      await expect(studio.getByRole('list', { name: 'Writing hints for theme 1, question 1' })).toBeVisible();
      await noViolations(studio, `a blank pack with problems at ${width} px`);
      await studio.getByRole('button', { name: 'Close the draft' }).click();
      await studio.getByRole('button', { name: 'Copy this pack' }).click();
      await expect(studio.getByRole('textbox', { name: 'Short name for files' })).toHaveValue('cscp-ivy-copy');
      await noViolations(studio, `a copy of Ivy at ${width} px`);
      await studio.getByRole('button', { name: 'Show the handout' }).click();
      await expect(studio.getByRole('article', { name: 'The handout, as it prints' })).toBeVisible();
      await noViolations(studio, `the handout at ${width} px`);
      await studio.getByRole('button', { name: 'Close the handout' }).click();
    }
  });
}
