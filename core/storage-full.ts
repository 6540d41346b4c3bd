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
  // A write Pause Point refused itself (platform/stored.ts, RefusedWrite) says why in its message.
  if (error instanceof Error && error.name === 'RefusedWrite') return `${what} was not saved. ${error.message}`;
  return isStorageFull(error) ? `${what} was not saved: ${FULL_ADVICE}` : `${what} was not saved. Try again.`;
}
