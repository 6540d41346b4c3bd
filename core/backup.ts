/**
 * Backups: everything a practitioner has answered, as one JSON file, and the checks a file
 * must pass before anything is imported from it. An import is planned in full first (what
 * it adds, what it replaces) and only then carried out, so a bad file changes nothing.
 *
 * Case-system sites are not in a backup: each needs the browser's permission again, so they
 * are turned on again on purpose.
 */
import * as v from 'valibot';
import { type CaseIndex, mergeCaseIndexes } from './case-index';
import { type CaseChecklist, mergeChecklists, sameChecklist } from './checklist';
import { type BackupDraft, BackupDraftSchema, DraftSchema, draftIdFromKey, draftKey, MAX_DRAFTS } from './drafts';
import { readJson } from './json';
import { checkPack } from './pack/file';
import { BUILT_IN_PACK_IDS } from './pack/info';
import { type Pack, PackSchema } from './pack/schema';
import { PrefsSchema, readPrefs } from './sites';
import {
  CaseChecklistSchema,
  CaseIndexSchema,
  caseKey,
  MAX_CASES,
  PACK_KEY_PREFIX,
  packKey,
  readCaseChecklist,
  readCaseIndex,
  refFromCaseKey,
  SCHEMA_VERSION,
  STORAGE_KEYS,
} from './stored-data';
import { mergeSupervision, readSupervision, type Supervision, SupervisionSchema, supervisionKey } from './supervision';
import { IsoTimeSchema } from './time';

export const BACKUP_FORMAT = 'pause-point-backup';
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: IsoTimeSchema,
  cases: v.pipe(v.array(CaseChecklistSchema), v.maxLength(MAX_CASES)),
  caseIndex: CaseIndexSchema,
  supervision: v.pipe(v.array(SupervisionSchema), v.maxLength(100)),
  prefs: v.optional(PrefsSchema),
  /** Learning packs the practitioner added from files; cases answered with them need them. */
  packs: v.optional(v.pipe(v.array(PackSchema), v.maxLength(50))),
  /** Packs being written in Pack studio: the partnership's text, kept like everything else. */
  drafts: v.optional(v.pipe(v.array(BackupDraftSchema), v.maxLength(MAX_DRAFTS))),
});

export type Backup = v.InferOutput<typeof BackupSchema>;

/** Everything stored that belongs in a backup, from a snapshot of storage. */
export function makeBackup(snapshot: Readonly<Record<string, unknown>>, now: Date): Backup {
  const cases: CaseChecklist[] = [];
  const supervision: Supervision[] = [];
  const packs: Pack[] = [];
  const drafts: BackupDraft[] = [];
  for (const [key, value] of Object.entries(snapshot)) {
    const ref = refFromCaseKey(key);
    const draftId = draftIdFromKey(key);
    if (draftId !== null) {
      const draft = v.safeParse(DraftSchema, value);
      if (draft.success) drafts.push({ id: draftId, ...draft.output });
    } else if (key.startsWith(PACK_KEY_PREFIX)) {
      const checked = checkPack(value, BUILT_IN_PACK_IDS);
      if (checked.ok && packKey(checked.pack.id) === key) packs.push(checked.pack);
    } else if (ref !== null) {
      const { checklist, problem } = readCaseChecklist(value, ref);
      if (checklist && problem === null) cases.push(checklist);
    } else if (key.startsWith('supervision:')) {
      supervision.push(readSupervision(value, key.slice('supervision:'.length)));
    }
  }
  return {
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    cases: cases.sort((a, b) => a.ref.localeCompare(b.ref)),
    caseIndex: readCaseIndex(snapshot[STORAGE_KEYS.caseIndex]).index,
    supervision,
    // Settings go in only if the practitioner ever changed them, so a restore is exact.
    ...(snapshot[STORAGE_KEYS.prefs] === undefined ? {} : { prefs: readPrefs(snapshot[STORAGE_KEYS.prefs]) }),
    ...(packs.length === 0 ? {} : { packs: packs.sort((a, b) => a.id.localeCompare(b.id)) }),
    ...(drafts.length === 0 ? {} : { drafts: drafts.sort((a, b) => a.id.localeCompare(b.id)) }),
  };
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; reason: string };

