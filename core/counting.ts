/**
 * Counts, not cases: how often each of a pack's questions was considered, marked not
 * applicable, or not yet considered, per month, pack version and moment. This is the evidence
 * a partnership needs ("is the learning reaching practice?") without anything about a case.
 *
 * A check is one case at one moment with at least one answer, counted once a month; each
 * question of that moment's list counts by its latest state that month. To count a case once
 * and to replace (not add to) its earlier states when it is ticked again, Pause Point keeps,
 * beside the case itself and deleted with it, what that case added this month (COUNTED). The
 * counts (COUNTS, one key per month) hold no case reference and nothing finer than the month.
 *
 * Pure: store/counting.ts reads and writes the two items.
 */
import * as v from 'valibot';
import type { AnswerState } from './checklist';
import { MOMENT_IDS, type MomentChoice } from './moments';
import { CaseReferenceSchema, COUNTED_PREFIX, storedKind } from './stored';

/** A month in the practitioner's own time: "2026-03". */
export type MonthId = string;

const MONTH_PATTERN = /^(19[7-9]\d|2[01]\d\d)-(0[1-9]|1[0-2])$/;

/** Counts are kept for 24 months after their month ends, whatever the case retention period. */
export const COUNTS_RETENTION_MONTHS = 24;

/** More than any one practitioner could record in a month: anything above is not real use. */
const MAX_COUNT = 100_000;
/** More packs than anyone uses in one month. */
const MAX_PACKS_A_MONTH = 50;
/** A pack has at most 140 prompts (core/pack/schema.ts); room to spare. */
const MAX_QUESTIONS = 500;
/** More checks than one case can have in a month: one per pack version and moment. */
const MAX_CASE_CHECKS = 100;

/** Considered, not applicable, not yet considered. */
export type Tally = [done: number, na: number, open: number];

export interface MomentCounts {
  checks: number;
  questions: Record<string, Tally>;
}

interface PackCounts {
  packId: string;
  version: string;
  moments: Partial<Record<MomentChoice, MomentCounts>>;
}

export interface MonthCounts {
  packs: PackCounts[];
}

/** What one case added to this month's counts: its state for each question, per pack version and moment. */
export interface CaseCounted {
  month: MonthId;
  checks: { packId: string; version: string; moment: MomentChoice; states: Record<string, AnswerState> }[];
}

export function monthOf(at: number): MonthId {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The first millisecond of the month after `month`, in the practitioner's own time. */
function monthEnd(month: MonthId): number {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return new Date(year, mon, 1).getTime();
}

/** The month `count` months before `month` ("2026-03", 2 → "2026-01"). */
function monthsBefore(month: MonthId, count: number): MonthId {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return monthOf(new Date(year, mon - 1 - count, 1).getTime());
}

/** The last `count` months up to and including `month`, oldest first. */
export function lastMonths(month: MonthId, count: number): MonthId[] {
  return Array.from({ length: count }, (_, i) => monthsBefore(month, count - 1 - i));
}

export const MonthIdSchema = v.pipe(v.string(), v.regex(MONTH_PATTERN));
const PackIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
const VersionSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(32));
const QuestionIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
const MomentSchema = v.picklist([...MOMENT_IDS, 'all']);
const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT));

const notTooMany = (max: number) => (value: unknown) =>
  typeof value !== 'object' || value === null || Object.keys(value).length <= max;

const TallySchema = v.tuple([CountSchema, CountSchema, CountSchema]);

const MomentCountsSchema = v.strictObject({
  checks: CountSchema,
  // Counted before each entry: a record too long is refused at once.
  questions: v.pipe(
    v.unknown(),
    v.check(notTooMany(MAX_QUESTIONS), 'more questions than a pack can have'),
    v.record(QuestionIdSchema, TallySchema),
  ),
});

const MomentsSchema = v.pipe(
  v.unknown(),
  v.check(notTooMany(MOMENT_IDS.length + 1), 'more moments than there are'),
  v.record(MomentSchema, MomentCountsSchema),
);

const PackCountsSchema = v.strictObject({
  packId: PackIdSchema,
  version: VersionSchema,
  moments: MomentsSchema,
});

export const MonthCountsSchema = v.strictObject({
  packs: v.pipe(v.array(PackCountsSchema), v.maxLength(MAX_PACKS_A_MONTH)),
});

export const CaseCountedSchema = v.strictObject({
  month: MonthIdSchema,
  checks: v.pipe(
    v.array(
      v.strictObject({
        packId: PackIdSchema,
        version: VersionSchema,
        moment: MomentSchema,
        states: v.pipe(
          v.unknown(),
          v.check(notTooMany(MAX_QUESTIONS), 'more questions than a pack can have'),
          v.record(QuestionIdSchema, v.picklist(['done', 'na', 'open'])),
        ),
      }),
    ),
    v.maxLength(MAX_CASE_CHECKS),
  ),
});

const EMPTY_MONTH: MonthCounts = { packs: [] };

/** The counts of one month, by month id ("2026-03"): no case reference, nothing finer than the month. */
export const COUNTS = storedKind<MonthCounts>('counts:', {
  what: 'one month’s counts of questions considered, by pack and moment',
  schema: MonthCountsSchema,
  since: 2,
  fallback: EMPTY_MONTH,
  id: MonthIdSchema,
});

