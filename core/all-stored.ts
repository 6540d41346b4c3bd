/**
 * Every item Pause Point keeps in browser storage, as declared (core/stored.ts has the helper
 * and the side panel's items; the others are declared beside their data), and what the
 * housekeeping does with each: whether a backup holds it, whether retention deletes it when
 * it has been untouched too long, and what "Delete all data" leaves. Backups, retention,
 * "Delete all data" and the shape check all work from this one list, so a new kind of stored
 * data is declared once, added here, and each of them sees it. All of it is covered by the one
 * stored version (SCHEMA_VERSION) and moves forward only through the numbered steps in
 * core/migrations.ts.
 */
import * as v from 'valibot';
import { own } from './built-in-names';
import { COUNTED, COUNTS, COUNTS_LEFT, countedExpired, countsExpired } from './counting';
import { DRAFTS } from './drafts';
import { PANEL_INTENT, PRINT_JOB, TAB_CONTEXTS } from './messages';
import { ADDED_PACKS, PACK_ADDED_AT } from './pack/file';
import { caseLastChanged, caseNotInFuture, FUTURE_SLACK_MS } from './retention';
import { PREFS, SITES } from './sites';
import { SNAPSHOT_DEVICE } from './snapshot-device';
import {
  CASE_INDEX,
  CASES,
  DAMAGED_CASES,
  PANEL,
  SCHEMA_VERSION,
  SCHEMA_VERSION_ITEM,
  type StorageAreaName,
  type StoredItem,
} from './stored';
import { SUPERVISION, supervisionLastChanged, supervisionNotInFuture } from './supervision';

/** Where one stored item goes in a backup file. */
interface BackupRole {
  /** The part of the backup file that holds it. */
  part: string;
  /**
   * What the backup keeps for one stored value; null leaves it out (it cannot be read whole).
   * `stored` is everything stored, for an item kept only beside another.
   */
  entry(raw: unknown, id: string, stored: Readonly<Record<string, unknown>>): unknown;
}

/** How retention judges one stored item. */
interface RetentionRole {
  /**
   * When the item was last changed, judged from the value itself; null when it never expires
   * by itself. `stored` is everything stored, for an item judged with another's help.
   */
  lastChanged(raw: unknown, id: string, stored: Readonly<Record<string, unknown>>): number | null;
  /**
   * Decides instead of `lastChanged` and the retention period, for an item kept for a fixed
   * time of its own (the counts: 24 months).
   */
  expired?(raw: unknown, id: string, now: number): boolean;
  /** Other keys deleted with it. */
  removeWith?(id: string): string[];
  /**
   * The value with times far in the future read as now (core/retention.ts, notInFuture), to be
   * written back so retention can judge it again; null when there is none, or it cannot be read.
   */
  notInFuture?(raw: unknown, id: string, now: number): unknown;
}

export interface Kept {
  item: StoredItem<unknown>;
  /** Absent: never in a backup. */
  backup?: BackupRole;
  /** Absent: retention never deletes it by itself. */
  retention?: RetentionRole;
  /** What "Delete all data" leaves in its place; absent: nothing. */
  afterDeleteAll?: unknown;
}

const readWhole = (item: StoredItem<unknown>) => (raw: unknown, id: string) => item.read(raw, id);

