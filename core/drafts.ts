/**
 * Pack studio's drafts: packs a partnership is writing, kept in this browser between visits.
 * A draft holds pack text only (the partnership's own words about a review), never anything
 * about a case. Each is stored whole under `draft:<id>`, covered by the one stored schema
 * version, by backups and by "Delete all data".
 */
import * as v from 'valibot';
import { readJson } from './json';
import { type DraftPack, readDraftPack } from './pack/edit';
import { MAX_PACK_BYTES, utf8Length } from './pack/file';
import { storedKind } from './stored';
import { formatDateTime, TimeSchema } from './time';

/** More drafts than one person writes; a backup holding more is not real use. */
export const MAX_DRAFTS = 50;

const DraftIdSchema = v.pipe(v.string(), v.regex(/^d[0-9a-z]{1,20}$/, 'not a draft id'));

const DraftSchema = v.strictObject({
  startedAt: TimeSchema,
  updatedAt: TimeSchema,
  /**
   * The pack as written so far, as JSON text: unfinished, so not yet a pack the validator
   * would pass. Text, at most the size of a pack file, because it is checked only on reading.
   */
  packText: v.pipe(v.string(), v.maxLength(MAX_PACK_BYTES)),
  /**
   * The pack's fingerprint (core/pack-draft.ts) when it was last saved, or as it was when
   * copied or opened; absent for a new pack not yet saved. Saving a pack whose fingerprint
   * differs raises its version.
   */
  savedFingerprint: v.optional(v.pipe(v.string(), v.maxLength(40))),
});
export type StoredDraft = v.InferOutput<typeof DraftSchema>;

/** A draft as a backup holds it: with its id, since a backup has no keys. */
export const BackupDraftSchema = v.strictObject({ id: DraftIdSchema, ...DraftSchema.entries });
export type BackupDraft = v.InferOutput<typeof BackupDraftSchema>;

/** A new draft's id, from the time it was started: short, and unique for one person. */
export function newDraftId(now: number): string {
  return `d${now.toString(36)}`;
}

export interface OpenDraft {
  id: string;
  stored: StoredDraft;
  pack: DraftPack;
}

/** Reads a stored draft; null when it is not one (a draft is outside input like all storage). */
export function readDraft(id: string, raw: unknown): OpenDraft | null {
  const parsed = v.safeParse(DraftSchema, raw);
  if (!parsed.success) return null;
  const read = readJson(parsed.output.packText);
  if (!read.ok) return null;
  return { id, stored: parsed.output, pack: readDraftPack(read.value) };
}

/**
 * A draft as Pack studio writes it, or why it cannot be kept: one that would be larger than a
 * pack may be could never be read back, and would vanish from "Your drafts".
 */
export function draftProblem(draft: StoredDraft): string | null {
  // Bytes, as a file is measured: text outside ASCII takes more than one byte a character.
  if (draft.packText.length > MAX_PACK_BYTES || utf8Length(draft.packText) > MAX_PACK_BYTES) {
    return 'Your draft is now larger than 1 MB, the most a learning pack can be, so this change was not kept. Remove some text and it will be kept again.';
  }
  return v.is(DraftSchema, draft)
    ? null
    : 'Your draft could not be kept: part of it is not in a form Pause Point keeps.';
}

/** What to do when storage is full, said in Pack studio: drafts are what it can free there. */
export const FULL_OF_DRAFTS_ADVICE =
  'Pause Point’s storage on this device is full. Delete Pack studio drafts you no longer need (save a draft as a file first to keep it), then try again.';

/** The words when a browser already keeps as many drafts as it can. */
export const TOO_MANY_DRAFTS = `This browser already keeps ${MAX_DRAFTS} drafts, the most it can. Delete drafts you no longer need, then start again.`;

/** The words when an open draft is found deleted elsewhere as it is saved: it is not written back. */
export const DRAFT_DELETED_ELSEWHERE =
  'This draft was deleted in another tab or by “Delete all data”, so it was not written back.';

/** Pack studio's drafts, each whole under `draft:<id>`; new in stored version 2. */
export const DRAFTS = storedKind<StoredDraft | null>('draft:', {
  what: 'a pack being written in Pack studio (pack text only)',
  schema: DraftSchema,
  id: DraftIdSchema,
  since: 2,
  fallback: null,
  // The text is read as a pack only when the draft is opened or listed (readDraft).
});

/** What the start page knows of a draft, to name it. */
export interface DraftName {
  title: string;
  version: string;
  updatedAt: number;
}

/**
 * A name for each draft that no other draft on the list has, for the words on the page and the
 * accessible names of its buttons: its title and version, then its last change when two share
 * those, then a number when even that is shared (two copies made in the same minute).
 */
export function draftNames(drafts: readonly DraftName[]): string[] {
  const base = drafts.map((d) => `“${d.title.trim() || 'Untitled pack'}”, version ${d.version.trim() || '1.0.0'}`);
  const count = (names: string[], name: string) => names.filter((n) => n === name).length;
  const dated = base.map((name, i) =>
    count(base, name) > 1 ? `${name}, changed ${formatDateTime(drafts[i]?.updatedAt ?? 0)}` : name,
  );
  const seen = new Map<string, number>();
  return dated.map((name) => {
    if (count(dated, name) === 1) return name;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return `${name} (${n} of ${count(dated, name)})`;
  });
}
