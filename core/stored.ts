/**
 * What Pause Point keeps in browser storage, declared once per key. Each declaration names its
 * key (or, for a kind of item such as one case each, the key's prefix), the schema a stored
 * value must pass, the fallback a reader gets when nothing usable is stored, and the stored
 * version it arrived in. Stored data is outside input: another version of the extension, a bug
 * or a hand edit may have written it, so every read goes through the declaration.
 *
 * The side panel's own items are declared here, since the panel reads them before anything
 * else loads; every other item is declared beside the data it holds, with the same helper.
 * core/all-stored.ts lists them all, with what backups, retention and "Delete all data" do with
 * each. platform/stored.ts reads, writes and watches through a declaration.
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
export const SCHEMA_VERSION = 3;

/** True when the stored version says a newer version of Pause Point wrote what is stored. */
export function isNewerVersion(version: unknown): boolean {
  return typeof version === 'number' && version > SCHEMA_VERSION;
}

/**
 * Why a write was refused when a newer version of Pause Point wrote what is stored: this build
 * cannot know what the newer data means, so writing over it could lose it. Said after what was
 * not saved (core/storage-full.ts, notSavedText).
 */
export const NEWER_DATA_TEXT =
  'What is stored here was written by a newer version of Pause Point, so it was left untouched. Update Pause Point, then try again.';

export type StorageAreaName = 'local' | 'session';

type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** browser.storage.onChanged, or what a test gives instead: core never touches the browser itself. */
export interface StorageEventsLike {
  addListener(listener: (changes: StorageChanges, areaName: string) => void): void;
  removeListener(listener: (changes: StorageChanges, areaName: string) => void): void;
}

/** One change to a declared item: its id ('' for a single item), whether it was removed, the new value read. */
export interface StoredChange<T> {
  id: string;
  removed: boolean;
  /** The new value, checked; the item's fallback when it was removed or cannot be used. */
  value: T;
}

export interface StoredItem<T> {
  readonly area: StorageAreaName;
  /** The key itself or, when `prefix`, how every key of this kind begins (the id follows). */
  readonly key: string;
  readonly prefix: boolean;
  /** What it holds, in words, for problems and for the next reader. */
  readonly what: string;
  /** Every stored value must pass this. */
  readonly schema: v.GenericSchema;
  /** The stored version (SCHEMA_VERSION) in which this item first appeared. */
  readonly since: number;
  /** What a reader gets when nothing usable is stored. */
  readonly fallback: T;
  /** Reads a stored value (undefined when nothing is stored), checked; the fallback when it cannot be used. */
  read(raw: unknown, id: string): T;
  /** The key of the item with this id (a kind of item), or the item's own key. */
  keyOf(id?: string): string;
  /** The id in a key of this item ('' for a single item's own key); null when the key is not its. */
  idOf(key: string): string | null;
  /**
   * Calls `listener` with every change to the item's key, or to any key of its kind, that
   * `events` (browser.storage.onChanged: platform/stored.ts passes it) reports, in this page or
   * any other part of Pause Point. Changes written together arrive in one call. Returns the
   * unsubscribe.
   */
  watch(listener: (changes: StoredChange<T>[]) => void, events: StorageEventsLike): () => void;
}

interface Declaration<T> {
  area?: StorageAreaName;
  what: string;
  schema: v.GenericSchema;
  /** The stored version (SCHEMA_VERSION) in which this item first appeared: 1 unless said. */
  since?: 1 | 2 | 3;
  fallback: T;
  /** How to read a stored value; by default it must pass `schema`, or the fallback is given. */
  read?(raw: unknown, id: string): T;
  /** For a kind of item, which ids may follow the prefix; any string by default. */
  id?: v.GenericSchema;
}

function declare<T>(key: string, prefix: boolean, d: Declaration<T>): StoredItem<T> {
  const read =
    d.read ??
    ((raw: unknown): T => {
      const parsed = v.safeParse(d.schema, raw);
      return parsed.success ? (parsed.output as T) : d.fallback;
    });
  const idOf = (candidate: string): string | null => {
    if (!prefix) return candidate === key ? '' : null;
    if (!candidate.startsWith(key)) return null;
    const id = candidate.slice(key.length);
    return d.id === undefined || v.is(d.id, id) ? id : null;
  };
  const area = d.area ?? 'local';
  const declared: StoredItem<T> = {
    ...d,
    since: d.since ?? 1,
    area,
    key,
    prefix,
    read,
    keyOf: (id = '') => (prefix ? `${key}${id}` : key),
    idOf,
    watch(listener, events) {
      const onChanged = (changes: StorageChanges, areaName: string) => {
        if (areaName !== area) return;
        const heard: StoredChange<T>[] = [];
        for (const [changed, { newValue }] of Object.entries(changes)) {
          const id = idOf(changed);
          if (id === null) continue;
          const removed = newValue === undefined || newValue === null;
          heard.push({ id, removed, value: declared.read(newValue, id) });
        }
        if (heard.length > 0) listener(heard);
      };
      events.addListener(onChanged);
      return () => events.removeListener(onChanged);
    },
  };
  return declared;
}

