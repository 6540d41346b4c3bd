/**
 * The adapter between Pause Point's stores and browser.storage.local. It knows the keys,
 * validates everything it reads, runs migrations, and reports changes made by other
 * extension contexts (another window's panel) to whoever listens.
 */
import { browser } from 'wxt/browser';
import type { CaseIndex } from '../core/case-index';
import type { CaseChecklist } from '../core/checklist';
import type { Migration } from '../core/migrations';
import {
  CASE_INDEX,
  CASES,
  COUNTED_PREFIX,
  DAMAGED_CASES,
  PANEL,
  type PanelPlace,
  SCHEMA_VERSION,
  SCHEMA_VERSION_ITEM,
  type StorageEventsLike,
} from '../core/stored';

/** The part of a browser storage area Pause Point uses; tests and browsers both provide it. */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type { StorageEventsLike };

type MigrationOutcome = { ok: true } | { ok: false; problem: string };

interface StartState {
  panel: PanelPlace;
  index: CaseIndex;
  problems: string[];
}

/** A change seen in storage. `removed` means the key was deleted, which the store must respect. */
export type StoredChange =
  | { kind: 'case'; ref: string; removed: true }
  | { kind: 'case'; ref: string; removed: false; checklist: CaseChecklist | null; problem: string | null }
  | { kind: 'index'; removed: boolean; index: CaseIndex };

export interface CaseStorage {
  migrate(): Promise<MigrationOutcome>;
  /** Brings stored data up to date when it is not, then reads what the panel starts from. */
  loadStart(): Promise<({ ok: true } & StartState) | { ok: false; problem: string }>;
  /** Reads one case; `damaged` holds the stored value when some of it could not be read. */
  loadCase(ref: string): Promise<{ checklist: CaseChecklist | null; problem: string | null; damaged?: unknown }>;
  keepDamaged(ref: string, raw: unknown): Promise<void>;
  /** Saves a case, and the case list with it when given. */
  saveCase(checklist: CaseChecklist, index?: CaseIndex): Promise<void>;
  saveIndex(index: CaseIndex): Promise<void>;
  savePanel(panel: PanelPlace): Promise<void>;
  /** Deletes a case's answers and marks it forgotten in the case list. */
  forgetCase(ref: string, index: CaseIndex): Promise<void>;
  /** Calls `listener` for every change to a case or the case list; returns the unsubscribe. */
  watch(listener: (change: StoredChange) => void): () => void;
}

export function createCaseStorage(
  area: StorageAreaLike = browser.storage.local,
  events: StorageEventsLike = browser.storage.onChanged,
  /** The migration steps; by default the real ones, loaded only when stored data is out of date. */
  migrations?: readonly Migration[],
): CaseStorage {
  const upToDate = (version: unknown) => version === SCHEMA_VERSION && migrations === undefined;
  const readStart = (stored: Record<string, unknown>): StartState => {
    const { index, problem } = CASE_INDEX.read(stored[CASE_INDEX.key], '');
    return { panel: PANEL.read(stored[PANEL.key], ''), index, problems: problem ? [problem] : [] };
  };
  const startKeys = [PANEL.key, CASE_INDEX.key];

  const storage: CaseStorage = {
    async migrate() {
      const { [SCHEMA_VERSION_ITEM.key]: version } = await area.get(SCHEMA_VERSION_ITEM.key);
      if (upToDate(version)) return { ok: true };
      const { MIGRATIONS, planMigration } = await import('../core/migrations');
      const plan = planMigration(await area.get(null), migrations ?? MIGRATIONS);
      if (plan.kind === 'newer') {
        return {
          ok: false,
          problem:
            'Your saved answers were written by a newer version of Pause Point. They have been left untouched; update Pause Point to use them.',
        };
      }
      if (plan.kind === 'migrate') {
        // Write new values before removing old ones, so an interrupted update loses nothing.
        await area.set(plan.change.set);
        if (plan.change.remove.length > 0) await area.remove(plan.change.remove);
      }
      return { ok: true };
    },

    async loadStart() {
      // One read when the data is already at this version, as it is on every start but the
      // first after an update: the panel waits on each round trip to storage.
      const stored = await area.get([SCHEMA_VERSION_ITEM.key, ...startKeys]);
      if (upToDate(stored[SCHEMA_VERSION_ITEM.key])) return { ok: true, ...readStart(stored) };
      const migrated = await storage.migrate();
      if (!migrated.ok) return migrated;
      return { ok: true, ...readStart(await area.get(startKeys)) };
    },

    async loadCase(ref) {
      const key = CASES.keyOf(ref);
      const stored = await area.get(key);
      const result = CASES.read(stored[key], ref);
      return result.problem === null ? result : { ...result, damaged: stored[key] };
    },

    async keepDamaged(ref, raw) {
      // Keeps the unreadable original beside the case, so saving repaired answers loses nothing.
      const key = DAMAGED_CASES.keyOf(ref);
      const existing = await area.get(key);
      if (existing[key] === undefined) await area.set({ [key]: raw });
    },

    saveCase(checklist, index) {
      const key = CASES.keyOf(checklist.ref);
      return area.set(index ? { [key]: checklist, [CASE_INDEX.key]: index } : { [key]: checklist });
    },

    saveIndex(index) {
      return area.set({ [CASE_INDEX.key]: index });
    },

    async forgetCase(ref, index) {
      const keys = [CASES.keyOf(ref), DAMAGED_CASES.keyOf(ref), `${COUNTED_PREFIX}${ref}`];
      try {
        // The forgotten mark first, so no open panel can write the case back.
        await area.set({ [CASE_INDEX.key]: index });
      } catch {
        // Storage is full: deleting must still work. Make room first, then mark.
        await area.remove(keys);
        await area.set({ [CASE_INDEX.key]: index });
        return;
      }
      await area.remove(keys);
    },

    savePanel(panel) {
      return area.set({ [PANEL.key]: panel });
    },

    watch(listener) {
      const stopIndex = CASE_INDEX.watch((changes) => {
        for (const { removed, value } of changes) listener({ kind: 'index', removed, index: value.index });
      }, events);
      const stopCases = CASES.watch((changes) => {
        for (const { id: ref, removed, value } of changes) {
          listener(removed ? { kind: 'case', ref, removed: true } : { kind: 'case', ref, removed: false, ...value });
        }
      }, events);
      return () => {
        stopIndex();
        stopCases();
      };
    },
  };
  return storage;
}
