import { describe, expect, it } from 'vitest';
import { ALL_STORED } from '../../core/all-stored';
import {
  CURRENT_SCHEMA_VERSION,
  checkMigrationOrder,
  MIGRATIONS,
  type Migration,
  planMigration,
} from '../../core/migrations';
import { readCaseChecklist, SCHEMA_VERSION } from '../../core/stored';

const storedCase = {
  ref: 'ABC-1',
  packId: 'cscp-ivy',
  packVersion: '1.0.0',
  resetAt: 0,
  answers: { 'fathers-seen': { state: 'done', at: 5 } },
};

describe('the real migrations', () => {
  it('are numbered 1, 2, 3… with none missing', () => {
    expect(checkMigrationOrder(MIGRATIONS)).toBe(true);
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(SCHEMA_VERSION).toBe(CURRENT_SCHEMA_VERSION);
  });

  describe('step 1 (first stored shape)', () => {
    it('stamps unversioned data and keeps every value', () => {
      const snapshot = { 'case:ABC-1': storedCase, caseIndex: { 'ABC-1': 5 } };
      const plan = planMigration(snapshot, MIGRATIONS, 1);
      expect(plan).toEqual({ kind: 'migrate', from: 0, to: 1, change: { set: { schemaVersion: 1 }, remove: [] } });
    });

    it('does nothing to data already at version 1', () => {
      expect(planMigration({ schemaVersion: 1, 'case:ABC-1': storedCase }, MIGRATIONS, 1)).toEqual({
        kind: 'current',
        version: 1,
      });
    });

    it('stamps empty storage', () => {
      expect(planMigration({}, MIGRATIONS, 1)).toMatchObject({
        kind: 'migrate',
        change: { set: { schemaVersion: 1 } },
      });
    });
  });

  describe('step 2 (Pack studio drafts)', () => {
    const draft = { startedAt: 5, updatedAt: 6, packText: '{"id":"a"}' };

    it('brings version 1 data to version 2, keeping every value as it is', () => {
      const snapshot = { schemaVersion: 1, 'case:ABC-1': storedCase, caseIndex: { 'ABC-1': 5 }, prefs: {} };
      expect(planMigration(snapshot, MIGRATIONS, 2)).toEqual({
        kind: 'migrate',
        from: 1,
        to: 2,
        change: { set: { schemaVersion: 2 }, remove: [] },
      });
    });

    it('does nothing to data already at version 2, drafts included', () => {
      expect(planMigration({ schemaVersion: 2, 'case:ABC-1': storedCase, 'draft:d1': draft }, MIGRATIONS, 2)).toEqual({
        kind: 'current',
        version: 2,
      });
    });

    it('stamps empty storage with version 2, through both steps', () => {
      expect(planMigration({}, MIGRATIONS, 2)).toEqual({
        kind: 'migrate',
        from: 0,
        to: 2,
        change: { set: { schemaVersion: 2 }, remove: [] },
      });
    });

    it('is the step that brought drafts and counts: the only stored items new in version 2', () => {
      const items = ALL_STORED.map((kept) => kept.item);
      expect(items.filter((item) => item.since === 2).map((item) => item.key)).toEqual([
        'draft:',
        'counts:',
        'counted:',
      ]);
      expect(items.every((item) => item.since >= 1 && item.since <= SCHEMA_VERSION)).toBe(true);
    });
  });

  describe('step 3 (the wording an answer was given to)', () => {
    const hashed = { ...storedCase, answers: { 'fathers-seen': { state: 'done', at: 5, w: '0a1b2c3d' } } };

    it('brings version 2 data to version 3, keeping every answer as it is (old answers carry no hash)', () => {
      const snapshot = { schemaVersion: 2, 'case:ABC-1': storedCase, caseIndex: { 'ABC-1': 5 } };
      expect(planMigration(snapshot, MIGRATIONS, 3)).toEqual({
        kind: 'migrate',
        from: 2,
        to: 3,
        change: { set: { schemaVersion: 3 }, remove: [] },
      });
      expect(readCaseChecklist(storedCase, 'ABC-1')).toEqual({ checklist: storedCase, problem: null });
    });

    it('does nothing to data already at version 3, and reads an answer with its wording hash', () => {
      expect(planMigration({ schemaVersion: 3, 'case:ABC-1': hashed }, MIGRATIONS, 3)).toEqual({
        kind: 'current',
        version: 3,
      });
      expect(readCaseChecklist(hashed, 'ABC-1')).toEqual({ checklist: hashed, problem: null });
    });

    it('stamps empty storage with version 3', () => {
      expect(planMigration({}, MIGRATIONS, 3)).toMatchObject({
        kind: 'migrate',
        change: { set: { schemaVersion: 3 } },
      });
    });

    it('is the step that brought the date a pack was added, the snapshot token and counts a closed panel left: the only stored items new in version 3', () => {
      const items = ALL_STORED.map((kept) => kept.item);
      expect(items.filter((item) => item.since === 3).map((item) => item.key)).toEqual([
        'packAddedAt:',
        'snapshotDevice',
        'countsLeft:',
      ]);
    });

    it('keeps a hash only of the form it writes: never words', () => {
      const words = { ...storedCase, answers: { 'fathers-seen': { state: 'done', at: 5, w: 'Jane Smith' } } };
      expect(readCaseChecklist(words, 'ABC-1').checklist?.answers).toEqual({});
    });
  });
});

describe('the migration mechanism', () => {
  // Two made-up later steps, to prove steps chain in order and see each other's output.
  const steps: Migration[] = [
    MIGRATIONS[0] as Migration,
    {
      to: 2,
      why: 'test: rename panel to ui',
      migrate: (s) => ({ set: { ui: s.panel ?? null }, remove: ['panel'] }),
    },
    {
      to: 3,
      why: 'test: ui gains a field',
      migrate: (s) => ({ set: { ui: { ...(s.ui as object), moment: 'all' } }, remove: [] }),
    },
  ];

  it('runs every step from the stored version to the target, in order', () => {
    const plan = planMigration({ schemaVersion: 1, panel: { openCase: 'X1' }, other: 1 }, steps);
    expect(plan).toEqual({
      kind: 'migrate',
      from: 1,
      to: 3,
      change: { set: { ui: { openCase: 'X1', moment: 'all' }, schemaVersion: 3 }, remove: ['panel'] },
    });
  });

  it('runs only the steps not yet run', () => {
    const plan = planMigration({ schemaVersion: 2, ui: { openCase: 'X1' } }, steps);
    expect(plan).toMatchObject({ from: 2, to: 3, change: { remove: [] } });
  });

  it('leaves data from a newer version alone', () => {
    expect(planMigration({ schemaVersion: 9, panel: {} }, steps)).toEqual({ kind: 'newer', version: 9 });
  });

  it('spots a gap in the numbering', () => {
    expect(checkMigrationOrder([steps[0] as Migration, steps[2] as Migration])).toBe(false);
  });
});
