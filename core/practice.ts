/**
 * A practitioner's own pattern, for supervision ("Your practice"): over the last months, by
 * moment, how many checks, and the questions most often not yet considered and most often
 * marked not applicable. From the counts alone (core/counting.ts): it names no case.
 */
import type { MomentCounts, MonthCounts, MonthId, Tally } from './counting';
import { lastMonths } from './counting';
import { MOMENT_IDS, type MomentChoice } from './moments';
import type { Pack } from './pack/schema';

export const PRACTICE_PERIODS = [3, 6, 12] as const;
export type PracticePeriod = (typeof PRACTICE_PERIODS)[number];

export interface QuestionFigure {
  id: string;
  /** The question's short line, or its text; its id when the pack no longer has it. */
  text: string;
  fatherOrMaleCarer: boolean;
  tally: Tally;
  /** Checks that showed the question: considered + not applicable + not yet considered. */
  shown: number;
}

export interface MomentFigures {
  moment: MomentChoice;
  checks: number;
  questions: QuestionFigure[];
}

/** Adds one moment's counts into another (tallies of the same question add up). */
function addMoment(into: MomentCounts, from: MomentCounts): MomentCounts {
  const questions: Record<string, Tally> = { ...into.questions };
  for (const [id, t] of Object.entries(from.questions)) {
    const was = questions[id] ?? [0, 0, 0];
    questions[id] = [was[0] + t[0], was[1] + t[1], was[2] + t[2]];
  }
  return { checks: into.checks + from.checks, questions };
}

const ORDER: readonly MomentChoice[] = [...MOMENT_IDS, 'all'];

/** Question text and flags, from the pack on this device. */
export function questionInfo(pack: Pick<Pack, 'themes'> | null, id: string): { text: string; father: boolean } {
  for (const theme of pack?.themes ?? []) {
    const prompt = theme.prompts.find((p) => p.id === id);
    if (prompt) return { text: prompt.short ?? prompt.text, father: prompt.fatherOrMaleCarer === true };
  }
  return { text: id, father: false };
}

/** Every version of one pack, over the given months, pooled by moment in the order practitioners meet them. */
export function practiceFigures(
  byMonth: ReadonlyMap<MonthId, MonthCounts>,
  months: readonly MonthId[],
  pack: Pick<Pack, 'id' | 'themes'>,
): MomentFigures[] {
  const pooled = new Map<MomentChoice, MomentCounts>();
  for (const month of months) {
    for (const counts of byMonth.get(month)?.packs ?? []) {
      if (counts.packId !== pack.id) continue;
      for (const [moment, m] of Object.entries(counts.moments) as [MomentChoice, MomentCounts][]) {
        pooled.set(moment, addMoment(pooled.get(moment) ?? { checks: 0, questions: {} }, m));
      }
    }
  }
  return ORDER.filter((m) => pooled.has(m)).map((moment) => {
    const counts = pooled.get(moment) as MomentCounts;
    return {
      moment,
      checks: counts.checks,
      questions: Object.entries(counts.questions).map(([id, tally]) => {
        const info = questionInfo(pack, id);
        return { id, text: info.text, fatherOrMaleCarer: info.father, tally, shown: tally[0] + tally[1] + tally[2] };
      }),
    };
  });
}

/** A moment's questions added up: every question each check showed, by state. */
export function momentTotals(figures: MomentFigures): Tally {
  return figures.questions.reduce<Tally>(
    (s, q) => [s[0] + q.tally[0], s[1] + q.tally[1], s[2] + q.tally[2]],
    [0, 0, 0],
  );
}

/** The months of a period ending with the month of `now`. */
export function periodMonths(now: number, period: PracticePeriod): MonthId[] {
  const date = new Date(now);
  const month = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
  return lastMonths(month, period);
}

/** The share of checks that showed a question with it in a state (0 to 1); 0 when none did. */
export function share(tally: Tally, state: 0 | 1 | 2): number {
  const shown = tally[0] + tally[1] + tally[2];
  return shown === 0 ? 0 : tally[state] / shown;
}

/**
 * The questions most often in a state (1 not applicable, 2 not yet considered), highest share
 * first, those never in it left out; at most `limit`.
 */
export function mostOften(questions: readonly QuestionFigure[], state: 1 | 2, limit = 3): QuestionFigure[] {
  return questions
    .filter((q) => q.tally[state] > 0)
    .sort((a, b) => share(b.tally, state) - share(a.tally, state) || b.tally[state] - a.tally[state])
    .slice(0, limit);
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}
