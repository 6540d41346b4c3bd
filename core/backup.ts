/**
 * Backups: everything a practitioner has answered, as one JSON file, and the checks a file
 * must pass before anything is imported from it. An import is planned in full first (what
 * it adds, what it replaces) and only then carried out, so a bad file changes nothing.
 *
 * Case-system sites are not in a backup: each needs the browser's permission again, so they
 * are turned on again on purpose.
 */
import * as v from 'valibot';
import { storedItemOf } from './all-stored';
import { own } from './built-in-names';
import { type CaseIndex, mergeCaseIndexes } from './case-index';
import { type CaseChecklist, mergeChecklists, sameChecklist } from './checklist';
import {
  CaseCountedSchema,
  COUNTED,
  COUNTS,
  COUNTS_RETENTION_MONTHS,
  countedExpired,
  countsExpired,
  MonthCountsSchema,
  MonthIdSchema,
} from './counting';
import { type BackupDraft, BackupDraftSchema, DRAFTS, draftProblem, MAX_DRAFTS, readDraft } from './drafts';
import { readJson } from './json';
import { ADDED_PACKS, checkPack, MAX_ADDED_PACKS } from './pack/file';
import { BUILT_IN_PACK_IDS } from './pack/info';
import { type Pack, PackSchema } from './pack/schema';
import { caseLastChanged, isExpired } from './retention';
import { PREFS, type Prefs, PrefsSchema } from './sites';
import { RandomTokenSchema, SNAPSHOT_DEVICE } from './snapshot-device';
import {
  CASE_INDEX,
  CASES,
  CaseChecklistSchema,
  CaseIndexSchema,
  CaseReferenceSchema,
  MAX_CASES,
  SCHEMA_VERSION,
  SCHEMA_VERSION_ITEM,
} from './stored';
import { mergeSupervision, SUPERVISION, type Supervision, SupervisionSchema } from './supervision';
import { IsoTimeSchema } from './time';

export const BACKUP_FORMAT = 'pause-point-backup';
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

/**
 * A backup's file text: laid out for reading where that fits within what an import accepts,
 * and written compactly where it would not (the layout alone makes a file about 1.7 times
 * larger, and a practitioner's own export must always be one Pause Point can restore).
 */
export function backupText(backup: Backup): string {
  const laidOut = JSON.stringify(backup, null, 2);
  return new TextEncoder().encode(laidOut).length <= MAX_BACKUP_BYTES ? laidOut : JSON.stringify(backup);
}
/** More supervision records than a browser has packs for. */
const MAX_SUPERVISION = 100;
/**
 * A backup file may hold more drafts or packs than a browser keeps (a backup made while two
 * Pack studio tabs raced past the limit, say): an import takes what fits and says what it left.
 * Past this many it is not a file Pause Point made.
 */
const MAX_IN_FILE = 1000;

/** The months counts are kept for, and the current one, with room for a clock that is out. */
const MAX_COUNT_MONTHS = COUNTS_RETENTION_MONTHS + 12;
const BackupCountsSchema = v.strictObject({ month: MonthIdSchema, ...MonthCountsSchema.entries });
const BackupCountedSchema = v.strictObject({ ref: CaseReferenceSchema, ...CaseCountedSchema.entries });

const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: IsoTimeSchema,
  cases: v.pipe(v.array(CaseChecklistSchema), v.maxLength(MAX_CASES)),
  caseIndex: CaseIndexSchema,
  supervision: v.pipe(v.array(SupervisionSchema), v.maxLength(MAX_SUPERVISION)),
  prefs: v.optional(PrefsSchema),
  /** Learning packs the practitioner added from files; cases answered with them need them. */
  packs: v.optional(v.pipe(v.array(PackSchema), v.maxLength(MAX_IN_FILE))),
  /** Packs being written in Pack studio: the partnership's text, kept like everything else. */
  drafts: v.optional(v.pipe(v.array(BackupDraftSchema), v.maxLength(MAX_IN_FILE))),
  /** The counts of questions considered, one entry a month (no case in them). */
  counts: v.optional(v.pipe(v.array(BackupCountsSchema), v.maxLength(MAX_COUNT_MONTHS))),
  /** What each case in the backup added to this month's counts, so it is not counted twice once restored. */
  counted: v.optional(v.pipe(v.array(BackupCountedSchema), v.maxLength(MAX_CASES))),
  /** The random token in this device's learning snapshots (core/snapshot.ts). */
  snapshotDevice: v.optional(RandomTokenSchema),
});

export type Backup = v.InferOutput<typeof BackupSchema>;

