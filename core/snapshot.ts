/**
 * Learning snapshots and the partnership report. A snapshot is a file a practitioner chooses
 * to save and share: only the counts (core/counting.ts) for the months and packs they chose,
 * with a random id so the same file opened twice counts once, and a random token made once on
 * the device (SNAPSHOT_DEVICE), the same in each of its snapshots, so one practitioner's several
 * snapshots count as one practitioner, and each of their months once. Neither says anything
 * about the person. Pause Point never sends it.
 *
 * The report opens many snapshots, checks each in full (hostile files are refused with their
 * reason), pools them by pack, month and moment, and withholds any figure fewer than
 * MIN_PRACTITIONERS practitioners stand behind: with fewer, a figure could be one person's.
 */
import * as v from 'valibot';
import {
  type MomentCounts,
  type MonthCounts,
  MonthCountsSchema,
  type MonthId,
  MonthIdSchema,
  type Tally,
} from './counting';
import { readJson } from './json';
import { MOMENT_IDS, type MomentChoice, momentTitle } from './moments';
import type { Pack } from './pack/schema';
import { percent, questionInfo } from './practice';
import { RandomTokenSchema } from './snapshot-device';

const SNAPSHOT_FORMAT = 'pause-point-learning-snapshot';
/** 2 adds the device token; version 1 files (no token) are still read, each as its own practitioner. */
const SNAPSHOT_VERSION = 2;
/** Counts for 36 months of several packs are a few tens of KB; anything near this is not a snapshot. */
export const MAX_SNAPSHOT_BYTES = 512 * 1024;
const MAX_SNAPSHOT_MONTHS = 36;
/** More files than a partnership collects in a year. */
export const MAX_SNAPSHOT_FILES = 2000;
/** Never fewer: below this a figure could describe one practitioner. */
export const MIN_PRACTITIONERS = 5;

const SnapshotMonthsSchema = v.pipe(
  v.array(v.strictObject({ month: MonthIdSchema, ...MonthCountsSchema.entries })),
  v.minLength(1),
  v.maxLength(MAX_SNAPSHOT_MONTHS),
);

const SnapshotSchema = v.variant('version', [
  v.strictObject({
    format: v.literal(SNAPSHOT_FORMAT),
    version: v.literal(SNAPSHOT_VERSION),
    /** Random: tells copies of the same snapshot apart from different ones; says nothing about anyone. */
    id: RandomTokenSchema,
    /** Random, made once on the device: the same in every snapshot from it. */
    device: RandomTokenSchema,
    months: SnapshotMonthsSchema,
  }),
  v.strictObject({
    format: v.literal(SNAPSHOT_FORMAT),
    version: v.literal(1),
    id: RandomTokenSchema,
    months: SnapshotMonthsSchema,
  }),
]);
export type Snapshot = v.InferOutput<typeof SnapshotSchema>;

/** A snapshot of the chosen months and packs, from the counts kept on this device. */
export function makeSnapshot(
  byMonth: ReadonlyMap<MonthId, MonthCounts>,
  months: readonly MonthId[],
  packIds: ReadonlySet<string>,
  id: string,
  device: string,
): Snapshot {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    id,
    device,
    months: snapshotMonths(byMonth, months, packIds),
  };
}

/** The counts a snapshot of the chosen months and packs holds, month by month. */
export function snapshotMonths(
  byMonth: ReadonlyMap<MonthId, MonthCounts>,
  months: readonly MonthId[],
  packIds: ReadonlySet<string>,
): Snapshot['months'] {
  return [...months].sort().flatMap((month) => {
    const packs = (byMonth.get(month)?.packs ?? []).filter((p) => packIds.has(p.packId));
    return packs.length > 0 ? [{ month, packs }] : [];
  });
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function monthName(month: MonthId): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return new Date(year, mon - 1, 1).toLocaleDateString('en-GB', { month: 'long', year: 'numeric' });
}

/**
 * What a snapshot holds, in words, for the practitioner to read before saving it:
 * "12 checks before a conference in March 2026", one line a month and moment.
 */
export function snapshotWords(snapshot: Pick<Snapshot, 'months'>): string[] {
  const lines: string[] = [];
  for (const { month, packs } of snapshot.months) {
    for (const pack of packs) {
      for (const moment of [...MOMENT_IDS, 'all'] as MomentChoice[]) {
        const m = pack.moments[moment];
        if (!m) continue;
        lines.push(
          `${plural(m.checks, 'check')} at “${momentTitle(moment)}” in ${monthName(month)} (${pack.packId}, version ${pack.version}): ${plural(Object.keys(m.questions).length, 'question')} counted.`,
        );
      }
    }
  }
  if (lines.length === 0) lines.push('Nothing is counted in the months and packs chosen.');
  lines.push(
    'With a random token, the same in every snapshot from this device, so your snapshots count as one practitioner: it says nothing about you.',
  );
  lines.push('No case references, no names, no dates finer than the month, nothing typed.');
  return lines;
}

