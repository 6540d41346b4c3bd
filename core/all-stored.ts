/**
 * Every item Pause Point keeps in browser storage, as declared (core/stored.ts has the helper
 * and the side panel's items; the others are declared beside their data). What a backup holds,
 * what "Delete all data" clears, what retention visits and the shape check below all follow
 * from this one list: a new kind of stored data is declared once and added here, and each of
 * them sees it. All of it is covered by the one stored version (SCHEMA_VERSION) and moves
 * forward only through the numbered steps in core/migrations.ts.
 */
import * as v from 'valibot';
import { DRAFTS } from './drafts';
import { PANEL_INTENT, TAB_CONTEXTS } from './messages';
import { ADDED_PACKS } from './pack/file';
import { PREFS, SITES } from './sites';
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
import { PRINT_JOB } from './summary';
import { SUPERVISION } from './supervision';

export const ALL_STORED: readonly StoredItem<unknown>[] = [
  SCHEMA_VERSION_ITEM,
  CASE_INDEX,
  PANEL,
  SITES,
  PREFS,
  CASES,
  SUPERVISION,
  ADDED_PACKS,
  DRAFTS,
  DAMAGED_CASES,
  TAB_CONTEXTS,
  PANEL_INTENT,
  PRINT_JOB,
];

/** The declared item a key belongs to, with the id in the key; undefined for a key no item knows. */
export function storedItemOf(
  key: string,
  area: StorageAreaName = 'local',
): { item: StoredItem<unknown>; id: string } | undefined {
  for (const item of ALL_STORED) {
    if (item.area !== area) continue;
    const id = item.idOf(key);
    if (id !== null) return { item, id };
  }
  return undefined;
}

/** The storage areas Pause Point keeps anything in: "Delete all data" empties each. */
export const STORED_AREAS: readonly StorageAreaName[] = [...new Set(ALL_STORED.map((item) => item.area))];

/** What "Delete all data" leaves behind in each area: the current version, so nothing migrates. */
export function afterDeleteAll(area: StorageAreaName): Record<string, unknown> {
  return Object.fromEntries(
    ALL_STORED.filter((item) => item.area === area && item.afterDeleteAll !== undefined).map((item) => [
      item.keyOf(),
      item.afterDeleteAll,
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