/**
 * Everything stored that belongs in a backup, from a snapshot of storage: each declared item
 * with a backup role (core/all-stored.ts), in the part of the file its role names.
 */
export function makeBackup(snapshot: Readonly<Record<string, unknown>>, now: Date): Backup {
  const parts: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snapshot)) {
    const found = storedItemOf(key);
    const role = found?.backup;
    if (!found || !role) continue;
    const entry = role.entry(value, found.id, snapshot);
    if (entry === null || entry === undefined) continue;
    if (!found.item.prefix) parts[role.part] = entry;
    else if (Array.isArray(parts[role.part])) (parts[role.part] as unknown[]).push(entry);
    else parts[role.part] = [entry];
  }
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => a.id.localeCompare(b.id));
  const cases = (parts.cases ?? []) as CaseChecklist[];
  const packs = (parts.packs ?? []) as Pack[];
  const drafts = (parts.drafts ?? []) as BackupDraft[];
  const counts = (parts.counts ?? []) as BackupCounts[];
  const counted = (parts.counted ?? []) as BackupCounted[];
  return {
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    cases: cases.sort((a, b) => a.ref.localeCompare(b.ref)),
    caseIndex: (parts.caseIndex ?? {}) as CaseIndex,
    supervision: (parts.supervision ?? []) as Supervision[],
    // Settings go in only if the practitioner ever changed them, so a restore is exact.
    ...(parts.prefs === undefined ? {} : { prefs: parts.prefs as Prefs }),
    ...(packs.length === 0 ? {} : { packs: byId(packs) }),
    ...(drafts.length === 0 ? {} : { drafts: byId(drafts) }),
    ...(counts.length === 0 ? {} : { counts: counts.sort((a, b) => a.month.localeCompare(b.month)) }),
    ...(counted.length === 0 ? {} : { counted: counted.sort((a, b) => a.ref.localeCompare(b.ref)) }),
    ...(typeof parts.snapshotDevice === 'string' ? { snapshotDevice: parts.snapshotDevice } : {}),
  };
}

type BackupCounts = v.InferOutput<typeof BackupCountsSchema>;
type BackupCounted = v.InferOutput<typeof BackupCountedSchema>;

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
  const many = (n: number) => n.toLocaleString('en-GB');
  if (count(raw.cases) > MAX_CASES || count(raw.caseIndex) > MAX_CASES) {
    return `This backup has more cases than anyone could have (over ${many(MAX_CASES)}), so it was not imported.`;
  }
  if (count(raw.supervision) > MAX_SUPERVISION) {
    return `This backup has supervision answers for more than ${MAX_SUPERVISION} packs, more than Pause Point can hold, so it was not imported.`;
  }
  if (count(raw.packs) > MAX_IN_FILE) {
    return `This backup has ${many(count(raw.packs))} learning packs; Pause Point keeps at most ${MAX_ADDED_PACKS}, so it was not imported.`;
  }
  if (count(raw.counts) > MAX_COUNT_MONTHS) {
    return `This backup has counts for ${many(count(raw.counts))} months; Pause Point keeps ${COUNTS_RETENTION_MONTHS}, so it was not imported.`;
  }
  if (count(raw.drafts) > MAX_IN_FILE) {
    return `This backup has ${many(count(raw.drafts))} Pack studio drafts; Pause Point keeps at most ${MAX_DRAFTS}, so it was not imported.`;
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
  /** Cases in the backup left out because they are already past the retention period. */
  expired: string[];
  /** What the import leaves out and why, one sentence each: the rest is imported. */
  skipped: string[];
  /** Why nothing can be imported at all, or null. */
  refused: string | null;
  set: Record<string, unknown>;
  remove: string[];
  /** What the plan was made from, so it can be made again from what is stored when carried out. */
  backup: Backup;
  mode: ImportMode;
}

/** Retention, for leaving out cases already past it: they would be deleted at once. */
export interface ImportRetention {
  now: number;
  /** The organisation's period, which wins over the practitioner's own. */
  managedDays?: number;
}

const NEWER_HERE =
  'The data here was written by a newer version of Pause Point. Nothing was imported, so it is left untouched; update Pause Point, then import the backup.';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * Those of `incoming` (ids) that fit beside `kept` already here, at most `max` in all: any
 * that are already here always fit (they replace), then new ones in the given order.
 */
function takeWhatFits<T>(incoming: T[], idOf: (item: T) => string, here: ReadonlySet<string>, max: number) {
  const taken: T[] = [];
  const left: T[] = [];
  let count = here.size;
  for (const item of incoming) {
    if (here.has(idOf(item))) taken.push(item);
    else if (count < max) {
      taken.push(item);
      count += 1;
    } else left.push(item);
  }
  return { taken, left };
}