export type SnapshotCheck = { ok: true; snapshot: Snapshot } | { ok: false; reason: string };

/** Whether each question's tally fits inside its moment's checks: one state per question a check. */
function impossible(months: Snapshot['months']): string | null {
  for (const { month, packs } of months) {
    const seen = new Set<string>();
    for (const pack of packs) {
      const key = `${pack.packId}@${pack.version}`;
      if (seen.has(key)) return `${pack.packId} version ${pack.version} appears twice in ${month}`;
      seen.add(key);
      for (const [moment, m] of Object.entries(pack.moments) as [string, MomentCounts][]) {
        for (const [id, t] of Object.entries(m.questions)) {
          if (t[0] + t[1] + t[2] > m.checks)
            return `question ${id} at ${moment} in ${month} has more answers than checks`;
        }
      }
    }
  }
  const months_ = months.map((m) => m.month);
  if (new Set(months_).size !== months_.length) return 'a month appears twice';
  return null;
}

/** Checks a snapshot file in full; says why in plain words when it cannot be used. */
export function readSnapshot(text: string, byteLength: number = new TextEncoder().encode(text).length): SnapshotCheck {
  if (byteLength > MAX_SNAPSHOT_BYTES) {
    return { ok: false, reason: `it is larger than ${MAX_SNAPSHOT_BYTES / 1024} KB, so it is not a learning snapshot` };
  }
  const read = readJson(text);
  if (!read.ok) {
    return {
      ok: false,
      reason: read.problem === 'not-json' ? 'it is not readable JSON' : 'it contains names that are not allowed',
    };
  }
  if ((read.value as { format?: unknown } | null)?.format !== SNAPSHOT_FORMAT) {
    return { ok: false, reason: 'it is not a Pause Point learning snapshot' };
  }
  const version = (read.value as { version?: unknown }).version;
  if (version !== SNAPSHOT_VERSION && version !== 1) {
    return { ok: false, reason: 'it was made by another version of Pause Point' };
  }
  const parsed = v.safeParse(SnapshotSchema, read.value, { abortEarly: true });
  if (!parsed.success) {
    const where = parsed.issues[0].path?.map((item) => String(item.key)).join('.');
    return { ok: false, reason: `it is damaged${where ? ` (at ${where})` : ''}` };
  }
  const wrong = impossible(parsed.output.months);
  if (wrong) return { ok: false, reason: `its figures cannot be right: ${wrong}` };
  return { ok: true, snapshot: parsed.output };
}

/** One pooled figure: a pack, a moment and a month. */
interface PooledMoment {
  counts: MomentCounts;
  /** The snapshots (practitioners) with a check at this moment, by their place in the pool. */
  who: Set<number>;
  /** Per question, the snapshots that counted it. */
  questionWho: Record<string, Set<number>>;
}

export interface Pool {
  /** By pack id, then moment, then month. */
  packs: Map<string, { versions: Set<string>; moments: Map<MomentChoice, Map<MonthId, PooledMoment>> }>;
  /** Snapshots used (each counted once). */
  used: number;
  duplicates: number;
  /** Every month any snapshot has, in order. */
  months: MonthId[];
  /** The ids of the snapshots in the pool. */
  seen: Set<string>;
  /** Each practitioner's place in the pool: by device token (or, for a version 1 file, its id). */
  who: Map<string, number>;
  /**
   * What each practitioner added for a month and pack version, by `who|month|pack@version`: a
   * later snapshot from the same device with more checks there replaces it, never adds to it.
   */
  added: Map<string, { checks: number; moments: Partial<Record<MomentChoice, MomentCounts>> }>;
}

/**
 * Adds one practitioner's counts for a moment into the pooled figure, in place (pooling 200
 * files must stay quick); `sign` -1 takes counts added before back out.
 */