/** Declares one stored key. */
export function storedItem<T>(key: string, d: Declaration<T>): StoredItem<T> {
  return declare(key, false, d);
}

/** Declares a kind of stored item: one key per id, each `prefix` followed by the id. */
export function storedKind<T>(prefix: string, d: Declaration<T>): StoredItem<T> {
  return declare(prefix, true, d);
}

/**
 * More cases than any practitioner could have: storage holds about 2,750 answered cases, and
 * the case list keeps forgotten ones for a while too. A longer list is not real use, and every
 * tick would rewrite all of it.
 */
export const MAX_CASES = 20_000;
/** More answers than any case can have (a pack has at most 140 prompts). */
const MAX_ANSWERS = 500;

const notTooMany = (max: number) => (value: unknown) =>
  typeof value !== 'object' || value === null || Object.keys(value).length <= max;

export const CaseReferenceSchema = v.pipe(
  v.string(),
  v.maxLength(CASE_REFERENCE_MAX_LENGTH),
  v.check(isCaseReference, 'not a case reference'),
);
const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  v.check((id: string) => !isBuiltInName(id)),
);

const AnswerSchema = v.strictObject({
  state: v.picklist(['done', 'na', 'open']),
  at: TimeSchema,
  /** A short hash of the question's wording it answered (core/wording.ts), never the words. */
  w: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/))),
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

const PANEL_VIEWS = ['checklist', 'resources', 'supervision'] as const;
export type PanelView = (typeof PANEL_VIEWS)[number];

const PanelPlaceSchema = v.strictObject({
  openCase: v.nullable(CaseReferenceSchema),
  /** The view last shown, so the panel reopens where the practitioner left it. */
  view: v.optional(v.picklist(PANEL_VIEWS), 'checklist'),
  /** The moment last chosen: a case opened for the first time starts on it. */
  moment: v.optional(v.picklist([...MOMENT_IDS, 'all'])),
});
export type PanelPlace = v.InferOutput<typeof PanelPlaceSchema>;

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

export function readPanelPlace(raw: unknown): PanelPlace {
  const parsed = v.safeParse(PanelPlaceSchema, raw);
  return parsed.success ? parsed.output : { openCase: null, view: 'checklist' };
}

// The side panel's own items.

export const SCHEMA_VERSION_ITEM = storedItem<number | null>('schemaVersion', {
  what: 'the version of everything below',
  schema: v.pipe(v.number(), v.integer(), v.minValue(1)),
  fallback: null,
});

export const CASE_INDEX = storedItem<{ index: CaseIndex; problem: string | null }>('caseIndex', {
  what: 'the recent cases list',
  schema: CaseIndexSchema,
  fallback: { index: {}, problem: null },
  read: readCaseIndex,
});

export const PANEL = storedItem<PanelPlace>('panel', {
  what: 'the open case and view',
  schema: PanelPlaceSchema,
  fallback: { openCase: null, view: 'checklist' },
  read: readPanelPlace,
});

/**
 * How the key begins that keeps what one case added to this month's counts (core/counting.ts
 * declares it): here so that forgetting a case deletes it without loading the counting code.
 */
export const COUNTED_PREFIX = 'counted:';

/** A stored case that could not be read, kept exactly as found beside the repaired one. */
export const DAMAGED_CASES = storedKind<unknown>('damaged:case:', {
  what: 'an unreadable case, as found',
  schema: v.unknown(),
  fallback: undefined,
  read: (raw) => raw,
});

export const CASES = storedKind<{ checklist: CaseChecklist | null; problem: string | null }>('case:', {
  what: 'one case’s answers, with its pack',
  schema: CaseChecklistSchema,
  fallback: { checklist: null, problem: null },
  read: readCaseChecklist,
});
