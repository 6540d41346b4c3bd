import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { storedShapeProblems } from '../../core/all-stored';
import { escapeRegExp } from '../../core/cue-text';
import { extensionIdOf, launchWithExtension } from '../../scripts/chromium.mjs';
import {
  caseHeading,
  chooseMoment,
  choosePack,
  EXTENSION_DIR,
  expect,
  openCase,
  openSettings,
  storedData,
  test,
} from './fixtures';

/** Moves focus to a control and types, as Tab and the keyboard would: no pointer is used. */
async function typeInto(page: Page, field: Locator, text: string) {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

async function press(page: Page, control: Locator, key = 'Enter') {
  await control.focus();
  await page.keyboard.press(key);
}

/** Opens Pack studio as a partnership does: Settings → Learning packs → "Make or edit a pack". */
async function openStudio(settings: Page): Promise<Page> {
  const opened = settings.context().waitForEvent('page');
  await press(settings, settings.getByRole('button', { name: 'Make or edit a pack' }));
  const studio = await opened;
  await studio.setViewportSize({ width: 1280, height: 720 });
  await expect(studio.getByRole('heading', { level: 1, name: 'Pack studio' })).toBeVisible();
  return studio;
}

const QUESTIONS = [
  'Have I seen where the baby sleeps, day and night?',
  'Have I asked who else looks after the baby?',
  'Have I asked the father what help he needs?',
  'Have I told the other professionals what I found?',
  'Have I written down what the family told me, in their words?',
];

// Each test is a whole journey (write a pack, save it, start a second browser, add it, answer a
// case): about 30 s alone, longer beside another worker in CI, so more than the suite's 30 s.
test.describe.configure({ timeout: 120_000 });

test('a pack written from scratch by keyboard alone is checked, previewed, saved, and works in a fresh browser', async ({
  context,
  extensionId,
}) => {
  const settings = await openSettings(context, extensionId);
  const studio = await openStudio(settings);
  await press(studio, studio.getByRole('button', { name: 'Start a blank pack' }));
  await expect(studio.getByRole('heading', { level: 1, name: 'Pack studio: new pack' })).toBeVisible();

  // A blank pack lists no problems before anything is written; "Check the pack" lists what it
  // still needs, all at once, each problem a link to its field.
  const problems = studio.getByRole('region', { name: 'Problems to fix' });
  await expect(problems.getByRole('status')).toHaveText(/^Start writing: anything the pack still needs is listed here/);
  await expect(problems.getByRole('link')).toHaveCount(0);
  await press(studio, problems.getByRole('button', { name: 'Check the pack' }));
  await expect(problems.getByRole('status')).toHaveText('17 problems to fix before the pack can be saved.');
  const titleProblem = problems.getByRole('link', {
    name: 'Details: pack title: This is empty. Write something here.',
  });
  await press(studio, titleProblem);
  await expect(studio.getByRole('textbox', { name: 'Pack title' })).toBeFocused();
  await studio.keyboard.type('Hearing the baby');
  await expect(titleProblem).toHaveCount(0);
  // The file name follows the title.
  await expect(studio.getByRole('textbox', { name: 'Short name for files' })).toHaveValue('hearing-the-baby');

  await typeInto(studio, studio.getByRole('textbox', { name: 'Name used in the review' }), 'Baby R');
  await typeInto(studio, studio.getByRole('textbox', { name: 'Published by' }), 'Example Safeguarding Partnership');
  await typeInto(studio, studio.getByRole('textbox', { name: 'Title of the brief' }), 'Learning brief: Baby R (2026)');
  await typeInto(
    studio,
    studio.getByRole('textbox', { name: 'Summary' }),
    'A made-up review for testing. Practitioners did not see where the baby slept.',
  );
  await typeInto(studio, studio.getByRole('textbox', { name: 'Theme 1: Theme title' }), 'Where the baby sleeps');
  await typeInto(
    studio,
    studio.getByRole('textbox', { name: 'Theme 1: Why this matters' }),
    'Nobody saw where the baby slept. Seeing it is the only way to know.',
  );
  await typeInto(studio, studio.getByRole('textbox', { name: 'Theme 1: Section of the brief' }), 'Safer sleep');
  await typeInto(studio, studio.getByRole('textbox', { name: 'Theme 1: Short name (optional)' }), 'Sleep');
  await typeInto(studio, studio.getByRole('textbox', { name: 'Theme 1: Cue words (optional)' }), 'cot\nsofa');

  // A question that is not a question, and is long and hard to read, gets writing hints.
  const first = studio.getByRole('textbox', { name: 'Theme 1, question 1: The question' });
  await typeInto(
    studio,
    first,
    'Practitioners should utilise comprehensive multi-agency communication mechanisms to facilitate information dissemination regarding sleeping arrangements',
  );
  const hints = studio.getByRole('list', { name: 'Writing hints for theme 1, question 1' });
  await expect(hints).toContainText('This is not written as a question.');
  await expect(hints).toContainText('This needs a reading age of about');
  await expect(hints).toContainText('“utilise” is jargon. Try “use”.');
  await typeInto(studio, first, QUESTIONS[0] ?? '');
  await expect(hints).toHaveCount(0);

  for (let q = 1; q < 3; q++) {
    await typeInto(
      studio,
      studio.getByRole('textbox', { name: `Theme 1, question ${q + 1}: The question` }),
      QUESTIONS[q] ?? '',
    );
  }
  // A question added by keyboard takes the focus, ready to be written.
  for (let q = 3; q < QUESTIONS.length; q++) {
    await press(studio, studio.getByRole('button', { name: 'Add a question to theme 1' }));
    await expect(studio.getByRole('textbox', { name: `Theme 1, question ${q + 1}: The question` })).toBeFocused();
    await studio.keyboard.type(QUESTIONS[q] ?? '');
  }
  // Each question took its theme's section of the brief, written before them.
  for (let q = 0; q < QUESTIONS.length; q++) {
    await expect(studio.getByRole('textbox', { name: `Theme 1, question ${q + 1}: Section of the brief` })).toHaveValue(
      'Safer sleep',
    );
  }

  // A short checklist line for the lists; a question without one gets a hint.
  await expect(studio.getByText(/^No short checklist line yet/)).toHaveCount(QUESTIONS.length);
  await typeInto(
    studio,
    studio.getByRole('textbox', { name: 'Theme 1, question 1: Short checklist line (optional)' }),
    'Where the baby sleeps seen?',
  );
  await expect(studio.getByText(/^No short checklist line yet/)).toHaveCount(QUESTIONS.length - 1);

  // The visit list is built once: the questions ticked for the moment start it, and a question
  // ticked later joins it. It is put in order by keyboard.
  const askedAtVisit = (q: number) =>
    studio
      .getByRole('group', { name: `Theme 1, question ${q + 1}: Ask it at these moments` })
      .getByRole('checkbox', { name: 'Recording a visit or contact' });
  for (let q = 0; q < QUESTIONS.length - 1; q++) await press(studio, askedAtVisit(q), 'Space');
  await press(studio, studio.getByRole('button', { name: 'Make a short list for “Recording a visit or contact”' }));
  const order = studio.getByRole('list', { name: 'Recording a visit or contact: questions in order' });
  await expect(order.getByRole('listitem')).toHaveCount(4);
  await press(studio, askedAtVisit(QUESTIONS.length - 1), 'Space');
  await expect(order.getByRole('listitem')).toHaveCount(5);
  await expect(
    studio.getByRole('group', { name: `Theme 1, question ${QUESTIONS.length}: Ask it at these moments` }),
  ).toContainText('On the short list for Visit (5 of 5).');
  // Each shows by its short line, or the question, with its theme's short name.
  await expect(order.getByRole('listitem').first()).toContainText('Where the baby sleeps seen? Sleep');
  await expect(order.getByRole('listitem').nth(1)).toContainText(`${QUESTIONS[1]} Sleep`);
  // Taken off the list, the question is no longer ticked for the moment; ticked again, it is back.
  await press(studio, order.getByRole('button', { name: `Take off the list: ${QUESTIONS[4]}` }));
  await expect(order.getByRole('listitem')).toHaveCount(4);
  await expect(askedAtVisit(QUESTIONS.length - 1)).not.toBeChecked();
  await press(studio, askedAtVisit(QUESTIONS.length - 1), 'Space');
  await expect(order.getByRole('listitem')).toHaveCount(5);
  const SHORT = ['Where the baby sleeps seen?', ...QUESTIONS.slice(1)];
  await press(studio, order.getByRole('button', { name: `Move down: ${SHORT[0]}` }));
  await expect(order.getByRole('listitem').nth(1)).toContainText(SHORT[0] ?? '');
  // Focus stays with the question moved, so Enter moves it again.
  await expect(order.getByRole('button', { name: `Move down: ${SHORT[0]}` })).toBeFocused();
  await studio.keyboard.press('Enter');
  await expect(order.getByRole('listitem').nth(2)).toContainText(SHORT[0] ?? '');
  await press(studio, order.getByRole('button', { name: `Move up: ${SHORT[0]}` }));
  await studio.keyboard.press('Enter');
  await expect(order.getByRole('listitem').first()).toContainText(SHORT[0] ?? '');
  // At the top, Move up cannot be used: focus is on Move down instead.
  await expect(order.getByRole('button', { name: `Move down: ${SHORT[0]}` })).toBeFocused();

  await expect(problems.getByRole('status')).toHaveText(
    'No problems: this pack passes every check Pause Point makes when a pack is added.',
  );

  // The preview: the side panel's own list, at its width, with ticks that are not kept.
  const preview = studio.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('combobox', { name: /now:$/i })).toHaveValue('visit');
  const previewList = preview.getByRole('list', { name: 'Preview, Recording a visit or contact: prompts' });
  await expect(previewList.getByRole('checkbox')).toHaveCount(5);
  // The panel's own rows (issue 21): the short line is the checkbox's name, with its theme's
  // short name, and the full question is its description.
  await expect(previewList.getByRole('listitem').first()).toContainText(`${SHORT[0]} Sleep`);
  await expect(previewList.getByRole('checkbox', { name: SHORT[0] })).toHaveAccessibleDescription(
    new RegExp(`^${escapeRegExp(QUESTIONS[0] ?? '')}`),
  );
  await press(studio, previewList.getByRole('checkbox', { name: QUESTIONS[1] }), 'Space');
  await expect(previewList.getByRole('checkbox', { name: QUESTIONS[1] })).toBeChecked();
  expect((await preview.locator('.studio-preview-panel').boundingBox())?.width).toBe(400);
  // "All prompts" shows the theme as the panel does, with its "why this matters".
  await preview.getByRole('combobox', { name: /now:$/i }).focus();
  await studio.keyboard.press('End');
  await expect(preview.getByRole('combobox', { name: /now:$/i })).toHaveValue('all');
  await press(studio, preview.getByRole('button', { name: /^Where the baby sleeps/ }));
  await press(studio, preview.getByRole('button', { name: 'Why this matters (Where the baby sleeps)' }));
  await expect(preview.getByText('Nobody saw where the baby slept. Seeing it is the only way to know.')).toBeVisible();
  await expect(preview.getByRole('checkbox', { name: QUESTIONS[1] })).toBeChecked();

  // The cue tester shows what a record would raise, and keeps nothing of it.
  const tester = studio.getByRole('region', { name: 'Cue tester' });
  await typeInto(
    studio,
    tester.getByRole('textbox', { name: 'Made-up case-record text' }),
    'Zebrafinch slept on the sofa.',
  );
  await expect(tester.getByRole('status')).toContainText('Where the baby sleeps, raised by “sofa”');
  await expect
    .poll(async () => Object.keys(await storedData(studio)).filter((k) => k.startsWith('draft:')))
    .toHaveLength(1);
  await studio.waitForTimeout(600); // past the draft's write delay
  expect(JSON.stringify(await storedData(studio))).not.toContain('Zebrafinch');
  expect(JSON.stringify(await studio.evaluate(() => chrome.storage.session.get(null)))).not.toContain('Zebrafinch');
  expect(JSON.stringify(await storedData(studio))).toContain('Hearing the baby');
  expect(storedShapeProblems(await storedData(studio))).toEqual([]);

  const download = studio.waitForEvent('download');
  await press(studio, studio.getByRole('button', { name: 'Save pack file' }));
  const file = await download;
  expect(file.suggestedFilename()).toBe('hearing-the-baby-1.0.0.json');
  await expect(studio.getByRole('status').filter({ hasText: 'Saved “Hearing the baby”' })).toHaveText(
    'Saved “Hearing the baby”, version 1.0.0, as hearing-the-baby-1.0.0.json in your downloads.',
  );
  const path = await file.path();
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  expect(saved).toMatchObject({ id: 'hearing-the-baby', version: '1.0.0', title: 'Hearing the baby' });

  // A practitioner's browser that has never seen the studio adds the file and answers a case.
  const fresh = await launchWithExtension(EXTENSION_DIR);
  try {
    const freshId = await extensionIdOf(fresh);
    const freshSettings = await fresh.newPage();
    await freshSettings.goto(`chrome-extension://${freshId}/options.html`);
    await freshSettings.getByLabel('Learning pack file (.json)').setInputFiles(path);
    await expect(
      freshSettings.getByText(/Hearing the baby \(version 1\.0\.0\) from Learning brief: Baby R \(2026\)/),
    ).toBeVisible();
    await freshSettings.getByRole('button', { name: 'Add this pack' }).click();
    await expect(freshSettings.getByRole('status').filter({ hasText: 'Added “Hearing the baby”' })).toBeVisible();

    const panel = await fresh.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(`chrome-extension://${freshId}/sidepanel.html`);
    await openCase(panel, 'STUDIO-1');
    await choosePack(panel, 'Hearing the baby (1.0.0)');
    await expect(caseHeading(panel, 'STUDIO-1')).toBeVisible();
    await chooseMoment(panel, 'Recording a visit or contact');
    await panel.getByRole('checkbox', { name: QUESTIONS[2] }).check();
    await expect
      .poll(async () => (await storedData(panel))['case:STUDIO-1'])
      .toMatchObject({ packId: 'hearing-the-baby', packVersion: '1.0.0' });
  } finally {
    await fresh.close();
  }
});