/**
 * What one case added to this month's counts, so it is counted once and its later ticks replace
 * its earlier ones. Kept under the case's reference, like the case, and deleted with it.
 */
export const COUNTED = storedKind<CaseCounted | null>(COUNTED_PREFIX, {
  what: 'what one case added to this month’s counts',
  schema: CaseCountedSchema,
  since: 2,
  fallback: null,
});

/** An answer to count: the case it belongs to and what counting it needs (no pack, no page). */
export interface ToCount {
  ref: string;
  input: CountInput;
}

const ToCountSchema = v.strictObject({
  ref: CaseReferenceSchema,
  input: v.strictObject({
    now: v.pipe(v.number(), v.integer(), v.minValue(0)),
    packId: PackIdSchema,
    version: VersionSchema,
    moment: MomentSchema,
    questionIds: v.pipe(v.array(QuestionIdSchema), v.maxLength(MAX_QUESTIONS)),
    answers: v.pipe(
      v.unknown(),
      v.check(notTooMany(MAX_QUESTIONS), 'more questions than a pack can have'),
      v.record(QuestionIdSchema, v.strictObject({ state: v.picklist(['done', 'na', 'open']) })),
    ),
  }),
});

/**
 * Answers a side panel had not yet counted when it was hidden or closed, handed over in one
 * write to memory-only storage (never to disk) and counted by the next panel that counts.
 * Counting the same latest state again changes nothing, so one counted twice is harmless.
 */
export const COUNTS_LEFT = storedKind<ToCount[]>('countsLeft:', {
  area: 'session',
  what: 'answers a closed panel had not yet counted, until counted',
  schema: v.pipe(v.array(ToCountSchema), v.maxLength(MAX_CASE_CHECKS * 10)),
  since: 3,
  fallback: [],
});

const STATE_INDEX: Record<AnswerState, 0 | 1 | 2> = { done: 0, na: 1, open: 2 };

function capped(n: number): number {
  return Math.min(MAX_COUNT, Math.max(0, n));
}

export interface CountInput {
  /** When the answer was given. */
  now: number;
  packId: string;
  version: string;
  moment: MomentChoice;
  /** The questions the practitioner sees at that moment (and any question just answered). */
  questionIds: readonly string[];
  /** The case's answers as they now are. */
  answers: Readonly<Record<string, { state: AnswerState }>>;
}

/**
 * One answer counted: the month's counts and the case's own record of what it added, both
 * new. The case is one check a month at each pack version and moment; its questions count by
 * their latest state, its earlier states that month taken back out.
 */
export function countAnswer(
  month: MonthCounts,
  counted: CaseCounted | null,
  input: CountInput,
): { month: MonthCounts; counted: CaseCounted } {
  const id = monthOf(input.now);
  const mine: CaseCounted = counted && counted.month === id ? counted : { month: id, checks: [] };
  const same = (c: { packId: string; version: string; moment: MomentChoice }) =>
    c.packId === input.packId && c.version === input.version && c.moment === input.moment;
  const before = mine.checks.find(same);
  const states: Record<string, AnswerState> = {};
  for (const q of input.questionIds) states[q] = input.answers[q]?.state ?? 'open';

  const packs = month.packs.map((p) => ({ ...p, moments: { ...p.moments } }));
  let pack = packs.find((p) => p.packId === input.packId && p.version === input.version);
  if (!pack) {
    pack = { packId: input.packId, version: input.version, moments: {} };
    packs.push(pack);
  }
  const was = pack.moments[input.moment];
  const moment: MomentCounts = {
    checks: capped((was?.checks ?? 0) + (before ? 0 : 1)),
    questions: Object.fromEntries(Object.entries(was?.questions ?? {}).map(([q, t]) => [q, [...t] as Tally])),
  };
  for (const [q, state] of Object.entries(before?.states ?? {})) {
    const tally = moment.questions[q];
    if (tally) tally[STATE_INDEX[state]] = capped(tally[STATE_INDEX[state]] - 1);
  }
  for (const [q, state] of Object.entries(states)) {
    const tally: Tally = moment.questions[q] ?? [0, 0, 0];
    tally[STATE_INDEX[state]] = capped(tally[STATE_INDEX[state]] + 1);
    moment.questions[q] = tally;
  }
  pack.moments[input.moment] = moment;
  const entry = { packId: input.packId, version: input.version, moment: input.moment, states };
  const checks = before ? mine.checks.map((c) => (same(c) ? entry : c)) : [...mine.checks, entry];
  return {
    month: { packs: packs.slice(-MAX_PACKS_A_MONTH) },
    counted: { month: id, checks: checks.slice(-MAX_CASE_CHECKS) },
  };
}

/** Whether a month's counts are older than retention keeps: more than 24 months after its end. */
export function countsExpired(month: MonthId, now: number): boolean {
  const today = new Date(now);
  return monthEnd(month) <= new Date(today.getFullYear(), today.getMonth() - COUNTS_RETENTION_MONTHS, 1).getTime();
}

/** What a case added to the counts matters only in its own month: after it, the case starts a new check. */
export function countedExpired(counted: CaseCounted | null, now: number): boolean {
  return counted === null || counted.month < monthOf(now);
}
