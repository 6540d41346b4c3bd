/**
 * Numbered migrations of everything Pause Point stores. Storage carries one schema version;
 * migration N turns version N-1 data into version N. An update runs every step between the
 * stored version and the current one, in order, and never clears data that a step does not
 * name. Each step gets its own test (migrate, no-op, empty).
 */

/** Everything in browser.storage.local, key by key. */
export type StoredSnapshot = Readonly<Record<string, unknown>>;

interface StorageChange {
  set: Record<string, unknown>;
  remove: string[];
}

export interface Migration {
  /** The version this step produces. */
  to: number;
  /** Why the step exists, for the next reader. */
  why: string;
  migrate(snapshot: StoredSnapshot): StorageChange;
}

const SCHEMA_VERSION_KEY = 'schemaVersion';

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    why: 'The first stored shape. Data without a version predates any release, so it is kept as it is and only stamped.',
    migrate: () => ({ set: {}, remove: [] }),
  },
  {
    to: 2,
    why: 'Pack studio drafts (draft:<id>) are new, and so are the counts (counts:<month>, counted:<case>), all before the first release; nothing older changes.',
    migrate: () => ({ set: {}, remove: [] }),
  },
  {
    to: 3,
    why: 'An answer may carry `w`, a short hash of the wording it answered, so a reworded question is flagged, packAddedAt:<id> dates a pack added from a file, snapshotDevice is the random token in this device’s learning snapshots, and countsLeft:<id> (memory only) holds answers a closed panel had not yet counted (new keys, made when first needed). Older answers keep no hash and are never flagged; an older Pause Point must not read (and drop) the new field, so the version moves on.',
    migrate: () => ({ set: {}, remove: [] }),
  },
];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS.length;

export type MigrationPlan =
  | { kind: 'current'; version: number }
  | { kind: 'migrate'; from: number; to: number; change: StorageChange }
  | { kind: 'newer'; version: number };

function storedVersion(snapshot: StoredSnapshot): number | null {
  const version = snapshot[SCHEMA_VERSION_KEY];
  if (version === undefined) return 0;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

/**
 * Works out, without touching storage, what bringing the snapshot up to `target` changes.
 * Data from a newer version of Pause Point is left alone: an older build cannot know what
 * it means, and overwriting it would lose it.
 */
export function planMigration(
  snapshot: StoredSnapshot,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = migrations.length,
): MigrationPlan {
  const from = storedVersion(snapshot) ?? 0;
  if (from === target) return { kind: 'current', version: from };
  if (from > target) return { kind: 'newer', version: from };
  let working: Record<string, unknown> = { ...snapshot };
  const set: Record<string, unknown> = {};
  const removed = new Set<string>();
  for (const step of migrations) {
    if (step.to <= from || step.to > target) continue;
    const change = step.migrate(working);
    for (const key of change.remove) {
      delete working[key];
      delete set[key];
      removed.add(key);
    }
    for (const [key, value] of Object.entries(change.set)) {
      working[key] = value;
      set[key] = value;
      removed.delete(key);
    }
    working = { ...working, [SCHEMA_VERSION_KEY]: step.to };
  }
  set[SCHEMA_VERSION_KEY] = target;
  return { kind: 'migrate', from, to: target, change: { set, remove: [...removed] } };
}

/** Checks the steps are numbered 1, 2, 3… with none missing, so none can be skipped. */
export function checkMigrationOrder(migrations: readonly Migration[]): boolean {
  return migrations.every((step, i) => step.to === i + 1);
}
