/**
 * The plain-text summary a practitioner pastes into the case record: the pack and its
 * source, when, which case, which moment, then what was confirmed, marked not applicable and
 * still outstanding, in that order. Plain text only, so it pastes cleanly into any system.
 * Each line stands alone (a reader of the record sees no list around it) and says where it
 * comes from: the brief, or the national guidance or local procedures it names.
 */

import { answerState, type CaseChecklist } from './checklist';
import { type MomentChoice, momentItems, momentTitle } from './moments';
import type { Pack } from './pack/schema';
import { promptSource, sourceKindWords } from './pack/sources';
import { formatDateTime } from './time';

export interface SummaryInput {
  pack: Pack;
  ref: string;
  choice: MomentChoice;
  virtual: boolean;
  checklist: CaseChecklist | null;
  now: Date;
}

export function summaryText({ pack, ref, choice, virtual, checklist, now }: SummaryInput): string {
  const items = momentItems(pack, choice, virtual);
  const line = (item: (typeof items)[number]) => {
    const source = promptSource(item.prompt);
    return source.kind === 'brief'
      ? item.prompt.text
      : `${item.prompt.text} (from ${sourceKindWords(source.kind)}: ${source.title})`;
  };
  const inState = (state: 'done' | 'na' | 'open') =>
    items.filter((item) => answerState(checklist, item.prompt.id) === state).map(line);
  const section = (heading: string, lines: string[]) =>
    [`${heading} (${lines.length}):`, ...(lines.length > 0 ? lines.map((line) => `- ${line}`) : ['- none'])].join('\n');
  const moment = `${momentTitle(choice)}${virtual && choice === 'conference' ? ' (held by video or telephone)' : ''}`;
  return [
    'Pause Point checklist',
    `Learning pack: ${pack.title}, version ${pack.version}`,
    `The brief: ${pack.review.sourceTitle}, ${pack.review.type}, ${pack.review.publisher}`,
    `Date: ${formatDateTime(now)}`,
    `Case reference: ${ref}`,
    `Moment: ${moment}`,
    '',
    section('Confirmed', inState('done')),
    '',
    section('Marked not applicable', inState('na')),
    '',
    section('Still outstanding', inState('open')),
    '',
    'Questions not marked otherwise are based on the brief.',
    '',
  ].join('\n');
}