export const ALL_STORED: readonly Kept[] = [
  // The current version stays, so nothing is migrated after "Delete all data".
  { item: SCHEMA_VERSION_ITEM, afterDeleteAll: SCHEMA_VERSION },
  { item: CASE_INDEX, backup: { part: 'caseIndex', entry: (raw) => CASE_INDEX.read(raw, '').index } },
  { item: PANEL },
  // Not in a backup: each site needs the browser's permission again, so it is turned on again on purpose.
  { item: SITES },
  // In a backup only if ever changed (only what is stored is visited), so a restore is exact.
  { item: PREFS, backup: { part: 'prefs', entry: readWhole(PREFS) } },
  {
    item: CASES,
    backup: {
      part: 'cases',
      // Only a case that reads whole: a damaged one stays on this device, beside its original.
      entry: (raw, ref) => {
        const { checklist, problem } = CASES.read(raw, ref);
        return problem === null ? checklist : null;
      },
    },
    retention: {
      // By its own latest answer, and its time in the case list where that is a real time.
      lastChanged: (raw, ref, stored) => {
        const { checklist } = CASES.read(raw, ref);
        const listed = own(CASE_INDEX.read(stored[CASE_INDEX.key], '').index, ref) ?? 0;
        return Math.max(checklist ? caseLastChanged(checklist) : 0, listed);
      },
      removeWith: (ref) => [DAMAGED_CASES.keyOf(ref), COUNTED.keyOf(ref)],
      notInFuture: (raw, ref, now) => {
        const { checklist, problem } = CASES.read(raw, ref);
        return checklist && problem === null ? caseNotInFuture(checklist, now) : null;
      },
    },
  },
  {
    item: SUPERVISION,
    backup: { part: 'supervision', entry: readWhole(SUPERVISION) },
    retention: {
      lastChanged: (raw, packId) => supervisionLastChanged(SUPERVISION.read(raw, packId)),
      notInFuture: (raw, packId, now) => supervisionNotInFuture(SUPERVISION.read(raw, packId), now, FUTURE_SLACK_MS),
    },
  },
  { item: ADDED_PACKS, backup: { part: 'packs', entry: readWhole(ADDED_PACKS) } },
  // Only for the settings page's list: a pack restored from a backup is dated by its restore.
  { item: PACK_ADDED_AT },
  {
    item: DRAFTS,
    backup: {
      part: 'drafts',
      entry: (raw, id) => {
        const draft = DRAFTS.read(raw, id);
        return draft && { id, ...draft };
      },
    },
  },
  { item: DAMAGED_CASES },
  // Counts, not cases: in a backup, kept 24 months whatever the case retention period.
  {
    item: COUNTS,
    backup: { part: 'counts', entry: (raw, month) => ({ month, ...COUNTS.read(raw, month) }) },
    retention: { lastChanged: () => null, expired: (_raw, month, now) => countsExpired(month, now) },
  },
  // What a case added this month: deleted with its case, and once its month is over. In a
  // backup beside its case (which names the case already), so a restored case that is ticked
  // again the same month replaces what it added to the restored counts instead of being counted
  // twice; never in a learning snapshot.
  {
    item: COUNTED,
    backup: {
      part: 'counted',
      entry: (raw, ref, stored) => {
        const counted = COUNTED.read(raw, ref);
        const { checklist, problem } = CASES.read(stored[CASES.keyOf(ref)], ref);
        return counted && checklist && problem === null ? { ref, ...counted } : null;
      },
    },
    retention: { lastChanged: () => null, expired: (raw, ref, now) => countedExpired(COUNTED.read(raw, ref), now) },
  },
  // The random token in this device's learning snapshots: in a backup, so a restored device's
  // snapshots are still one practitioner's; a new one after "Delete all data".
  { item: SNAPSHOT_DEVICE, backup: { part: 'snapshotDevice', entry: readWhole(SNAPSHOT_DEVICE) } },
  // Memory only (session storage): emptied by "Delete all data", never in a backup.
  { item: COUNTS_LEFT },
  { item: TAB_CONTEXTS },
  { item: PANEL_INTENT },
  { item: PRINT_JOB },
];

/** The declared item a key belongs to, with the id in the key; undefined for a key no item knows. */
export function storedItemOf(key: string, area: StorageAreaName = 'local'): (Kept & { id: string }) | undefined {
  for (const kept of ALL_STORED) {
    if (kept.item.area !== area) continue;
    const id = kept.item.idOf(key);
    if (id !== null) return { ...kept, id };
  }
  return undefined;
}

/** The storage areas Pause Point keeps anything in: "Delete all data" empties each. */
export const STORED_AREAS: readonly StorageAreaName[] = [...new Set(ALL_STORED.map((kept) => kept.item.area))];

/** What "Delete all data" leaves behind in an area. */
export function afterDeleteAll(area: StorageAreaName): Record<string, unknown> {
  return Object.fromEntries(
    ALL_STORED.filter((kept) => kept.item.area === area && kept.afterDeleteAll !== undefined).map((kept) => [
      kept.item.keyOf(),
      kept.afterDeleteAll,
    ]),
  );
}

/** What in a snapshot of storage.local is not a declared item, or does not pass its schema. */
export function storedShapeProblems(snapshot: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(snapshot)) {
    const found = storedItemOf(key);
    if (!found) problems.push(`${key}: not a shape Pause Point knows`);
    else if (!v.is(found.item.schema, value)) problems.push(`${key}: does not pass the shape of ${found.item.what}`);
  }
  if (Object.keys(snapshot).length > 0 && snapshot[SCHEMA_VERSION_ITEM.key] !== SCHEMA_VERSION) {
    problems.push(`schemaVersion: ${String(snapshot[SCHEMA_VERSION_ITEM.key])}, not ${SCHEMA_VERSION}`);
  }
  return problems;
}
