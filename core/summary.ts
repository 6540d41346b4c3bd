/**
 * The plain-text summary a practitioner pastes into a child's case record. It is read by courts,
 * by parents reading their own files and by colleagues who never saw the panel, so it is written
 * in neutral statements: each line quotes a checklist prompt under a heading that says whether
 * the practitioner considered it, marked it not applicable (the reason belongs in the case note)
 * or has not yet considered it, and closes by saying what each heading does and does not mean.
 * It says first that the prompts come from a published review about another child and are not an
 * assessment of this family, names the review by the pack's own
 * details (so a review's name cannot be read as a person in this family), and states the pack
 * version whose questions it lists. Plain text only, so it pastes cleanly into any system.
 */

import { answerState, type CaseChecklist } from './checklist';
import { type MomentChoice, momentItems, momentTitle } from './moments';
import type { Pack, ReviewSource } from './pack/schema';
import { promptSource, sourceKindWords } from './pack/sources';
import { formatDateTime } from './time';
import { isReworded } from './wording';

/** After a question answered with earlier words than it has in this version of the pack. */
const REWORDED_NOTE = '(reworded since it was answered: check again)';

export interface SummaryInput {
  pack: Pack;
  ref: string;
  choice: MomentChoice;
  virtual: boolean;
  checklist: CaseChecklist | null;
  now: Date;
}

/** The section headings, in the order they are written. */
const SUMMARY_SECTIONS = {
  done: 'Considered',
  na: 'Not applicable, with the reason to be written in the case note',
  open: 'Not yet considered',
} as const;

/** What the prompts are, and are not, in one line for the record. */
export const NOT_AN_ASSESSMENT =
  'These are prompts from a published review about another child, used by professionals to check practice. They are not an assessment of this family.';

/**
 * How to read the lines, for someone who never saw the panel: a quoted question is asked of every
 * case, so its words say nothing about this family, and each heading records only the
 * practitioner's own mark. Statements only: nothing here is asked.
 */
const HOW_TO_READ = [
  'How to read this summary:',
  'Each quoted line is a standard question the checklist puts to the practitioner (“you”) at this point, for every case. Its words, for example about drink, drugs, medicine or a father, do not mean that those things apply to this family.',
  '“Considered” means the practitioner marked the question as considered for this case. It records their own check, not a finding about the family.',
  '“Not applicable” means the practitioner judged that the question does not apply to this case. The reason should be written in the case note.',
  '“Not yet considered” means only that the question had not been marked when this summary was made. It does not say whether what it asks about was done.',
] as const;

/**
 * The review, named so that it cannot be read as a person: "Learning from the “Ivy” Local Child
 * Safeguarding Practice Review, Cumbria Safeguarding Children Partnership (CSCP)", with its date
 * where the pack gives one.
 */
function reviewLine({ review }: Pick<Pack, 'review'>): string {
  const published = review.published ? `, published ${review.published}` : '';
  return `Learning from the “${review.name}” ${review.type}, ${review.publisher}${published}`;
}

const REVIEW_KIND_WORDS = { local: 'local review', national: 'national panel review', thematic: 'thematic review' };

/** A further review of a pack of several, named as a document: "“The myth of invisible men”, national panel review, 2021". */
function furtherReviewLine(review: ReviewSource): string {
  return `“${review.title}”, ${REVIEW_KIND_WORDS[review.kind]} by ${review.publisher}${review.published ? `, ${review.published}` : ''}`;
}

export function summaryText({ pack, ref, choice, virtual, checklist, now }: SummaryInput): string {
  const items = momentItems(pack, choice, virtual);
  const reviews = new Map((pack.reviews ?? []).map((r) => [r.id, r]));
  // The full question, quoted, so it reads as the checklist's words and not as a finding; in a
  // pack of several reviews, with the review its theme comes from.
  const line = (item: (typeof items)[number]) => {
    const source = promptSource(item.prompt);
    const quoted = `“${item.prompt.text}”`;
    const review = item.theme.reviewId ? reviews.get(item.theme.reviewId) : undefined;
    const from = review
      ? ` (review: “${review.title}”)`
      : reviews.size > 0
        ? ` (review: “${pack.review.sourceTitle}”)`
        : '';
    const sourced =
      source.kind === 'brief'
        ? `${quoted}${from}`
        : `${quoted}${from} (from ${sourceKindWords(source.kind)}: ${source.title})`;
    return isReworded(checklist?.answers[item.prompt.id], item.prompt) ? `${sourced} ${REWORDED_NOTE}` : sourced;
  };
  const inState = (state: 'done' | 'na' | 'open') =>
    items.filter((item) => answerState(checklist, item.prompt.id) === state).map(line);
  const section = (state: 'done' | 'na' | 'open') => {
    const lines = inState(state);
    return [
      `${SUMMARY_SECTIONS[state]} (${lines.length}):`,
      ...(lines.length > 0 ? lines.map((l) => `- ${l}`) : ['- none']),
    ].join('\n');
  };
  const moment = `${momentTitle(choice)}${virtual && choice === 'conference' ? ' (held by video or telephone)' : ''}`;
  return [
    'Pause Point: practice prompts checked for this case',
    NOT_AN_ASSESSMENT,
    `Review: ${reviewLine(pack)}`,
    ...(pack.review.nameNote ? [pack.review.nameNote] : []),
    ...(pack.reviews ?? []).map((review) => `Also from: ${furtherReviewLine(review)}`),
    `Questions from: the “${pack.title}” learning pack (${pack.id}), version ${pack.version}`,
    `Summary made: ${formatDateTime(now)}`,
    `Case reference: ${ref}`,
    `Checklist used: ${moment}`,
    '',
    section('done'),
    '',
    section('na'),
    '',
    section('open'),
    '',
    ...HOW_TO_READ,
    `Questions without a named source are based on the review’s learning brief, “${pack.review.sourceTitle}”.`,
    '',
  ].join('\n');
}
