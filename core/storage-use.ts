/**
 * How full Pause Point's storage is, in words for the settings page. The browser gives an
 * extension 10 MB (about 2,750 answered cases); platform/storage-use.ts measures it.
 */

/** Storage is worth mentioning from this share of the quota. */
const FULL_WARNING_SHARE = 0.8;

export interface StorageUse {
  bytes: number;
  quota: number;
  /** How much of it Pack studio drafts take, where the browser says. */
  draftBytes?: number;
}

/** A sentence about how full storage is, or null while it is below FULL_WARNING_SHARE. */
export function storageUseText(use: StorageUse | null): string | null {
  if (!use || use.quota <= 0 || use.bytes < use.quota * FULL_WARNING_SHARE) return null;
  const percent = Math.min(100, Math.floor((use.bytes / use.quota) * 100));
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  const full = `Pause Point’s storage on this device is ${percent}% full (${mb(use.bytes)} MB of ${mb(use.quota)} MB). When it is full, answers cannot be saved.`;
  // Forgetting cases frees little when drafts fill it: say what does.
  if ((use.draftBytes ?? 0) * 2 >= use.bytes) {
    return `${full} Most of it is Pack studio drafts (${mb(use.draftBytes ?? 0)} MB). Delete drafts you no longer need in Pack studio; save a draft as a file first to keep it.`;
  }
  return `${full} Forget cases you no longer need, or keep cases for fewer days.`;
}
