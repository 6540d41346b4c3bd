/**
 * The answers for one case, and how two copies of them are combined.
 *
 * Two panels (two windows) can change the same case at the same moment, and browser
 * storage has no transactions. Each answer therefore carries the time it was set, and a
 * reset carries the time it happened; two copies merge answer by answer, the later one
 * winning. Merging is commutative, associative and idempotent, so panels that keep merging
 * what they see arrive at the same checklist whatever order the writes landed in, and no
 * tick is lost.
 */

import type { MomentChoice } from './moments';

export type AnswerState = 'done' | 'na' | 'open';

export interface Answer {
  state: AnswerState;
  /** Milliseconds since the epoch when the practitioner set this state. */
  at: number;
  /** A short hash of the question's wording when it was answered (core/wording.ts); absent on older answers. */
  w?: string;
}

export interface CaseChecklist {
  ref: string;
  packId: string;
  packVersion: string;
  /** Answers set at or before this time were cleared by "Reset this case". */
  resetAt: number;
  answers: Record<string, Answer>;
  /** The pause point last chosen for this case, and whether its meeting is virtual. */
  view?: CaseView;
}

interface CaseView {
  moment: MomentChoice;
  virtual: boolean;
  at: number;
}

export function emptyChecklist(ref: string, packId: string, packVersion: string): CaseChecklist {
  return { ref, packId, packVersion, resetAt: 0, answers: {} };
}

export function answerState(checklist: CaseChecklist | null, promptId: string): AnswerState {
  return checklist?.answers[promptId]?.state ?? 'open';
}

/** A time later than anything already in the checklist, so a new answer always wins locally. */
function nextTime(checklist: CaseChecklist, now: number, promptId?: string): number {
  const previous = promptId === undefined ? 0 : (checklist.answers[promptId]?.at ?? 0);
  return Math.max(now, previous + 1, checklist.resetAt + 1);
}

/** Sets one answer; `wording` is the hash of the question's words it answers (core/wording.ts). */
export function setAnswer(
  checklist: CaseChecklist,
  promptId: string,
  state: AnswerState,
  now: number,
  wording?: string,
): CaseChecklist {
  const at = nextTime(checklist, now, promptId);
  const answer: Answer = state !== 'open' && wording !== undefined ? { state, at, w: wording } : { state, at };
  return { ...checklist, answers: { ...checklist.answers, [promptId]: answer } };
}

export function setView(checklist: CaseChecklist, moment: MomentChoice, virtual: boolean, now: number): CaseChecklist {
  return { ...checklist, view: { moment, virtual, at: Math.max(now, (checklist.view?.at ?? 0) + 1) } };
}

export function resetChecklist(checklist: CaseChecklist, now: number): CaseChecklist {
  const latestAnswer = Math.max(0, ...Object.values(checklist.answers).map((a) => a.at));
  return { ...checklist, resetAt: Math.max(now, latestAnswer, checklist.resetAt + 1), answers: {} };
}

const STATE_RANK: Record<AnswerState, number> = { open: 0, na: 1, done: 2 };

/** The later answer wins; on an exact tie the rank decides, so both sides pick the same one. */
function laterAnswer(a: Answer | undefined, b: Answer | undefined): Answer | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return STATE_RANK[a.state] >= STATE_RANK[b.state] ? a : b;
}

/**
 * Combines two copies of the same case. The pack recorded is the one of the copy with the
 * latest activity, so a case keeps the pack it was answered against.
 */
export function mergeChecklists(a: CaseChecklist, b: CaseChecklist): CaseChecklist {
  const resetAt = Math.max(a.resetAt, b.resetAt);
  const answers: Record<string, Answer> = {};
  for (const id of new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])) {
    const winner = laterAnswer(a.answers[id], b.answers[id]);
    if (winner && winner.at > resetAt) answers[id] = winner;
  }
  // On a tie, the same pack at a later version wins: a case brought up to a new version
  // (core/wording.ts) has no newer answer to show for it.
  const activity = latestActivity(b) - latestActivity(a);
  const later = a.packId === b.packId && compareVersionText(b.packVersion, a.packVersion) > 0;
  const pack = activity > 0 || (activity === 0 && later) ? b : a;
  const view = laterView(a.view, b.view);
  return {
    ref: a.ref,
    packId: pack.packId,
    packVersion: pack.packVersion,
    resetAt,
    answers,
    ...(view ? { view } : {}),
  };
}

function laterView(a: CaseView | undefined, b: CaseView | undefined): CaseView | undefined {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return `${a.moment}${a.virtual}` >= `${b.moment}${b.virtual}` ? a : b;
}

/** Versions compared part by part as numbers ("1.10.0" after "1.9.0"). */
export function compareVersionText(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

function latestActivity(checklist: CaseChecklist): number {
  return Math.max(checklist.resetAt, ...Object.values(checklist.answers).map((x) => x.at));
}

export function sameChecklist(a: CaseChecklist, b: CaseChecklist): boolean {
  if (a.ref !== b.ref || a.packId !== b.packId || a.packVersion !== b.packVersion) return false;
  if (a.resetAt !== b.resetAt) return false;
  if (a.view?.moment !== b.view?.moment || a.view?.virtual !== b.view?.virtual || a.view?.at !== b.view?.at)
    return false;
  const ids = Object.keys(a.answers);
  if (ids.length !== Object.keys(b.answers).length) return false;
  return ids.every((id) => {
    const x = a.answers[id];
    const y = b.answers[id];
    return x !== undefined && y !== undefined && x.state === y.state && x.at === y.at && x.w === y.w;
  });
}

export interface Progress {
  done: number;
  notApplicable: number;
  /** Prompts that still apply: all of them less those marked not applicable. */
  applicable: number;
  total: number;
}

export function progressOf(checklist: CaseChecklist | null, promptIds: readonly string[]): Progress {
  let done = 0;
  let notApplicable = 0;
  for (const id of promptIds) {
    const state = answerState(checklist, id);
    if (state === 'done') done += 1;
    else if (state === 'na') notApplicable += 1;
  }
  return { done, notApplicable, applicable: promptIds.length - notApplicable, total: promptIds.length };
}
