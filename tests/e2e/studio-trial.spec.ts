import { BUILT_IN_PACKS } from '../../content';
import { caseHeading, chooseMoment, choosePack, expandTheme, expect, openCase, test } from './fixtures';

/**
 * The business-manager trial with a real published review the project had not used: the
 * Child Safeguarding Practice Review Panel's national review "It was hard to escape:
 * Safeguarding children at risk from criminal exploitation" (March 2020), two of its sections
 * as themes with questions written for this pack, and a theme of Ivy's brought in beside them.
 * The questions are this project's own words, not the review's.
 */
const REVIEW = {
  name: 'It was hard to escape',
  title: 'It was hard to escape: Safeguarding children at risk from criminal exploitation',
  publisher: 'The Child Safeguarding Practice Review Panel',
  published: 'March 2020',
};
const THEMES = [
  {
    title: 'Moments that could change things',
    section: '8. Critical moments',
    why: 'Events such as being excluded from school, arrested or badly hurt were chances to help that passed. Acting on them quickly, together, can change where a child is heading.',
    questions: [
      'Has something happened lately that could be a turning point, such as an exclusion, an arrest or an injury?',
      'Have I acted on it quickly, with the services that can help this week?',
      'Have I thought about how to use this moment to reach the child?',
    ],
  },
  {
    title: 'A relationship the child trusts',
    section: '7. Relationships with children',
    why: 'Children at risk of exploitation were helped most by an adult they trusted who kept going. Without one, plans did not reach them.',
    questions: [
      'Is there an adult the child trusts and talks to, and does everyone know who it is?',
      'Have I kept in touch with the child even when they did not engage?',
      'Have I asked the child what would help them feel safe?',
    ],
  },
];

test('a pack from a national review the project had not used, with a theme of Ivy, is built, added and used', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(180_000);
  const ivy = BUILT_IN_PACKS[0];
  const ivyTheme = ivy?.themes[0];
  if (!ivy || !ivyTheme) throw new Error('no Ivy theme');
  const studio = await context.newPage();
  await studio.setViewportSize({ width: 1280, height: 720 });
  await studio.goto(`chrome-extension://${extensionId}/studio.html`);
  await studio.getByRole('button', { name: 'Start a blank pack' }).click();
  const box = (name: string) => studio.getByRole('textbox', { name, exact: true });
  // Mouse and keyboard, as a business manager fills a form: click a field, type.
  const fill = async (name: string, text: string) => {
    await box(name).click();
    await box(name).fill(text);
  };
  await fill('Pack title', 'Adolescents at risk: learning 2026');
  await fill('Type of review', 'National child safeguarding practice review');
  await fill('Name used in the review', REVIEW.name);
  await fill('Published by', REVIEW.publisher);
  await fill('Title of the brief', REVIEW.title);
  await fill('When it was published (optional)', REVIEW.published);
  await fill(
    'Summary',
    'The national panel looked at 21 children who died or were badly hurt where criminal exploitation played a part. It asks practitioners to act on the moments that could change things, and to keep a trusted relationship going.',
  );
  for (const [i, theme] of THEMES.entries()) {
    const t = i + 1;
    if (t > 1) await studio.getByRole('button', { name: 'Add a theme' }).click();
    await fill(`Theme ${t}: Theme title`, theme.title);
    await fill(`Theme ${t}: Why this matters`, theme.why);
    await fill(`Theme ${t}: Section of the brief`, theme.section);
    for (const [q, question] of theme.questions.entries())
      await fill(`Theme ${t}, question ${q + 1}: The question`, question);
  }

  // Ivy's first theme comes in with its review.
  const reviews = studio.getByRole('region', { name: 'Several reviews in one pack' });
  await reviews.getByRole('combobox', { name: 'Bring themes in from a pack in this browser' }).selectOption('cscp-ivy');
  await reviews.getByRole('button', { name: 'Show its themes' }).click();
  await reviews.getByRole('checkbox', { name: `${ivyTheme.title} (${ivyTheme.prompts.length} questions)` }).check();
  await reviews.getByRole('button', { name: 'Bring in the ticked themes' }).click();
  await expect(reviews.getByRole('status')).toHaveText(
    'Brought in one theme from “Ivy”, with the review it comes from.',
  );

  // The visit list: two questions of each of the national review's themes, ticked from the
  // questions' side; every question is asked at some moment, the others at supervision. Ivy's
  // questions came in with the moments Ivy asks them at, so the visit list starts with those too.
  const askAt = (t: number, q: number, moment: string) =>
    studio
      .getByRole('group', { name: `Theme ${t}, question ${q}: Ask it at these moments` })
      .getByRole('checkbox', { name: moment })
      .check();
  for (const [t, q] of [
    [1, 1],
    [1, 3],
    [2, 1],
    [2, 2],
  ] as const)
    await askAt(t, q, 'Recording a visit or contact');
  await askAt(1, 2, 'Supervision or a team meeting');
  await askAt(2, 3, 'Supervision or a team meeting');
  await studio.getByRole('button', { name: 'Make a short list for “Recording a visit or contact”' }).click();
  const order = studio.getByRole('list', { name: 'Recording a visit or contact: questions in order' });
  const fromIvy = ivyTheme.prompts.filter((p) => p.moments.includes('visit')).length;
  await expect(order.getByRole('listitem')).toHaveCount(4 + fromIvy);
  await expect(studio.getByRole('region', { name: 'Problems to fix' }).getByRole('status')).toHaveText(
    'No problems: this pack passes every check Pause Point makes when a pack is added.',
  );
  // The preview: the panel's case line over the list, as practitioners will see it.
  const preview = studio.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Case EXAMPLE · Visit' })).toBeVisible();
  await studio.getByRole('button', { name: 'Add to this browser' }).click();
  await expect(
    studio.getByRole('status').filter({ hasText: 'Added “Adolescents at risk: learning 2026”' }),
  ).toBeVisible();

  // Used on a case: each theme's "why this matters" names its review.
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 585 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await openCase(panel, 'TRIAL-1');
  await choosePack(panel, 'Adolescents at risk: learning 2026 (1.0.0)');
  await expect(caseHeading(panel, 'TRIAL-1')).toBeVisible();
  await chooseMoment(panel, 'Recording a visit or contact');
  await expect(
    panel.getByRole('list', { name: 'Recording a visit or contact: prompts' }).getByRole('checkbox'),
  ).toHaveCount(4 + fromIvy);
  const own = await expandTheme(panel, THEMES[0]?.title ?? '');
  await own.getByRole('button', { name: `Why this matters (${THEMES[0]?.title})` }).click();
  await expect(own.getByText(`From “${REVIEW.title}”, section “8. Critical moments”.`)).toBeVisible();
  const brought = await expandTheme(panel, ivyTheme.title);
  await brought.getByRole('button', { name: `Why this matters (${ivyTheme.title})` }).click();
  await expect(
    brought.getByText(`From “${ivy.review.sourceTitle}”, section “${ivyTheme.sourceSection}”.`),
  ).toBeVisible();
});
