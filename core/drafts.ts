/**
 * Pack studio's drafts: packs a partnership is writing, kept in this browser between visits.
 * A draft holds pack text only (the partnership's own words about a review), never anything
 * about a case. Each is stored whole under `draft:<id>`, covered by the one stored schema
 * version, by backups and by "Delete all data".
 */
import * as v from 'valibot';
import { readJson } from './json';
import { type DraftPack, readDraftPack } from './pack/edit';
import { MAX_PACK_BYTES } from './pack/file';
import { TimeSchema } from './time';

export const DRAFT_KEY_PREFIX = 'draft:';
/** More drafts than one person writes; a backup holding more is not real use. */
export const MAX_DRAFTS = 50;

export const DraftIdSchema = v.pipe(v.string(), v.regex(/^d[0-9a-z]{1,20}$/, 'not a draft id'));

export const DraftSchema = v.strictObject({
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

export function draftKey(id: string): string {
  return `${DRAFT_KEY_PREFIX}${id}`;
}

export function draftIdFromKey(key: string): string | null {
  if (!key.startsWith(DRAFT_KEY_PREFIX)) return null;
  const id = key.slice(DRAFT_KEY_PREFIX.length);
  return v.is(DraftIdSchema, id) ? id : null;
}

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