/** Checks a file's text completely; says why in plain words when it cannot be used. */
export function readBackup(text: string, byteLength: number = new TextEncoder().encode(text).length): BackupCheck {
  if (byteLength > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      reason: 'This file is larger than 5 MB, so it is not a Pause Point backup. Nothing was changed.',
    };
  }
  const read = readJson(text);
  if (!read.ok && read.problem === 'not-json') {
    return {
      ok: false,
      reason: 'This file is not a Pause Point backup (it is not readable JSON). Nothing was changed.',
    };
  }
  if (!read.ok) {
    return { ok: false, reason: 'This file contains names that are not allowed in a backup. Nothing was changed.' };
  }
  const raw = read.value;
  const format = (raw as { format?: unknown } | null)?.format;
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (format !== BACKUP_FORMAT) {
    return { ok: false, reason: 'This file is not a Pause Point backup. Nothing was changed.' };
  }
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return {
      ok: false,
      reason:
        'This backup was made by a newer version of Pause Point. Update Pause Point, then import it. Nothing was changed.',
    };
  }
  // An older backup is read as it is: each stored version so far only added kinds of data.
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'This backup is of a version Pause Point does not know. Nothing was changed.' };
  }
  const tooMany = countProblem(raw as Record<string, unknown>);
  if (tooMany) return { ok: false, reason: `${tooMany} Nothing was changed.` };
  // The first problem is enough to refuse the file; listing them all took seconds on junk.
  const parsed = v.safeParse(BackupSchema, raw, { abortEarly: true });
  if (!parsed.success) {
    const where = parsed.issues[0].path?.map((item) => String(item.key)).join('.');
    return {
      ok: false,
      reason: `This backup is damaged${where ? ` (at ${where})` : ''}, so none of it was imported. Nothing was changed.`,
    };
  }
  // A pack must pass every check a pack file passes, not only its shape.
  const badPack = (parsed.output.packs ?? []).findIndex((pack) => !checkPack(pack, BUILT_IN_PACK_IDS).ok);
  if (badPack >= 0) {
    return {
      ok: false,
      reason: `This backup is damaged (at packs.${badPack}), so none of it was imported. Nothing was changed.`,
    };
  }
  return { ok: true, backup: parsed.output };
}

/**
 * Sizes first, before anything is checked deeply: a file with more of anything than a
 * practitioner could have is refused at once, in words.
 */
function countProblem(raw: Record<string, unknown>): string | null {
  const count = (value: unknown) =>
    Array.isArray(value) ? value.length : typeof value === 'object' && value !== null ? Object.keys(value).length : 0;
  if (count(raw.cases) > MAX_CASES || count(raw.caseIndex) > MAX_CASES) {
    return `This backup has more cases than anyone could have (over ${MAX_CASES.toLocaleString('en-GB')}), so it was not imported.`;
  }
  if (count(raw.supervision) > 100 || count(raw.packs) > 50 || count(raw.drafts) > MAX_DRAFTS) {
    return 'This backup has more supervision answers or learning packs than Pause Point can hold, so it was not imported.';
  }
  return null;
}

export type ImportMode = 'merge' | 'replace';

export interface ImportPlan {
  added: string[];
  /** Cases already here that the import changes (merged answers, or replaced). */
  replaced: string[];
  /** Cases here that a replacing import removes. */
  removed: string[];
  /** Titles of the learning packs the import adds or updates. */
  packs: string[];
  set: Record<string, unknown>;
  remove: string[];
  /** What the plan was made from, so it can be made again from what is stored when carried out. */
  backup: Backup;
  mode: ImportMode;
}

/** Works out, without touching storage, what importing a backup changes. */
export function planImport(snapshot: Readonly<Record<string, unknown>>, backup: Backup, mode: ImportMode): ImportPlan {
  const current = makeBackup(snapshot, new Date(0));
  const here = new Map(current.cases.map((c) => [c.ref, c]));
  const incoming = new Set(backup.cases.map((c) => c.ref));
  const set: Record<string, unknown> = {};
  const added: string[] = [];
  const replaced: string[] = [];
  for (const checklist of backup.cases) {
    const existing = here.get(checklist.ref);
    const next = mode === 'merge' && existing ? mergeChecklists(existing, checklist) : checklist;
    if (!existing) added.push(checklist.ref);
    else if (!sameChecklist(existing, next)) replaced.push(checklist.ref);
    set[caseKey(checklist.ref)] = next;
  }
  const removed = mode === 'replace' ? current.cases.map((c) => c.ref).filter((ref) => !incoming.has(ref)) : [];
  const index: CaseIndex = mode === 'merge' ? mergeCaseIndexes(current.caseIndex, backup.caseIndex) : backup.caseIndex;
  set[STORAGE_KEYS.caseIndex] = index;
  for (const s of backup.supervision) {
    const key = supervisionKey(s.packId);
    const existing = current.supervision.find((x) => x.packId === s.packId);
    set[key] = mode === 'merge' && existing ? mergeSupervision(existing, s) : s;
  }
  if (backup.prefs && mode === 'replace') set[STORAGE_KEYS.prefs] = backup.prefs;
  for (const pack of backup.packs ?? []) set[packKey(pack.id)] = pack;
  for (const { id, ...draft } of backup.drafts ?? []) {
    // Merging keeps whichever copy of a draft was written to last.
    const here = current.drafts?.find((d) => d.id === id);
    if (mode === 'replace' || !here || here.updatedAt <= draft.updatedAt) set[draftKey(id)] = draft;
  }
  const remove = [
    ...removed.map(caseKey),
    ...(mode === 'replace'
      ? current.supervision
          .filter((s) => !backup.supervision.some((b) => b.packId === s.packId))
          .map((s) => supervisionKey(s.packId))
      : []),
    ...(mode === 'replace'
      ? (current.packs ?? []).filter((p) => !backup.packs?.some((b) => b.id === p.id)).map((p) => packKey(p.id))
      : []),
    ...(mode === 'replace'
      ? (current.drafts ?? []).filter((d) => !backup.drafts?.some((b) => b.id === d.id)).map((d) => draftKey(d.id))
      : []),
  ];
  const packs = (backup.packs ?? []).map((p) => p.title);
  return { added: added.sort(), replaced: replaced.sort(), removed: removed.sort(), packs, set, remove, backup, mode };
}
