import { describe, expect, it } from 'vitest';
import { ivyPack } from '../../content/ivy';
import type { MonthCounts } from '../../core/counting';
import {
  buildReport,
  MAX_SNAPSHOT_BYTES,
  makeSnapshot,
  poolSnapshots,
  readSnapshot,
  reportCsv,
  type Snapshot,
  snapshotWords,
} from '../../core/snapshot';

const id = (n: number) => n.toString(16).padStart(32, '0');

/** A snapshot of one practitioner: `checks` checks at a visit in each month, question a considered in `done` of them. */
function snap(n: number, months: string[], checks = 4, done = 3): Snapshot {
  return {
    format: 'pause-point-learning-snapshot',
    version: 1,
    id: id(n),
    months: months.map((month) => ({
      month,
      packs: [
        {
          packId: 'cscp-ivy',
          version: '1.0.0',
          moments: { visit: { checks, questions: { 'fathers-seen': [done, 0, checks - done], b: [0, checks, 0] } } },
        },
      ],
    })),
  };
}

const packs = new Map([[ivyPack.id, ivyPack]]);

describe('a learning snapshot', () => {
  it('holds only the months and packs chosen, and says what it holds in words', () => {
    const counts = new Map<string, MonthCounts>([
      [
        '2026-03',
        { packs: [{ packId: 'cscp-ivy', version: '1.0.0', moments: { conference: { checks: 12, questions: {} } } }] },
      ],
      ['2026-04', { packs: [{ packId: 'other', version: '2', moments: { visit: { checks: 1, questions: {} } } }] }],
    ]);
    const snapshot = makeSnapshot(counts, ['2026-03', '2026-04'], new Set(['cscp-ivy']), id(1), id(2));
    expect(snapshot.months.map((m) => m.month)).toEqual(['2026-03']);
    expect(snapshotWords(snapshot)[0]).toMatch(/^12 checks at “Before a .*” in March 2026/);
    expect(snapshotWords(snapshot).at(-1)).toMatch(/No case references/);
    expect(snapshotWords(snapshot).join(' ')).toMatch(/a random token.*says nothing about you/);
    expect(readSnapshot(JSON.stringify(snapshot))).toEqual({ ok: true, snapshot });
  });

  it.each([
    ['too large', 'x'.repeat(MAX_SNAPSHOT_BYTES + 1), /larger than/],
    ['not JSON', '{', /not readable JSON/],
    ['a prototype key', '{"format":"pause-point-learning-snapshot","__proto__":{"a":1}}', /not allowed/],
    ['another file', '{"format":"pause-point-backup"}', /not a Pause Point learning snapshot/],
    ['a case reference hidden in it', JSON.stringify({ ...snap(1, ['2026-03']), ref: 'DEMO-1001' }), /damaged/],
    [
      'a count past the cap',
      JSON.stringify(snap(1, ['2026-03'], 1e9, 1)),
      /damaged \(at months\.0\.packs\.0\.moments\.visit\.checks\)/,
    ],
    [
      'more answers than checks',
      JSON.stringify(snap(1, ['2026-03'], 2, 2)).replace('[2,0,0]', '[2,2,0]'),
      /cannot be right/,
    ],
    ['a month twice', JSON.stringify(snap(1, ['2026-03', '2026-03'])), /cannot be right/],
    ['a moment that does not exist', JSON.stringify(snap(1, ['2026-03'])).replace('visit', 'party'), /damaged/],
  ])('is refused when it is %s', (_what, text, reason) => {
    const read = readSnapshot(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });
});

describe('the partnership report', () => {
  it('pools practitioners, counts a duplicate once, and withholds figures from fewer than 5', () => {
    const five = [1, 2, 3, 4, 5].map((n) => snap(n, ['2026-03']));
    const fourInApril = [6, 7, 8, 9].map((n) => snap(n, ['2026-04']));
    const pool = poolSnapshots([...five, five[0] as Snapshot, ...fourInApril]);
    expect(pool.used).toBe(9);
    expect(pool.duplicates).toBe(1);

    const march = buildReport(pool, ['2026-03'], packs).packs[0]?.moments[0];
    expect(march?.overall.practitioners).toBe(5);
    expect(march?.overall.checks).toBe(20);
    const fathers = march?.questions.find((q) => q.fatherOrMaleCarer);
    expect(fathers?.shares).toEqual([0.75, 0, 0.25]);

    const april = buildReport(pool, ['2026-04'], packs);
    expect(april.packs[0]?.moments[0]?.overall.shares).toBeNull();
    expect(april.withheld).toBeGreaterThan(0);

    // Both months: nine practitioners, the April month on its own still withheld in the trend.
    const both = buildReport(pool, ['2026-03', '2026-04'], packs);
    const visit = both.packs[0]?.moments[0];
    expect(visit?.overall.practitioners).toBe(9);
    expect(visit?.trend.map((t) => t.figure.shares === null)).toEqual([false, true]);
    expect(both.withheld).toBe(1);
  });

  it('counts one device’s snapshots as one practitioner, and each of its months once', () => {
    // The same practitioner saves five snapshots (each with its own id) over a month: one person.
    const fromOne = (n: number, checks: number, months = ['2026-03']): Snapshot => ({
      ...snap(n, months, checks, checks - 1),
      version: 2,
      device: id(99),
    });
    const alone = poolSnapshots([10, 11, 12, 13, 14].map((n) => fromOne(n, 4)));
    const march = buildReport(alone, ['2026-03'], packs).packs[0]?.moments[0];
    expect(march?.overall.practitioners).toBe(1);
    expect(march?.overall.checks).toBe(4);
    expect(march?.overall.shares).toBeNull();
    expect(buildReport(alone, ['2026-03'], packs)).toMatchObject({ used: 5, practitioners: 1 });

    // With four others: five practitioners; the device's later, larger March counts once.
    const pool = poolSnapshots([
      fromOne(10, 4),
      ...[1, 2, 3, 4].map((n) => snap(n, ['2026-03'])),
      fromOne(11, 6, ['2026-03', '2026-04']),
    ]);
    const both = buildReport(pool, ['2026-03'], packs).packs[0]?.moments[0];
    expect(both?.overall.practitioners).toBe(5);
    expect(both?.overall.checks).toBe(4 * 4 + 6);
    expect(both?.questions.find((q) => q.fatherOrMaleCarer)?.practitioners).toBe(5);
  });

  it('reads a snapshot with its device token, and refuses a token that is not random hex', () => {
    const withToken: Snapshot = { ...snap(1, ['2026-03']), version: 2, device: id(7) };
    expect(readSnapshot(JSON.stringify(withToken))).toEqual({ ok: true, snapshot: withToken });
    expect(readSnapshot(JSON.stringify({ ...withToken, device: 'jane.smith@example.org' })).ok).toBe(false);
    expect(readSnapshot(JSON.stringify({ ...withToken, device: undefined })).ok).toBe(false);
  });

  it('never withholds below 5, whatever is asked', () => {
    const pool = poolSnapshots([1, 2, 3].map((n) => snap(n, ['2026-03'])));
    expect(buildReport(pool, ['2026-03'], packs, 2).packs[0]?.moments[0]?.overall.shares).toBeNull();
    expect(buildReport(pool, ['2026-03'], packs, 2).minimum).toBe(5);
  });

  it('exports CSV with withheld figures said, and no cell a spreadsheet would run', () => {
    const pool = poolSnapshots([1, 2, 3, 4, 5].map((n) => snap(n, ['2026-03'])));
    const report = buildReport(pool, ['2026-03'], new Map([[ivyPack.id, { ...ivyPack, title: '=HYPERLINK("x")' }]]));
    const csv = reportCsv(report);
    expect(csv).toContain('"\'=HYPERLINK(""x"")"');
    expect(csv).toContain('"75%"');
    expect(csv.split('\r\n')[0]).toContain('"practitioners","checks","considered"');
  });
});