test('a copy of the Ivy pack, with one question and one moment changed, saves as the next version and imports', async ({
  context,
  extensionId,
}) => {
  const settings = await openSettings(context, extensionId);
  const studio = await openStudio(settings);
  await expect(studio.getByRole('combobox', { name: 'Copy a pack in this browser' })).toHaveValue('cscp-ivy');
  await press(studio, studio.getByRole('button', { name: 'Copy this pack' }));
  await expect(studio.getByRole('textbox', { name: 'Short name for files' })).toHaveValue('cscp-ivy-copy');
  await expect(studio.getByRole('region', { name: 'Problems to fix' }).getByRole('status')).toHaveText(
    'No problems: this pack passes every check Pause Point makes when a pack is added.',
  );

  const question = studio.getByRole('textbox', { name: 'Theme 1, question 1: The question' });
  const changed = 'Have I read the whole history, including what other agencies know?';
  await typeInto(studio, question, changed);
  // Questions move within their theme by keyboard, and focus goes with them.
  await press(studio, studio.getByRole('button', { name: 'Move down question 1 of theme 1', exact: true }));
  await expect(studio.getByRole('textbox', { name: 'Theme 1, question 2: The question' })).toHaveValue(changed);
  await expect(studio.getByRole('button', { name: 'Move down question 2 of theme 1', exact: true })).toBeFocused();
  await press(studio, studio.getByRole('button', { name: 'Move up question 2 of theme 1', exact: true }));
  await expect(question).toHaveValue(changed);
  const order = studio.getByRole('list', { name: 'Recording a visit or contact: questions in order' });
  const firstVisit = (await order.getByRole('listitem').first().locator('.studio-order-text').textContent()) ?? '';
  await press(studio, order.getByRole('button', { name: `Move down: ${firstVisit}` }));
  await expect(order.getByRole('listitem').nth(1)).toContainText(firstVisit);
  // With a mouse, a question can be dragged to its place too.
  const third = (await order.getByRole('listitem').nth(2).locator('.studio-order-text').textContent()) ?? '';
  await order.getByRole('listitem').nth(2).dragTo(order.getByRole('listitem').nth(0));
  await expect(order.getByRole('listitem').nth(0)).toContainText(third);
  await order.getByRole('listitem').nth(0).dragTo(order.getByRole('listitem').nth(2));
  await expect(order.getByRole('listitem').nth(1)).toContainText(firstVisit);
  await expect(order.getByRole('listitem').nth(2)).toContainText(third);

  const download = studio.waitForEvent('download');
  await press(studio, studio.getByRole('button', { name: 'Save pack file' }));
  const file = await download;
  expect(file.suggestedFilename()).toBe('cscp-ivy-copy-1.4.0.json');
  await expect(studio.getByRole('textbox', { name: 'Version' })).toHaveValue('1.4.0');
  // The message says why the version rose, in words a business manager can pass on.
  await expect(studio.getByRole('status').filter({ hasText: 'Saved “Ivy (copy)”' })).toContainText(
    'version 1.4.0 (raised from 1.3.0 because the pack changed, so browsers that have 1.3.0 replace it)',
  );
  const path = await file.path();
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  expect(saved.themes[0].prompts[0].text).toBe(changed);
  // The list shows each question by its short line.
  expect(saved.moments.find((m: { id: string }) => m.id === 'visit').promptIds[1]).toBe(
    saved.themes
      .flatMap((t: { prompts: { id: string; short: string }[] }) => t.prompts)
      .find((p: { short: string }) => p.short === firstVisit).id,
  );

  // Saved again unchanged, it keeps its version.
  const again = studio.waitForEvent('download');
  await press(studio, studio.getByRole('button', { name: 'Save pack file' }));
  expect((await again).suggestedFilename()).toBe('cscp-ivy-copy-1.4.0.json');
  await expect(studio.getByRole('status').filter({ hasText: 'Saved “Ivy (copy)”' })).toHaveText(
    'Saved “Ivy (copy)”, version 1.4.0, as cscp-ivy-copy-1.4.0.json in your downloads.',
  );

  // The draft is kept: the studio opened again carries on where it was, and can delete it.
  await studio.reload();
  const drafts = studio.getByRole('list', { name: 'Your drafts' });
  await expect(drafts.getByRole('listitem')).toHaveCount(1);
  // Named by title and version, with its last change.
  await expect(drafts.getByRole('listitem')).toContainText(
    /^Ivy \(copy\), version 1\.4\.0, last changed \d+ \w+ \d{4}, \d\d:\d\d\./,
  );
  await press(studio, drafts.getByRole('button', { name: 'Carry on with “Ivy (copy)”, version 1.4.0' }));
  await expect(studio.getByRole('textbox', { name: 'Version' })).toHaveValue('1.4.0');
  await expect(studio.getByRole('textbox', { name: 'Theme 1, question 1: The question' })).toHaveValue(changed);
  await press(studio, studio.getByRole('button', { name: 'Close the draft' }));
  await press(studio, drafts.getByRole('button', { name: 'Delete the draft “Ivy (copy)”, version 1.4.0' }));
  await press(
    studio,
    studio
      .getByRole('dialog', { name: 'Delete the draft “Ivy (copy)”, version 1.4.0?' })
      .getByRole('button', { name: 'Yes, delete the draft' }),
  );
  await expect(studio.getByRole('heading', { name: 'Your drafts' })).toHaveCount(0);
  expect(Object.keys(await storedData(studio)).filter((key) => key.startsWith('draft:'))).toEqual([]);

  await settings.bringToFront();
  await settings.getByLabel('Learning pack file (.json)').setInputFiles(path);
  await settings.getByRole('button', { name: 'Add this pack' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Added' })).toContainText('(version 1.4.0)');
  expect(storedShapeProblems(await storedData(settings))).toEqual([]);

  // The saved file opens again for its next version, and "Add to this browser" replaces the old.
  await studio.bringToFront();
  await studio.getByLabel('Open a pack file to edit (.json)').setInputFiles(path);
  await expect(studio.getByRole('textbox', { name: 'Version' })).toHaveValue('1.4.0');
  await typeInto(studio, studio.getByRole('textbox', { name: 'When it was published (optional)' }), 'March 2023');
  await press(studio, studio.getByRole('button', { name: 'Add to this browser' }));
  await expect(studio.getByRole('status').filter({ hasText: 'Added “Ivy (copy)”' })).toHaveText(
    'Added “Ivy (copy)”, version 1.5.0 (raised from 1.4.0 because the pack changed, so browsers that have 1.4.0 replace it), to this browser. Choose it for a case in the side panel.',
  );
  await expect
    .poll(async () => (await storedData(studio))['pack:cscp-ivy-copy'])
    .toMatchObject({ version: '1.5.0', review: { published: 'March 2023' } });
});
