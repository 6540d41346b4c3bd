/**
 * Retention: case checklists and supervision answers left untouched for longer than the
 * retention period are deleted; nothing inside the period is ever touched. Pure: it says
 * what to delete; store/retention.ts does it.
 */
import type { CaseIndex } from './case-index';
import type { CaseChecklist } from './checklist';

export const DAY_MS = 86_400_000;
export const DEFAULT_RETENTION_DAYS = 90;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 730;

/** True when `at` is further back than the period: exactly on the boundary is still kept. */
export function isExpired(at: number, now: number, days: number): boolean {
  return now - at > days * DAY_MS;
}

/**
 * How far ahead of now a time may be and still be taken as it is: two devices' clocks, or a
 * backup from a machine whose clock is a little ahead. A time further ahead (a clock set
 * wrong, then put right, or a hostile backup) would hold off retention for ever, so retention
 * reads it as now and writes it back as now: what carries it is then kept for the period, from
 * today, like anything else.
 */
export const FUTURE_SLACK_MS = 1 * DAY_MS; // one day

/** `at`, or `now` when `at` is further ahead of now than FUTURE_SLACK_MS. */
export function notInFuture(at: number, now: number): number {
  return at > now + FUTURE_SLACK_MS ? now : at;
}

/** The case list with times (and forgotten marks) far in the future read as now; the same list when none is. */
export function indexNotInFuture(index: CaseIndex, now: number): CaseIndex {
  let next: CaseIndex | null = null;
  for (const [ref, at] of Object.entries(index)) {
    const clamped = at > 0 ? notInFuture(at, now) : -notInFuture(-at, now);
    if (clamped === at) continue;
    next ??= { ...index };
    next[ref] = clamped;
  }
  return next ?? index;
}

/** A case with every time far in the future read as now; null when none is. */
export function caseNotInFuture(checklist: CaseChecklist, now: number): CaseChecklist | null {
  if (caseLastChanged(checklist) <= now + FUTURE_SLACK_MS) return null;
  const answers: CaseChecklist['answers'] = {};
  for (const [id, answer] of Object.entries(checklist.answers)) {
    answers[id] = { ...answer, at: notInFuture(answer.at, now) };
  }
  return {
    ...checklist,
    resetAt: notInFuture(checklist.resetAt, now),
    answers,
    ...(checklist.view ? { view: { ...checklist.view, at: notInFuture(checklist.view.at, now) } } : {}),
  };
}

export interface RetentionPlan {
  /** Cases to delete now, and to mark forgotten in the index. */
  expiredCases: string[];
  /** Forgotten-case marks old enough to drop from the index altogether. */
  oldMarks: string[];
}

export function planRetention(index: CaseIndex, now: number, days: number): RetentionPlan {
  const expiredCases: string[] = [];
  const oldMarks: string[] = [];
  for (const [ref, at] of Object.entries(index)) {
    if (at > 0 && isExpired(at, now, days)) expiredCases.push(ref);
    if (at < 0 && isExpired(-at, now, days)) oldMarks.push(ref);
  }
  return { expiredCases, oldMarks };
}

/**
 * The latest time a case's own answers carry: its answers, its reset and its chosen moment.
 * Retention judges every stored case by this (and by its time in the case list, when that is
 * a real time), so a case missing from the list, or listed with a time that is not one, is not
 * kept for ever. 0 when it carries no time at all.
 */
export function caseLastChanged(checklist: CaseChecklist): number {
  return Math.max(
    checklist.resetAt,
    checklist.view?.at ?? 0,
    ...Object.values(checklist.answers).map((answer) => answer.at),
  );
}