function addPooled(into: PooledMoment | undefined, m: MomentCounts, who: number, sign: 1 | -1 = 1): PooledMoment {
  const pooled = into ?? { counts: { checks: 0, questions: {} }, who: new Set<number>(), questionWho: {} };
  const questions = pooled.counts.questions;
  if (sign === -1) {
    for (const [id, t] of Object.entries(m.questions)) {
      const was = questions[id];
      if (!was) continue;
      was[0] -= t[0];
      was[1] -= t[1];
      was[2] -= t[2];
    }
    pooled.counts.checks -= m.checks;
    return pooled;
  }
  for (const [id, t] of Object.entries(m.questions)) {
    const was = questions[id];
    if (was) {
      was[0] += t[0];
      was[1] += t[1];
      was[2] += t[2];
    } else questions[id] = [t[0], t[1], t[2]];
    if (t[0] + t[1] + t[2] > 0) {
      const set = pooled.questionWho[id] ?? new Set<number>();
      set.add(who);
      pooled.questionWho[id] = set;
    }
  }
  if (m.checks > 0) pooled.who.add(who);
  pooled.counts.checks += m.checks;
  return pooled;
}

/** An empty pool, to add snapshots to one at a time (a page reading many files pools each as it is read). */
export function emptyPool(): Pool {
  return { packs: new Map(), used: 0, duplicates: 0, months: [], seen: new Set(), who: new Map(), added: new Map() };
}

/** Adds one snapshot to a pool, in place; a copy of one already in it (same id) counts once. */
export function addSnapshot(pool: Pool, snapshot: Snapshot): void {
  if (pool.seen.has(snapshot.id)) {
    pool.duplicates += 1;
    return;
  }
  pool.seen.add(snapshot.id);
  pool.used += 1;
  const token = 'device' in snapshot ? `device:${snapshot.device}` : `id:${snapshot.id}`;
  const who = pool.who.get(token) ?? pool.who.size;
  pool.who.set(token, who);
  for (const { month, packs } of snapshot.months) {
    if (!pool.months.includes(month)) pool.months = [...pool.months, month].sort();
    for (const pack of packs) {
      let entry = pool.packs.get(pack.packId);
      if (!entry) {
        entry = { versions: new Set(), moments: new Map() };
        pool.packs.set(pack.packId, entry);
      }
      entry.versions.add(pack.version);
      // The same device's month counted before: the snapshot with more checks there stands (counts
      // only grow within a month), the other is taken back out.
      const key = `${who}|${month}|${pack.packId}@${pack.version}`;
      const checks = Object.values(pack.moments).reduce((sum, m) => sum + (m?.checks ?? 0), 0);
      const before = pool.added.get(key);
      if (before && before.checks >= checks) continue;
      if (before) {
        for (const [moment, m] of Object.entries(before.moments) as [MomentChoice, MomentCounts][]) {
          entry.moments.get(moment)?.set(month, addPooled(entry.moments.get(moment)?.get(month), m, who, -1));
        }
      }
      pool.added.set(key, { checks, moments: pack.moments });
      // Two versions of a pack from one practitioner pool into one figure: they count once (by `who`).
      for (const [moment, m] of Object.entries(pack.moments) as [MomentChoice, MomentCounts][]) {
        let byMonth = entry.moments.get(moment);
        if (!byMonth) {
          byMonth = new Map();
          entry.moments.set(moment, byMonth);
        }
        byMonth.set(month, addPooled(byMonth.get(month), m, who));
      }
    }
  }
}

/** Pools snapshots by pack, moment and month; copies of one snapshot (same id) count once. */
export function poolSnapshots(snapshots: readonly Snapshot[]): Pool {
  const pool = emptyPool();
  for (const snapshot of snapshots) addSnapshot(pool, snapshot);
  return pool;
}

/** A figure in the report: shares of checks, with who stands behind them; null shares when withheld. */
export interface ReportFigure {
  label: string;
  fatherOrMaleCarer: boolean;
  practitioners: number;
  checks: number;
  /** Considered, not applicable, not yet considered, as shares of the checks that showed it; null when withheld. */
  shares: [number, number, number] | null;
}

export interface ReportMoment {
  moment: MomentChoice;
  title: string;
  overall: ReportFigure;
  questions: ReportFigure[];
  /** Share considered over all questions, month by month; null shares when withheld. */
  trend: { month: MonthId; figure: ReportFigure }[];
}

export interface ReportPack {
  packId: string;
  title: string;
  versions: string[];
  moments: ReportMoment[];
}

export interface Report {
  packs: ReportPack[];
  months: MonthId[];
  used: number;
  duplicates: number;
  /** The practitioners behind the snapshots used: one a device (a version 1 file is one on its own). */
  practitioners: number;
  withheld: number;
  minimum: number;
}

function figure(label: string, father: boolean, practitioners: number, tally: Tally, checks: number, min: number) {
  const shown = tally[0] + tally[1] + tally[2];
  const shares: [number, number, number] | null =
    practitioners >= min && shown > 0 ? [tally[0] / shown, tally[1] / shown, tally[2] / shown] : null;
  return { label, fatherOrMaleCarer: father, practitioners, checks, shares };
}