/**
 * Works out, without touching storage, what importing a backup changes. It takes what fits
 * (drafts and packs up to what a browser keeps) and says in `skipped` what it left and why;
 * with `retention`, cases already past the retention period are left too.
 */
export function planImport(
  snapshot: Readonly<Record<string, unknown>>,
  backup: Backup,
  mode: ImportMode,
  retention?: ImportRetention,
): ImportPlan {
  const version = snapshot[SCHEMA_VERSION_ITEM.key];
  const empty = {
    added: [],
    replaced: [],
    removed: [],
    packs: [],
    expired: [],
    skipped: [],
    set: {},
    remove: [],
    backup,
    mode,
  };
  if (typeof version === 'number' && version > SCHEMA_VERSION) return { ...empty, refused: NEWER_HERE };
  const current = makeBackup(snapshot, new Date(0));
  const skipped: string[] = [];

  // Cases already past retention, judged each by its own latest answer (and its time in the
  // lists, where that is a real time): they would only be deleted again.
  const expired = new Set<string>();
  if (retention) {
    const prefs = mode === 'replace' && backup.prefs ? backup.prefs : PREFS.read(snapshot[PREFS.key], '');
    const days = retention.managedDays ?? prefs.retentionDays;
    for (const checklist of backup.cases) {
      const listed = Math.max(0, own(backup.caseIndex, checklist.ref) ?? 0, own(current.caseIndex, checklist.ref) ?? 0);
      const last = Math.max(caseLastChanged(checklist), listed);
      if (!current.cases.some((c) => c.ref === checklist.ref) && isExpired(last, retention.now, days)) {
        expired.add(checklist.ref);
      }
    }
    if (expired.size > 0) {
      skipped.push(
        `${plural(expired.size, 'case was', 'cases were')} left out: untouched for longer than cases are kept (${days} days), so ${expired.size === 1 ? 'it' : 'they'} would be deleted at once.`,
      );
    }
  }
  const cases = backup.cases.filter((c) => !expired.has(c.ref));
  const here = new Map(current.cases.map((c) => [c.ref, c]));
  const incoming = new Set(cases.map((c) => c.ref));
  const set: Record<string, unknown> = {};
  const added: string[] = [];
  const replaced: string[] = [];
  for (const checklist of cases) {
    const existing = here.get(checklist.ref);
    const next = mode === 'merge' && existing ? mergeChecklists(existing, checklist) : checklist;
    if (!existing) added.push(checklist.ref);
    else if (!sameChecklist(existing, next)) replaced.push(checklist.ref);
    set[CASES.keyOf(checklist.ref)] = next;
  }
  const removed = mode === 'replace' ? current.cases.map((c) => c.ref).filter((ref) => !incoming.has(ref)) : [];
  const backupIndex = Object.fromEntries(Object.entries(backup.caseIndex).filter(([ref]) => !expired.has(ref)));
  const index: CaseIndex = mode === 'merge' ? mergeCaseIndexes(current.caseIndex, backupIndex) : backupIndex;
  set[CASE_INDEX.key] = index;
  for (const s of backup.supervision) {
    const existing = current.supervision.find((x) => x.packId === s.packId);
    set[SUPERVISION.keyOf(s.packId)] = mode === 'merge' && existing ? mergeSupervision(existing, s) : s;
  }
  if (backup.prefs && mode === 'replace') set[PREFS.key] = backup.prefs;

  // Packs: those here stay (merging), and new ones fit up to what a browser keeps.
  const packsHere = new Set(mode === 'merge' ? (current.packs ?? []).map((p) => p.id) : []);
  const packs = takeWhatFits(backup.packs ?? [], (p) => p.id, packsHere, MAX_ADDED_PACKS);
  for (const pack of packs.taken) set[ADDED_PACKS.keyOf(pack.id)] = pack;
  if (packs.left.length > 0) {
    skipped.push(
      `${plural(packs.left.length, 'learning pack was', 'learning packs were')} left out (${packs.left.map((p) => p.title).join(', ')}): this browser keeps at most ${MAX_ADDED_PACKS} added packs.`,
    );
  }
  // Drafts: the ones written to last first. A draft Pack studio could never open (not a
  // draft's JSON) or keep (over 1 MB as a file counts it) is left out: stored, it lay unseen
  // in "Your drafts", or opened only to refuse every change.
  const readable = (backup.drafts ?? []).filter(
    ({ id, ...d }) => draftProblem(d) === null && readDraft(id, d) !== null,
  );
  const unreadable = (backup.drafts ?? []).length - readable.length;
  if (unreadable > 0) {
    skipped.push(
      `${plural(unreadable, 'Pack studio draft was', 'Pack studio drafts were')} left out: larger than 1 MB, or not a draft Pack studio can read, so ${unreadable === 1 ? 'it' : 'they'} could never be opened or kept.`,
    );
  }
  const draftsHere = new Set(mode === 'merge' ? (current.drafts ?? []).map((d) => d.id) : []);
  const newestFirst = readable.sort((a, b) => b.updatedAt - a.updatedAt);
  const drafts = takeWhatFits(newestFirst, (d) => d.id, draftsHere, MAX_DRAFTS);
  for (const { id, ...draft } of drafts.taken) {
    // Merging keeps whichever copy of a draft was written to last.
    const kept = current.drafts?.find((d) => d.id === id);
    if (mode === 'replace' || !kept || kept.updatedAt <= draft.updatedAt) set[DRAFTS.keyOf(id)] = draft;
  }
  if (drafts.left.length > 0) {
    skipped.push(
      `${plural(drafts.left.length, 'Pack studio draft was', 'Pack studio drafts were')} left out, the ones written to longest ago: this browser keeps at most ${MAX_DRAFTS} drafts.`,
    );
  }
  // Counts: a month already here is kept as it is (the same device's counts would be added
  // twice); a month past what counts are kept for is left out.
  const countsHere = new Set(mode === 'merge' ? (current.counts ?? []).map((c) => c.month) : []);
  const countsIn = (backup.counts ?? []).filter((c) => !(retention && countsExpired(c.month, retention.now)));
  const countsTaken = new Set(countsIn.map((c) => c.month).filter((month) => !countsHere.has(month)));
  for (const { month, ...counts } of countsIn) if (countsTaken.has(month)) set[COUNTS.keyOf(month)] = counts;
  // What a case added to the counts goes with the counts it added to: taken from the backup only
  // with its month's counts (a month kept as it is here keeps this device's own records), for a
  // case the backup brings, and only while its month lasts. Replacing, this device's own records
  // go with the counts they belonged to.
  const countedIn = new Set<string>();
  for (const { ref, ...counted } of backup.counted ?? []) {
    if (!incoming.has(ref) || !countsTaken.has(counted.month)) continue;
    if (retention && countedExpired(counted, retention.now)) continue;
    set[COUNTED.keyOf(ref)] = counted;
    countedIn.add(ref);
  }
  // The snapshot token: replacing restores the backup's; merging keeps this device's, if it has one.
  const tokenHere = SNAPSHOT_DEVICE.read(snapshot[SNAPSHOT_DEVICE.key], '');
  if (backup.snapshotDevice && (mode === 'replace' || !tokenHere)) {
    set[SNAPSHOT_DEVICE.key] = backup.snapshotDevice;
  }
  const countedHere = Object.keys(snapshot)
    .map((key) => COUNTED.idOf(key))
    .filter((ref): ref is string => ref !== null);
  const remove = [
    ...removed.map((ref) => CASES.keyOf(ref)),
    ...(mode === 'replace' ? countedHere.filter((ref) => !countedIn.has(ref)).map((ref) => COUNTED.keyOf(ref)) : []),
    ...(mode === 'replace' && tokenHere && !backup.snapshotDevice ? [SNAPSHOT_DEVICE.key] : []),
    ...(mode === 'replace'
      ? (current.counts ?? [])
          .filter((c) => !countsIn.some((b) => b.month === c.month))
          .map((c) => COUNTS.keyOf(c.month))
      : []),
    ...(mode === 'replace'
      ? current.supervision
          .filter((s) => !backup.supervision.some((b) => b.packId === s.packId))
          .map((s) => SUPERVISION.keyOf(s.packId))
      : []),
    ...(mode === 'replace'
      ? (current.packs ?? []).filter((p) => !packs.taken.some((b) => b.id === p.id)).map((p) => ADDED_PACKS.keyOf(p.id))
      : []),
    ...(mode === 'replace'
      ? (current.drafts ?? []).filter((d) => !drafts.taken.some((b) => b.id === d.id)).map((d) => DRAFTS.keyOf(d.id))
      : []),
  ];
  return {
    added: added.sort(),
    replaced: replaced.sort(),
    removed: removed.sort(),
    packs: packs.taken.map((p) => p.title),
    expired: [...expired].sort(),
    skipped,
    refused: null,
    set,
    remove,
    backup,
    mode,
  };
}
