/**
 * Carries out retention and deletion in browser.storage.local: cases and supervision answers
 * untouched for longer than the retention period, "Forget this case", and "Delete all data".
 */
import { browser } from 'wxt/browser';
import { forgetInIndex } from '../core/case-index';
import { isExpired, planRetention } from '../core/retention';
import { readPrefs } from '../core/sites';
import { caseKey, readCaseIndex, SCHEMA_VERSION, STORAGE_KEYS } from '../core/stored-data';
import { readSupervision, type Supervision } from '../core/supervision';

export interface RetentionOutcome {
  deletedCases: string[];
  deletedSupervision: boolean;
}

function latestChange(s: Supervision): number {
  return Math.max(0, ...Object.values(s.answers).map((a) => a.at), ...Object.values(s.actions).map((a) => a.at));
}

/**
 * Deletes what has been untouched for longer than the retention period; keeps everything else.
 * `managedDays` is the organisation's period, which wins over the practitioner's own.
 */
export async function applyRetention(now: number = Date.now(), managedDays?: number): Promise<RetentionOutcome> {
  const stored = await browser.storage.local.get(null);
  // Data written by a newer version is left untouched, as the panel leaves it.
  const version = stored[STORAGE_KEYS.schemaVersion];
  if (typeof version === 'number' && version > SCHEMA_VERSION) return { deletedCases: [], deletedSupervision: false };
  const retentionDays = managedDays ?? readPrefs(stored[STORAGE_KEYS.prefs]).retentionDays;
  const { index } = readCaseIndex(stored[STORAGE_KEYS.caseIndex]);
  const plan = planRetention(index, now, retentionDays);

  const remove: string[] = [];
  let nextIndex = index;
  for (const ref of plan.expiredCases) {
    remove.push(caseKey(ref), `damaged:${caseKey(ref)}`);
    nextIndex = forgetInIndex(nextIndex, ref, now);
  }
  for (const ref of plan.oldMarks) {
    const { [ref]: _dropped, ...rest } = nextIndex;
    nextIndex = rest;
  }
  let deletedSupervision = false;
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith('supervision:')) continue;
    const supervision = readSupervision(value, key.slice('supervision:'.length));
    const last = latestChange(supervision);
    if (last > 0 && isExpired(last, now, retentionDays)) {
      remove.push(key);
      deletedSupervision = true;
    }
  }
  const indexChanged = plan.expiredCases.length > 0 || plan.oldMarks.length > 0;
  try {
    // Forgotten marks first, so no open panel can write an expired case back.
    if (indexChanged) await browser.storage.local.set({ [STORAGE_KEYS.caseIndex]: nextIndex });
  } catch {
    // Storage is full: deleting must still work. Make room first, then mark.
    if (remove.length > 0) await browser.storage.local.remove(remove);
    await browser.storage.local.set({ [STORAGE_KEYS.caseIndex]: nextIndex });
    return { deletedCases: plan.expiredCases, deletedSupervision };
  }
  if (remove.length > 0) await browser.storage.local.remove(remove);
  return { deletedCases: plan.expiredCases, deletedSupervision };
}

/** "Delete all data": everything Pause Point keeps, on disk and in memory. */
export async function deleteAllData(): Promise<void> {
  await browser.storage.local.clear();
  await browser.storage.session.clear();
  await browser.storage.local.set({ [STORAGE_KEYS.schemaVersion]: SCHEMA_VERSION });
}
