import { resolve } from 'node:path';
import { BUILT_IN_PACKS } from '../../content';
import { caseHeading, chooseMoment, choosePack, expandTheme, expect, openCase, test } from './fixtures';

const ivy = BUILT_IN_PACKS[0];
const EXAMPLE_FILE = resolve('docs/example-pack.json');

test('a pack composed from a second pack file and Ivy is added, used on a case, and its summary names both reviews', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const theme = ivy?.themes[0];
  const question = theme?.prompts[0];
  if (!ivy || !theme || !question) throw new Error('no Ivy theme');
  const studio = await context.newPage();
  await studio.setViewportSize({ width: 1280, height: 720 });
  await studio.goto(`chrome-extension://${extensionId}/studio.html`);
  // The older format's file opens as it is.
  await studio.getByLabel('Open a pack file to edit (.json)').setInputFiles(EXAMPLE_FILE);
  await expect(studio.getByRole('textbox', { name: 'Pack title' })).toHaveValue('Example: hearing the child');

  const reviews = studio.getByRole('region', { name: 'Several reviews in one pack' });
  await reviews.getByRole('combobox', { name: 'Bring themes in from a pack in this browser' }).selectOption('cscp-ivy');
  await reviews.getByRole('button', { name: 'Show its themes' }).click();
  await reviews.getByRole('checkbox', { name: `${theme.title} (${theme.prompts.length} questions)` }).check();
  await reviews.getByRole('button', { name: 'Bring in the ticked themes' }).click();
  await expect(reviews.getByRole('status')).toHaveText(
    'Brought in one theme from “Ivy”, with the review it comes from.',
  );
  await expect(reviews.getByRole('textbox', { name: 'Review 1: Title as printed' })).toHaveValue(
    ivy.review.sourceTitle,
  );
  await expect(studio.getByRole('combobox', { name: 'Theme 3: The review it comes from' })).toHaveText(
    new RegExp(ivy.review.sourceTitle.replace(/[()]/g, '.')),
  );
  await expect(studio.getByRole('textbox', { name: 'Theme 3, question 1: The question' })).toHaveValue(question.text);

  // The Ivy question joins the conference list from the list's side.
  const add = studio.getByRole('combobox', { name: 'Question to add to “Before a conference or core group”' });
  await add.selectOption({ label: `${theme.short ?? theme.title}: ${question.short ?? question.text}` });
  await studio.getByRole('button', { name: 'Add to the list for “Before a conference or core group”' }).click();
  await expect(
    studio.getByRole('list', { name: 'Before a conference or core group: questions in order' }).getByRole('listitem'),
  ).toHaveCount(6);
  await expect(studio.getByRole('region', { name: 'Problems to fix' }).getByRole('status')).toHaveText(
    'No problems: this pack passes every check Pause Point makes when a pack is added.',
  );
  await studio.getByRole('button', { name: 'Add to this browser' }).click();
  await expect(studio.getByRole('status').filter({ hasText: 'Added “Example: hearing the child”' })).toContainText(
    'version 1.1.0',
  );

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await openCase(panel, 'REVIEWS-1');
  await choosePack(panel, 'Example: hearing the child (1.1.0)');
  await expect(caseHeading(panel, 'REVIEWS-1')).toBeVisible();
  await chooseMoment(panel, 'Before a conference or core group');
  await panel.getByRole('checkbox', { name: question.short ?? question.text }).check();
  const [printed] = await Promise.all([
    context.waitForEvent('page'),
    panel.getByRole('button', { name: 'Print', exact: true }).click(),
  ]);
  const summary = printed.locator('pre');
  await expect(summary).toContainText('Review: Learning from the “');
  await expect(summary).toContainText(
    `Also from: “${ivy.review.sourceTitle}”, local review by ${ivy.review.publisher}`,
  );
  await expect(summary).toContainText(`Considered (1):\n- “${question.text}” (review: “${ivy.review.sourceTitle}”)`);

  // "Why this matters" names the review each theme comes from: Ivy's theme, and the pack's own.
  const brought = await expandTheme(panel, theme.title);
  await brought.getByRole('button', { name: `Why this matters (${theme.title})` }).click();
  await expect(brought.getByText(`From “${ivy.review.sourceTitle}”, section “${theme.sourceSection}”.`)).toBeVisible();
  const own = await expandTheme(panel, 'The child’s own voice');
  await own.getByRole('button', { name: 'Why this matters (The child’s own voice)' }).click();
  await expect(own.getByText(/^From “Example pack: hearing the child”, section “.+”\.$/)).toBeVisible();
  await expect(own.getByText(/From the brief’s section/)).toHaveCount(0);
});
