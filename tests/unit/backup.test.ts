import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupText, MAX_BACKUP_BYTES, makeBackup, planImport, readBackup } from '../../core/backup';
import { examplePack } from '../example-pack';

const example = examplePack();
const at = Date.UTC(2026, 10, 1);
const checklist = (ref: string, answers: Record<string, { state: 'done' | 'na' | 'open'; at: number }> = {}) => ({
  ref,
  packId: 'cscp-ivy',
  packVersion: '1.0.0',
  resetAt: 0,
  answers,
});
const snapshot = {
  schemaVersion: 1,
  caseIndex: { 'CS-1': at, 'CS-2': at + 1 },
  'case:CS-1': checklist('CS-1', { 'fathers-seen': { state: 'done', at } }),
  'case:CS-2': checklist('CS-2'),
  'supervision:cscp-ivy': {
    packId: 'cscp-ivy',
    answers: { 'question-challenge': { text: 'Escalate early.', at } },
    actions: {},
  },
  prefs: { follow: false, retentionDays: 60 },
  panel: { openCase: 'CS-1', view: 'checklist' },
  sites: {
    'https://lcs.example.gov.uk': { origin: 'https://lcs.example.gov.uk', rule: { kind: 'query', name: 'id' } },
  },
  [`pack:${example.id}`]: example,
};

describe('a backup', () => {
  const backup = makeBackup(snapshot, new Date(at));
  const text = JSON.stringify(backup);

  it('holds the cases, case list, supervision answers, added packs and settings, and no sites', () => {
    expect(backup.cases.map((c) => c.ref)).toEqual(['CS-1', 'CS-2']);
    expect(backup.packs?.map((p) => p.id)).toEqual([example.id]);
    expect(backup.supervision).toHaveLength(1);
    expect(backup.prefs).toEqual({ follow: false, retentionDays: 60 });
    expect(text).not.toContain('lcs.example');
  });

  it('restores exactly into empty storage', () => {
    const checked = readBackup(text);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const plan = planImport({ schemaVersion: 1 }, checked.backup, 'replace');
    expect(plan.added).toEqual(['CS-1', 'CS-2']);
    expect(plan.packs).toEqual(['Example: hearing the child']);
    const { panel: _p, sites: _s, schemaVersion: _v, ...restorable } = snapshot;
    expect(plan.set).toEqual(restorable);
  });

  it('merging says what it adds and what it changes, and keeps later answers', () => {
    const checked = readBackup(text);
    if (!checked.ok) throw new Error(checked.reason);
    const here = {
      schemaVersion: 1,
      caseIndex: { 'CS-1': at + 5, 'CS-3': at },
      'case:CS-1': checklist('CS-1', { 'sleep-seen': { state: 'na', at: at + 5 } }),
      'case:CS-3': checklist('CS-3'),
    };
    const merged = planImport(here, checked.backup, 'merge');
    expect(merged).toMatchObject({ added: ['CS-2'], replaced: ['CS-1'], removed: [] });
    expect(merged.set['case:CS-1']).toMatchObject({
      answers: { 'fathers-seen': { state: 'done' }, 'sleep-seen': { state: 'na' } },
    });
    expect(planImport(here, checked.backup, 'replace')).toMatchObject({ removed: ['CS-3'], remove: ['case:CS-3'] });
  });
});

describe('the file a practitioner exports', () => {
  // 1,000 cases, each answered in full (61 questions): laid out for reading, over 5 MB.
  const many: Record<string, unknown> = { schemaVersion: 2, caseIndex: {} };
  const index: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const ref = `CASE-${1000 + i}`;
    const answers = Object.fromEntries(
      Array.from({ length: 61 }, (_, p) => [`prompt-${p}`, { state: 'done' as const, at: at + p }]),
    );
    many[`case:${ref}`] = checklist(ref, answers);
    index[ref] = at + i;
  }
  many.caseIndex = index;
  const big = makeBackup(many, new Date(at));

  it('is laid out for reading when that fits within what an import accepts', () => {
    const small = makeBackup(snapshot, new Date(at));
    expect(backupText(small)).toBe(JSON.stringify(small, null, 2));
  });

  it('is written compactly when the layout would take it past 5 MB, so it can always be restored', () => {
    expect(new TextEncoder().encode(JSON.stringify(big, null, 2)).length).toBeGreaterThan(MAX_BACKUP_BYTES);
    const text = backupText(big);
    const checked = readBackup(text);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.backup.cases).toHaveLength(1000);
  });
});

describe('a file that is not a good backup is refused whole, with a reason', () => {
  const good = makeBackup(snapshot, new Date(at));
  const withCase = (c: unknown) => JSON.stringify({ ...good, cases: [c] });
  it.each([
    ['malformed JSON', '{"format": "pause-point-backup",', /not readable JSON/],
    ['another program’s JSON', JSON.stringify({ hello: 'world' }), /not a Pause Point backup/],
    ['a newer version', JSON.stringify({ ...good, schemaVersion: 99 }), /newer version of Pause Point/],
    ['an unknown version', JSON.stringify({ ...good, schemaVersion: 0 }), /version Pause Point does not know/],
    ['a prototype-polluting key', `{"format":"${BACKUP_FORMAT}","schemaVersion":1,"__proto__":{"x":1}}`, /not allowed/],
    ['a constructor key', withCase({ constructor: { prototype: 1 } }), /not allowed/],
    ['a name instead of a case reference', withCase(checklist('Jane Smith')), /damaged \(at cases\.0\.ref\)/],
    ['an over-long case reference', withCase(checklist('A'.repeat(41))), /damaged/],
    [
      'an over-long supervision answer',
      JSON.stringify({
        ...good,
        supervision: [{ packId: 'cscp-ivy', answers: { q: { text: 'x'.repeat(2001), at } }, actions: {} }],
      }),
      /damaged/,
    ],
    ['an extra field', JSON.stringify({ ...good, notes: 'about the family' }), /damaged/],
    [
      'a pack that links to a resource it does not have',
      JSON.stringify({
        ...good,
        packs: [{ ...example, actions: [{ ...example.actions[0], resourceIds: ['nowhere'] }] }],
      }),
      /damaged \(at packs\.0\)/,
    ],
    [
      'a pack posing as the built-in one',
      JSON.stringify({ ...good, packs: [{ ...example, id: 'cscp-ivy' }] }),
      /damaged/,
    ],
    ['a wrong answer state', withCase(checklist('CS-9', { a: { state: 'maybe' as 'done', at } })), /damaged/],
  ])('%s', (_what, text, reason) => {
    const checked = readBackup(text);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.reason).toMatch(reason);
      expect(checked.reason).toMatch(/Nothing was changed\.$/);
    }
  });

  it('a file over 5 MB, before reading it', () => {
    const checked = readBackup('{}', MAX_BACKUP_BYTES + 1);
    expect(checked).toEqual({ ok: false, reason: expect.stringMatching(/larger than 5 MB/) });
  });
});
