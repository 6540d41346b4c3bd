/**
 * A case reference is the case system's own id for a case (never a name), so Pause Point
 * accepts only the characters such ids use. Anything else is refused with a reason the
 * practitioner can act on.
 */
import { isBuiltInName } from './built-in-names';

export const CASE_REFERENCE_MAX_LENGTH = 40;

const ALLOWED = /^[A-Za-z0-9_/-]+$/;

export type CaseReferenceCheck = { ok: true; ref: string } | { ok: false; reason: string };

/**
 * Whether `ref` (already trimmed) is a usable case reference. Without the reasons, so the
 * case-page script, which only needs yes or no, does not carry their text.
 */
function usable(ref: string): boolean {
  return ref.length > 0 && ref.length <= CASE_REFERENCE_MAX_LENGTH && ALLOWED.test(ref) && !isBuiltInName(ref);
}

export function checkCaseReference(input: string): CaseReferenceCheck {
  const ref = input.trim();
  if (usable(ref)) return { ok: true, ref };
  if (ref.length === 0) {
    return { ok: false, reason: 'Enter the case reference from your case system.' };
  }
  if (ref.length > CASE_REFERENCE_MAX_LENGTH) {
    return {
      ok: false,
      reason: `A case reference can be up to ${CASE_REFERENCE_MAX_LENGTH} characters. This one has ${ref.length}.`,
    };
  }
  if (!ALLOWED.test(ref)) {
    return {
      ok: false,
      reason:
        'Use only the case system’s id: letters, numbers, hyphens (-), underscores (_) and slashes (/). Do not use names or spaces.',
    };
  }
  if (isBuiltInName(ref)) {
    return {
      ok: false,
      reason: `“${ref}” cannot be a case reference: the browser keeps that name for itself. Use the case system’s id.`,
    };
  }
  return { ok: true, ref };
}

export function isCaseReference(value: string): boolean {
  return value === value.trim() && usable(value);
}

/** The reference a piece of text is, trimmed, or null when it is not one. */
export function caseReferenceIn(text: string): string | null {
  const ref = text.trim();
  return usable(ref) ? ref : null;
}
