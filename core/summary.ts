/**
 * The plain-text summary a practitioner pastes into the case record: the pack and its
 * source, when, which case, which moment, then what was confirmed, marked not applicable and
 * still outstanding, in that order. Plain text only, so it pastes cleanly into any system.
 */
import type { Pack } from '../content/schema';
import { answerState, type CaseChecklist } from './checklist';
import { type MomentChoice, momentItems, momentTitle } from './moments';

export interface SummaryInput {
  pack: Pack;
  ref: string;
  choice: MomentChoice;
  virtual: boolean;
  checklist: CaseChecklist | null;
  now: Date;
}

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: undefined });

export function summaryText({ pack, ref, choice, virtual, checklist, now }: SummaryInput): string {
  const items = momentItems(pack, choice, virtual);
  const inState = (state: 'done' | 'na' | 'open') =>
    items.filter((item) => answerState(checklist, item.prompt.id) === state).map((item) => item.prompt.text);
  const section = (heading: string, lines: string[]) =>
    [`${heading} (${lines.length}):`, ...(lines.length > 0 ? lines.map((line) => `- ${line}`) : ['- none'])].join('\n');
  const moment = `${momentTitle(choice)}${virtual && choice === 'conference' ? ' (held by video or telephone)' : ''}`;
  return [
    'Pause Point checklist',
    `Learning: ${pack.review.sourceTitle}, ${pack.review.type}, ${pack.review.publisher} (pack ${pack.id} ${pack.version})`,
    `Date: ${when.format(now)}`,
    `Case reference: ${ref}`,
    `Moment: ${moment}`,
    '',
    section('Confirmed', inState('done')),
    '',
    section('Marked not applicable', inState('na')),
    '',
    section('Still outstanding', inState('open')),
    '',
  ].join('\n');
}
