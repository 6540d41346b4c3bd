/**
 * Carries out retention and deletion in browser storage: stored items untouched for longer
 * than the retention period (every item whose declaration has a retention role: each case,
 * judged by its own latest answer, and the supervision answers), "Forget this case", and
 * "Delete all data".
 */
import { browser } from 'wxt/browser';
import { afterDeleteAll, STORED_AREAS, storedItemOf } from '../core/all-stored';
import { forgetInIndex } from '../core/case-index';
import { indexNotInFuture, isExpired, notInFuture, planRetention } from '../core/retention';
import { PREFS } from '../core/sites';
import { CASE_INDEX, CASES, isNewerVersion, SCHEMA_VERSION_ITEM } from '../core/stored';
import { COUNTS_LOCK, withWebLock } from '../platform/locks';
import { storageArea } from '../platform/stored';

export interface RetentionOutcome {
  deletedCases: string[];
  deletedSupervision: boolean;
}

/**
 * What retention deletes from a snapshot of storage.local: every declared item whose own
 * latest change is further back than the period, with what goes with it; and the case list
 * with those cases marked forgotten and old marks dropped.
 */
function planStoredRetention(
  stored: Readonly<Record<string, unknown>>,
  now: number,
  retentionDays: number,
): {
  remove: string[];
  expiredCases: string[];
  otherExpired: number;
  index: Record<string, number> | null;
  /** Values written back with times far in the future read as now (core/retention.ts). */
  set: Record<string, unknown>;
} {
  const remove: string[] = [];
  const expiredCases: string[] = [];
  const set: Record<string, unknown> = {};
  let otherExpired = 0;
  for (const [key, raw] of Object.entries(stored)) {
    const found = storedItemOf(key);
    const role = found?.retention;
    if (!found || !role) continue;
    if (role.expired) {
      if (!role.expired(raw, found.id, now)) continue;
    } else {
      const last = role.lastChanged(raw, found.id, stored);
      if (last === null || !isExpired(notInFuture(last, now), now, retentionDays)) {
        const clamped = role.notInFuture?.(raw, found.id, now);
        if (clamped) set[key] = clamped;
        continue;
      }
    }
    remove.push(key, ...(role.removeWith?.(found.id) ?? []));
    if (found.item === CASES) expiredCases.push(found.id);
    else otherExpired += 1;
  }
  const { index: read } = CASE_INDEX.read(stored[CASE_INDEX.key], '');
  const index = indexNotInFuture(read, now);
  const { expiredCases: listedExpired, oldMarks } = planRetention(index, now, retentionDays);
  let next = index;
  for (const ref of expiredCases) next = forgetInIndex(next, ref, now);
  // A case the list says is expired but that is no longer stored: its entry becomes a mark.
  for (const ref of listedExpired) {
    if (stored[CASES.keyOf(ref)] === undefined && !expiredCases.includes(ref)) next = forgetInIndex(next, ref, now);
  }
  for (const ref of oldMarks) {
    const { [ref]: _dropped, ...rest } = next;
    next = rest;
  }
  const changed = next !== read;
  return { remove, expiredCases: expiredCases.sort(), otherExpired, index: changed ? next : null, set };
}

/**
 * Deletes what has been untouched for longer than the retention period; keeps everything else.
 * `managedDays` is the organisation's period, which wins over the practitioner's own.
 */
export async function applyRetention(now: number = Date.now(), managedDays?: number): Promise<RetentionOutcome> {
  const stored = await browser.storage.local.get(null);
  // Data written by a newer version is left untouched, as the panel leaves it.
  const version = stored[SCHEMA_VERSION_ITEM.key];
  if (isNewerVersion(version)) return { deletedCases: [], deletedSupervision: false };
  const retentionDays = managedDays ?? PREFS.read(stored[PREFS.key], '').retentionDays;
  const plan = planStoredRetention(stored, now, retentionDays);
  const outcome = { deletedCases: plan.expiredCases, deletedSupervision: plan.otherExpired > 0 };
  // Times far in the future, read as now, are written back as now: retention judges them
  // again from today. Written with the list (before anything is deleted).
  const written = plan.index ? { ...plan.set, [CASE_INDEX.key]: plan.index } : plan.set;
  try {
    // Forgotten marks first, so no open panel can write an expired case back.
    if (Object.keys(written).length > 0) await browser.storage.local.set(written);
  } catch {
    // Storage is full: deleting must still work. Make room first, then mark.
    if (plan.remove.length > 0) await browser.storage.local.remove(plan.remove);
    if (plan.index) await browser.storage.local.set({ [CASE_INDEX.key]: plan.index });
    // Times read as now: written where they still fit, else read as now again next time.
    if (Object.keys(plan.set).length > 0) await browser.storage.local.set(plan.set).catch(() => {});
    return outcome;
  }
  if (plan.remove.length > 0) await browser.storage.local.remove(plan.remove);
  return outcome;
}

/**
 * "Delete all data": everything Pause Point keeps, on disk and in memory: every storage area
 * a declared item lives in is emptied (keys no declaration knows with it), then what must stay
 * (the current version) is written back.
 */
export function deleteAllData(): Promise<void> {
  // Holding the counts' lock: a count being written in a panel lands before, never after.
  return withWebLock(COUNTS_LOCK, async () => {
    for (const area of STORED_AREAS) await storageArea(area).clear();
    for (const area of STORED_AREAS) {
      const keep = afterDeleteAll(area);
      if (Object.keys(keep).length > 0) await storageArea(area).set(keep);
    }
  });
}
