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

/**
 * A write Pause Point itself refused, before storage was touched: more drafts or packs than a
 * backup can hold, say. Its message is written for the practitioner and says what to do.
 */
export class RefusedWrite extends Error {
  override name = 'RefusedWrite';
}

/** `what` names what was lost, starting with a capital: "That tick", "The retention period". */
export function notSavedText(what: string, error: unknown, fullAdvice: string = FULL_ADVICE): string {
  if (error instanceof RefusedWrite) return `${what} was not saved. ${error.message}`;
  return isStorageFull(error) ? `${what} was not saved: ${fullAdvice}` : `${what} was not saved. Try again.`;
}

/** What to do when storage is full and Pack studio drafts are what fills it. */
export const FULL_OF_DRAFTS_ADVICE =
  'Pause Point’s storage on this device is full. Delete Pack studio drafts you no longer need (save a draft as a file first to keep it), then try again.';

/** Storage is worth mentioning from this share of the quota. */
export const FULL_WARNING_SHARE = 0.8;

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
