/**
 * Every shape Pause Point keeps in browser.storage.local, in one list. All of them are covered
 * by the one stored schema version (stored-data.ts, SCHEMA_VERSION) and move forward only
 * through the numbered steps in migrations.ts. A learning pack also carries its own format
 * version (`schemaVersion` inside the pack), and a backup file the stored version it was made
 * with. Tests check that storage never holds a key this list does not know, or a value its
 * shape refuses, so a new kind of stored data cannot arrive without a version.
 */
import * as v from 'valibot';
import { DraftSchema } from './drafts';
import { PackSchema } from './pack/schema';
import { PrefsSchema, SiteSchema } from './sites';
import { CaseChecklistSchema, CaseIndexSchema, PanelStateSchema, SCHEMA_VERSION } from './stored-data';
import { SupervisionSchema } from './supervision';

interface StoredShape {
  /** The key itself, or with `prefix`, how each key of this kind begins. */
  key: string;
  prefix?: true;
  what: string;
  schema: v.GenericSchema;
}

export const STORED_SHAPES: readonly StoredShape[] = [
  {
    key: 'schemaVersion',
    what: 'the version of everything below',
    schema: v.pipe(v.number(), v.integer(), v.minValue(1)),
  },
  { key: 'caseIndex', what: 'recent cases: when each was last used, or forgotten', schema: CaseIndexSchema },
  { key: 'panel', what: 'the open case and view', schema: PanelStateSchema },
  { key: 'sites', what: 'case-system sites turned on, by origin', schema: v.record(v.string(), SiteSchema) },
  { key: 'prefs', what: 'the practitioner’s settings', schema: PrefsSchema },
  { key: 'case:', prefix: true, what: 'one case’s answers, with its pack', schema: CaseChecklistSchema },
  { key: 'supervision:', prefix: true, what: 'supervision answers for one pack', schema: SupervisionSchema },
  { key: 'pack:', prefix: true, what: 'a learning pack added from a file', schema: PackSchema },
  { key: 'draft:', prefix: true, what: 'a pack being written in Pack studio (pack text only)', schema: DraftSchema },
  {
    // A stored case that could not be read, kept exactly as found beside the repaired one.
    key: 'damaged:case:',
    prefix: true,
    what: 'an unreadable case, kept as it was found',
    schema: v.unknown(),
  },
];

export function shapeOf(key: string): StoredShape | undefined {
  return STORED_SHAPES.find((shape) => (shape.prefix ? key.startsWith(shape.key) : key === shape.key));
}

/** What in a snapshot of storage is not a known shape, or does not pass its shape. */
export function storedShapeProblems(snapshot: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(snapshot)) {
    const shape = shapeOf(key);
    if (!shape) problems.push(`${key}: not a shape Pause Point knows`);
    else if (!v.is(shape.schema, value)) problems.push(`${key}: does not pass the shape of ${shape.what}`);
  }
  if (Object.keys(snapshot).length > 0 && snapshot.schemaVersion !== SCHEMA_VERSION) {
    problems.push(`schemaVersion: ${String(snapshot.schemaVersion)}, not ${SCHEMA_VERSION}`);
  }
  return problems;
}
