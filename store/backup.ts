/** Export and import of everything a practitioner has answered, in browser.storage.local. */
import { browser } from 'wxt/browser';
import { type Backup, type ImportMode, type ImportPlan, makeBackup, planImport } from '../core/backup';

export async function exportBackup(now: Date = new Date()): Promise<Backup> {
  return makeBackup(await browser.storage.local.get(null), now);
}

export async function planBackupImport(backup: Backup, mode: ImportMode): Promise<ImportPlan> {
  return planImport(await browser.storage.local.get(null), backup, mode);
}

/**
 * Carries out a checked plan: new values first, then removals, so nothing is lost midway.
 * The plan is made again from what is stored now: answers given in a panel since the preview
 * are merged by time, as two panels merge, not written over.
 */
export async function applyImport(previewed: ImportPlan): Promise<void> {
  const plan = planImport(await browser.storage.local.get(null), previewed.backup, previewed.mode);
  await browser.storage.local.set(plan.set);
  if (plan.remove.length > 0) await browser.storage.local.remove(plan.remove);
}
