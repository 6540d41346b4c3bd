/**
 * What Pause Point keeps in browser.storage.local, key by key, and the schemas every stored
 * value is checked against when it is read back. Stored data is outside input: another
 * version of the extension, a bug or a hand edit may have written it.
 */
import * as v from 'valibot';
import { hasNoBuiltInKeys, isBuiltInName } from './built-in-names';
import type { CaseIndex } from './case-index';
import { CASE_REFERENCE_MAX_LENGTH, isCaseReference } from './case-reference';
import type { CaseChecklist } from './checklist';
import { MOMENT_IDS } from './moments';
import { MAX_TIME, TimeSchema } from './time';

/**
 * The version of everything stored; core/migrations.ts has one numbered step per version (a
 * unit test keeps the two in step). Kept here so that reading current data never loads the
 * migration steps.
 */
export const SCHEMA_VERSION = 2;

/**
 * More cases than any practitioner could have: storage holds about 2,750 answered cases, and
 * the case list keeps forgotten ones for a while too. A longer list is not real use, and every
 * tick would rewrite all of it.
 */
export const MAX_CASES = 20_000;
/** More answers than any case can have (a pack has at most 140 prompts). */
export const MAX_ANSWERS = 500;

const notTooMany = (max: number) => (value: unknown) =>
  typeof value !== 'object' || value === null || Object.keys(value).length <= max;

export const STORAGE_KEYS = {
  schemaVersion: 'schemaVersion',
  caseIndex: 'caseIndex',
  panel: 'panel',
  sites: 'sites',
  prefs: 'prefs',
} as const;

const CASE_KEY_PREFIX = 'case:';

export function caseKey(ref: string): string {
  return `${CASE_KEY_PREFIX}${ref}`;
}

export function refFromCaseKey(key: string): string | null {
  return key.startsWith(CASE_KEY_PREFIX) ? key.slice(CASE_KEY_PREFIX.length) : null;
}

/** Learning packs the practitioner added from a file, each whole under its own key. */
export const PACK_KEY_PREFIX = 'pack:';

export function packKey(id: string): string {
  return `${PACK_KEY_PREFIX}${id}`;
}

const CaseReferenceSchema = v.pipe(
  v.string(),
  v.maxLength(CASE_REFERENCE_MAX_LENGTH),
  v.check(isCaseReference, 'not a case reference'),
);
const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  v.check((id: string) => !isBuiltInName(id)),
);

export const AnswerSchema = v.strictObject({
  state: v.picklist(['done', 'na', 'open']),
  at: TimeSchema,
});

export const CaseChecklistSchema = v.strictObject({
  ref: CaseReferenceSchema,
  packId: IdSchema,
  packVersion: v.pipe(v.string(), v.maxLength(32)),
  resetAt: TimeSchema,
  // Checked before the record, which would drop such keys without a word.
  answers: v.pipe(
    v.unknown(),
    v.check(notTooMany(MAX_ANSWERS), 'more answers than a case can have'),
    v.check(hasNoBuiltInKeys),
    v.record(IdSchema, AnswerSchema),
  ),
  view: v.optional(
    v.strictObject({ moment: v.picklist([...MOMENT_IDS, 'all']), virtual: v.boolean(), at: TimeSchema }),
  ),
});

/** A case's last use, or (negative) when it was forgotten. */
const IndexTimeSchema = v.pipe(
  v.number(),
  v.integer(),
  v.check((at: number) => at !== 0 && Math.abs(at) <= MAX_TIME, 'not a time'),
);

// The count is checked before each entry: a list too long is refused at once.
export const CaseIndexSchema = v.pipe(
  v.unknown(),
  v.check(notTooMany(MAX_CASES), 'more cases than anyone could have'),
  v.record(CaseReferenceSchema, IndexTimeSchema),
);

export const PANEL_VIEWS = ['checklist', 'resources', 'supervision'] as const;
export type PanelView = (typeof PANEL_VIEWS)[number];

export const PanelStateSchema = v.strictObject({
  openCase: v.nullable(CaseReferenceSchema),
  /** The view last shown, so the panel reopens where the practitioner left it. */
  view: v.optional(v.picklist(PANEL_VIEWS), 'checklist'),
  /** The moment last chosen: a case opened for the first time starts on it. */
  moment: v.optional(v.picklist([...MOMENT_IDS, 'all'])),
});
export type PanelState = v.InferOutput<typeof PanelStateSchema>;

/**
 * Reads a stored checklist. When the whole value does not pass, the answers that do pass are
 * kept and the rest reported, so one damaged answer does not cost the practitioner the others.
 */
export function readCaseChecklist(
  raw: unknown,
  ref: string,
): { checklist: CaseChecklist | null; problem: string | null } {
  if (raw === undefined) return { checklist: null, problem: null };
  const whole = v.safeParse(CaseChecklistSchema, raw);
  if (whole.success) {
    return whole.output.ref === ref
      ? { checklist: whole.output, problem: null }
      : { checklist: null, problem: `The saved answers under case ${ref} belong to another case.` };
  }
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const answersRaw =
    typeof record.answers === 'object' && record.answers !== null ? (record.answers as Record<string, unknown>) : {};
  const answers: CaseChecklist['answers'] = {};
  let dropped = 0;
  for (const [id, answer] of Object.entries(answersRaw)) {
    const parsed = v.safeParse(AnswerSchema, answer);
    if (parsed.success && v.is(IdSchema, id)) answers[id] = parsed.output;
    else dropped += 1;
  }
  const packId = v.is(IdSchema, record.packId) ? record.packId : null;
  const packVersion = typeof record.packVersion === 'string' ? record.packVersion : null;
  const resetAt = v.is(TimeSchema, record.resetAt) ? record.resetAt : 0;
  const kept = Object.keys(answers).length;
  if (packId === null || packVersion === null) {
    return { checklist: null, problem: `The saved answers for case ${ref} could not be read.` };
  }
  return {
    checklist: { ref, packId, packVersion, resetAt, answers },
    problem: `Some saved answers for case ${ref} could not be read. ${kept} were kept and ${dropped} could not be used.`,
  };
}

export function readCaseIndex(raw: unknown): { index: CaseIndex; problem: string | null } {
  if (raw === undefined) return { index: {}, problem: null };
  const parsed = v.safeParse(CaseIndexSchema, raw);
  if (parsed.success) return { index: parsed.output, problem: null };
  // Keep every entry that is still good; the list is rebuilt from use.
  const index: CaseIndex = {};
  if (typeof raw === 'object' && raw !== null) {
    let kept = 0;
    for (const [ref, at] of Object.entries(raw)) {
      if (kept >= MAX_CASES) break;
      if (isCaseReference(ref) && v.is(IndexTimeSchema, at)) {
        index[ref] = at;
        kept += 1;
      }
    }
  }
  return { index, problem: 'Part of the list of recent cases could not be read. The rest was kept.' };
}

export function readPanelState(raw: unknown): PanelState {
  const parsed = v.safeParse(PanelStateSchema, raw);
  return parsed.success ? parsed.output : { openCase: null, view: 'checklist' };
}