const sumTallies = (questions: Record<string, Tally>): Tally =>
  Object.values(questions).reduce<Tally>((s, t) => [s[0] + t[0], s[1] + t[1], s[2] + t[2]], [0, 0, 0]);

/**
 * The report from a pool, for the months chosen: per pack and moment, the overall figure,
 * each question's, and month by month. A figure from fewer than `minimum` practitioners (never
 * below MIN_PRACTITIONERS) is withheld, and counted in `withheld`.
 */
export function buildReport(
  pool: Pool,
  months: readonly MonthId[],
  packs: ReadonlyMap<string, Pick<Pack, 'title' | 'themes'>>,
  minimum: number = MIN_PRACTITIONERS,
): Report {
  const min = Math.max(MIN_PRACTITIONERS, Math.floor(minimum));
  const inPeriod = new Set(months);
  let withheld = 0;
  const count = <T extends ReportFigure>(f: T): T => {
    if (f.shares === null && f.checks > 0) withheld += 1;
    return f;
  };
  const out: ReportPack[] = [];
  for (const [packId, entry] of [...pool.packs].sort(([a], [b]) => a.localeCompare(b))) {
    const pack = packs.get(packId) ?? null;
    const moments: ReportMoment[] = [];
    for (const moment of [...MOMENT_IDS, 'all'] as MomentChoice[]) {
      const byMonth = entry.moments.get(moment);
      if (!byMonth) continue;
      const chosen = [...byMonth].filter(([month]) => inPeriod.has(month)).sort(([a], [b]) => a.localeCompare(b));
      if (chosen.length === 0) continue;
      // Practitioners over the period: each snapshot once, whichever months it has.
      const counts: MomentCounts = { checks: 0, questions: {} };
      const who = new Set<number>();
      const perQuestion: Record<string, Set<number>> = {};
      for (const [, p] of chosen) {
        counts.checks += p.counts.checks;
        for (const [id, t] of Object.entries(p.counts.questions)) {
          const was = counts.questions[id] ?? [0, 0, 0];
          counts.questions[id] = [was[0] + t[0], was[1] + t[1], was[2] + t[2]];
        }
        for (const w of p.who) who.add(w);
        for (const [id, set] of Object.entries(p.questionWho)) {
          const all = perQuestion[id] ?? new Set<number>();
          for (const w of set) all.add(w);
          perQuestion[id] = all;
        }
      }
      const questions = Object.entries(counts.questions)
        .map(([id, tally]) => {
          const info = questionInfo(pack, id);
          return count(
            figure(info.text, info.father, perQuestion[id]?.size ?? 0, tally, tally[0] + tally[1] + tally[2], min),
          );
        })
        .sort((a, b) => a.label.localeCompare(b.label));
      moments.push({
        moment,
        title: momentTitle(moment),
        overall: count(figure(momentTitle(moment), false, who.size, sumTallies(counts.questions), counts.checks, min)),
        questions,
        trend: chosen.map(([month, p]) => ({
          month,
          figure: count(figure(month, false, p.who.size, sumTallies(p.counts.questions), p.counts.checks, min)),
        })),
      });
    }
    out.push({ packId, title: pack?.title ?? packId, versions: [...entry.versions].sort(), moments });
  }
  return {
    packs: out,
    months: [...months],
    used: pool.used,
    duplicates: pool.duplicates,
    practitioners: pool.who.size,
    withheld,
    minimum: min,
  };
}

/** A CSV cell: quoted, and a leading = + - @ made harmless for spreadsheets. */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The report as CSV for a yearly report: one row a figure, withheld ones saying so. */
export function reportCsv(report: Report): string {
  const rows: (string | number)[][] = [
    [
      'pack',
      'versions',
      'moment',
      'figure',
      'father or male carer',
      'practitioners',
      'checks',
      'considered',
      'not applicable',
      'not yet considered',
    ],
  ];
  const row = (pack: ReportPack, moment: ReportMoment, what: string, f: ReportFigure) => [
    pack.title,
    pack.versions.join(' '),
    moment.title,
    what,
    f.fatherOrMaleCarer ? 'yes' : '',
    f.practitioners,
    f.checks,
    ...(f.shares ? f.shares.map((s) => percent(s)) : [`withheld (fewer than ${report.minimum} practitioners)`, '', '']),
  ];
  for (const pack of report.packs) {
    for (const moment of pack.moments) {
      rows.push(row(pack, moment, 'all questions', moment.overall));
      for (const q of moment.questions) rows.push(row(pack, moment, q.label, q));
      for (const t of moment.trend) rows.push(row(pack, moment, `all questions, ${t.month}`, t.figure));
    }
  }
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
