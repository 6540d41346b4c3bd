/** Export and import of everything a practitioner has answered, in browser.storage.local. */
import { browser } from 'wxt/browser';
import {
  type Backup,
  type ImportMode,
  type ImportPlan,
  type ImportRetention,
  makeBackup,
  planImport,
} from '../core/backup';
import { COUNTS_LOCK, withWebLock } from '../platform/locks';
import { RefusedWrite } from '../platform/stored';

export async function exportBackup(now: Date = new Date()): Promise<Backup> {
  return makeBackup(await browser.storage.local.get(null), now);
}

/** `managedDays`: the organisation's retention period, which wins over the practitioner's own. */
export async function planBackupImport(backup: Backup, mode: ImportMode, managedDays?: number): Promise<ImportPlan> {
  return planImport(await browser.storage.local.get(null), backup, mode, retentionNow(managedDays));
}

const retentionNow = (managedDays?: number): ImportRetention =>
  managedDays === undefined ? { now: Date.now() } : { now: Date.now(), managedDays };

/**
 * Carries out a checked plan: new values first, then removals, so nothing is lost midway.
 * The plan is made again from what is stored now: answers given in a panel since the preview
 * are merged by time, as two panels merge, not written over; and data written by a newer
 * version of Pause Point since is left untouched (RefusedWrite, saying so).
 */
export function applyImport(previewed: ImportPlan, managedDays?: number): Promise<ImportPlan> {
  // Holding the counts' lock: a panel counting meanwhile cannot write a month over the imported one.
  return withWebLock(COUNTS_LOCK, async () => {
    const plan = planImport(
      await browser.storage.local.get(null),
      previewed.backup,
      previewed.mode,
      retentionNow(managedDays),
    );
    if (plan.refused) throw new RefusedWrite(plan.refused);
    await browser.storage.local.set(plan.set);
    if (plan.remove.length > 0) await browser.storage.local.remove(plan.remove);
    return plan;
  });
}
