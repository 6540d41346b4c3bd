/**
 * Words for a write that failed, and for how full storage is. Browser storage for an
 * extension holds 10 MB (about 2,750 answered cases); past that every write fails, and the
 * practitioner must be told, where it happened, what was not saved and what to do.
 */

/** Chrome and Firefox both name the quota in the error they give for a full storage area. */
export function isStorageFull(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /quota/i.test(message);
}

const FULL_ADVICE =
  'Pause Point’s storage on this device is full. Forget cases you no longer need, or keep cases for fewer days (in Settings), then try again.';

/** `what` names what was lost, starting with a capital: "That tick", "The retention period". */
export function notSavedText(what: string, error: unknown): string {
  return isStorageFull(error) ? `${what} was not saved: ${FULL_ADVICE}` : `${what} was not saved. Try again.`;
}

/** Storage is worth mentioning from this share of the quota. */
export const FULL_WARNING_SHARE = 0.8;

export interface StorageUse {
  bytes: number;
  quota: number;
}

/** A sentence about how full storage is, or null while it is below FULL_WARNING_SHARE. */
export function storageUseText(use: StorageUse | null): string | null {
  if (!use || use.quota <= 0 || use.bytes < use.quota * FULL_WARNING_SHARE) return null;
  const percent = Math.min(100, Math.floor((use.bytes / use.quota) * 100));
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `Pause Point’s storage on this device is ${percent}% full (${mb(use.bytes)} MB of ${mb(use.quota)} MB). When it is full, answers cannot be saved. Forget cases you no longer need, or keep cases for fewer days.`;
}
