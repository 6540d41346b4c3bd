import type { Locator, Page } from '@playwright/test';
import { MOMENTS } from '../../core/moments';
import { expect, test } from './fixtures';

/**
 * The figure: how many actions a business manager needs to build a pack of 5 themes, 20
 * questions and 5 short lists by keyboard alone. An action is one key press on a control (Enter
 * on a button, Space on a tick box) or one field typed into; moving focus between controls (Tab)
 * is not counted, as the business-manager trial counted form actions.
 */
test('a pack of 5 themes, 20 questions and 5 short lists takes 80 keyboard actions', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(180_000);
  const studio = await context.newPage();
  await studio.setViewportSize({ width: 1280, height: 720 });
  await studio.goto(`chrome-extension://${extensionId}/studio.html`);
  let actions = 0;
  const typeInto = async (field: Locator, text: string) => {
    await field.focus();
    await studio.keyboard.press('ControlOrMeta+a');
    await studio.keyboard.type(text);
    actions++;
  };
  const press = async (page: Page, control: Locator, key = 'Enter') => {
    await control.focus();
    await page.keyboard.press(key);
    actions++;
  };
  const box = (name: string) => studio.getByRole('textbox', { name, exact: true });

  await press(studio, studio.getByRole('button', { name: 'Start a blank pack' }));
  await typeInto(box('Pack title'), 'A year of learning');
  await typeInto(box('Name used in the review'), 'Counting');
  await typeInto(box('Published by'), 'Example Safeguarding Partnership');
  await typeInto(box('Title of the brief'), 'Learning brief: Counting (2026)');
  await typeInto(box('Summary'), 'A made-up review for counting the actions a pack takes.');

  for (let t = 1; t <= 5; t++) {
    if (t > 1) await press(studio, studio.getByRole('button', { name: 'Add a theme' }));
    await typeInto(box(`Theme ${t}: Theme title`), `Theme number ${t}`);
    await typeInto(box(`Theme ${t}: Why this matters`), `What the review found about part ${t}, and why it matters.`);
    await typeInto(box(`Theme ${t}: Section of the brief`), `Finding ${t}`);
    for (let q = 1; q <= 4; q++) {
      const question = box(`Theme ${t}, question ${q}: The question`);
      if (q === 4) {
        // A question added by keyboard takes the focus, ready to be written.
        await press(studio, studio.getByRole('button', { name: `Add a question to theme ${t}` }));
        await expect(question).toBeFocused();
        await studio.keyboard.type(`Have I checked point ${q} of theme ${t}?`);
        actions++;
        continue;
      }
      await typeInto(question, `Have I checked point ${q} of theme ${t}?`);
    }
  }

  // Five lists of five: each question ticked for one moment, the first five for a second too.
  const tick = (n: number, moment: number) =>
    press(
      studio,
      studio
        .getByRole('group', {
          name: `Theme ${Math.floor(n / 4) + 1}, question ${(n % 4) + 1}: Ask it at these moments`,
        })
        .getByRole('checkbox', { name: MOMENTS[moment]?.title ?? '' }),
      'Space',
    );
  for (let n = 0; n < 20; n++) await tick(n, n % 5);
  for (let n = 0; n < 5; n++) await tick(n, (n + 1) % 5);
  for (const moment of MOMENTS) {
    await press(studio, studio.getByRole('button', { name: `Make a short list for “${moment.title}”` }));
    await expect(
      studio.getByRole('list', { name: `${moment.title}: questions in order` }).getByRole('listitem'),
    ).toHaveCount(5);
  }

  await expect(studio.getByRole('region', { name: 'Problems to fix' }).getByRole('status')).toHaveText(
    'No problems: this pack passes every check Pause Point makes when a pack is added.',
  );
  console.log(`Keyboard actions for 5 themes, 20 questions and 5 short lists: ${actions}`);
  expect(actions).toBe(80);
});
