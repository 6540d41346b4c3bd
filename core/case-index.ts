/**
 * The list of cases on this device and when each was last used: it orders "Recent cases"
 * and, later, drives retention. Like a checklist it merges by taking the later time, so two
 * panels opening different cases at once both keep their entry.
 */
export type CaseIndex = Record<string, number>;

export function touchCase(index: CaseIndex, ref: string, now: number): CaseIndex {
  return { ...index, [ref]: Math.max(now, index[ref] ?? 0) };
}

export function mergeCaseIndexes(a: CaseIndex, b: CaseIndex): CaseIndex {
  const merged: CaseIndex = { ...a };
  for (const [ref, at] of Object.entries(b)) merged[ref] = Math.max(at, merged[ref] ?? 0);
  return merged;
}

export function sameCaseIndex(a: CaseIndex, b: CaseIndex): boolean {
  const refs = Object.keys(a);
  return refs.length === Object.keys(b).length && refs.every((ref) => a[ref] === b[ref]);
}

export interface RecentCase {
  ref: string;
  touchedAt: number;
}

export function recentCases(index: CaseIndex, limit: number): RecentCase[] {
  return Object.entries(index)
    .map(([ref, touchedAt]) => ({ ref, touchedAt }))
    .sort((a, b) => b.touchedAt - a.touchedAt || a.ref.localeCompare(b.ref))
    .slice(0, limit);
}
