/**
 * The list of cases on this device and when each was last used: it orders "Recent cases"
 * and drives retention. A forgotten case stays in the list for a while as a negative time
 * (when it was forgotten), so a panel that has not heard yet cannot bring it back. Like a
 * checklist it merges by taking the later time, so two panels opening or forgetting cases at
 * once both keep their change.
 */
import { own } from './built-in-names';

export type CaseIndex = Record<string, number>;

export function touchCase(index: CaseIndex, ref: string, now: number): CaseIndex {
  return { ...index, [ref]: Math.max(now, Math.abs(own(index, ref) ?? 0) + 1) };
}

/**
 * How long a case's time in the list stays current. Answers within it do not rewrite the list:
 * with hundreds of cases the list is the larger part of each save, and a minute does not change
 * when retention deletes a case.
 */
const TOUCH_EVERY_MS = 60_000;

/**
 * True when the case was used (not forgotten) within the last TOUCH_EVERY_MS and no case was
 * used since, so touching it again would change neither "Recent cases" nor retention.
 */
export function touchedRecently(index: CaseIndex, ref: string, now: number): boolean {
  const at = own(index, ref) ?? 0;
  if (at <= 0 || now < at || now - at >= TOUCH_EVERY_MS) return false;
  return Object.values(index).every((other) => Math.abs(other) <= at);
}

export function forgetInIndex(index: CaseIndex, ref: string, now: number): CaseIndex {
  return { ...index, [ref]: -Math.max(now, Math.abs(own(index, ref) ?? 0) + 1) };
}

/** The later of two entries; at the same time, forgetting wins. */
function laterEntry(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  if (Math.abs(a) !== Math.abs(b)) return Math.abs(a) > Math.abs(b) ? a : b;
  return Math.min(a, b);
}

export function mergeCaseIndexes(a: CaseIndex, b: CaseIndex): CaseIndex {
  const merged: CaseIndex = {};
  for (const ref of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const entry = laterEntry(own(a, ref), own(b, ref));
    if (entry !== undefined) merged[ref] = entry;
  }
  return merged;
}

export function sameCaseIndex(a: CaseIndex, b: CaseIndex): boolean {
  const refs = Object.keys(a);
  return refs.length === Object.keys(b).length && refs.every((ref) => a[ref] === b[ref]);
}

export function isForgotten(index: CaseIndex, ref: string): boolean {
  return (own(index, ref) ?? 0) < 0;
}

export interface RecentCase {
  ref: string;
  touchedAt: number;
}

export function recentCases(index: CaseIndex, limit: number): RecentCase[] {
  return Object.entries(index)
    .filter(([, touchedAt]) => touchedAt > 0)
    .map(([ref, touchedAt]) => ({ ref, touchedAt }))
    .sort((a, b) => b.touchedAt - a.touchedAt || a.ref.localeCompare(b.ref))
    .slice(0, limit);
}
