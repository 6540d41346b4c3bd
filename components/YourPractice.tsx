import { useState } from 'preact/hooks';
import type { MonthCounts, MonthId } from '../core/counting';
import { momentTitle } from '../core/moments';
import type { Pack } from '../core/pack/schema';
import {
  type MomentFigures,
  momentTotals,
  mostOften,
  PRACTICE_PERIODS,
  type PracticePeriod,
  percent,
  periodMonths,
  practiceFigures,
  type QuestionFigure,
  share,
} from '../core/practice';
import './practice.css';

export interface YourPracticeProps {
  pack: Pick<Pack, 'id' | 'themes'>;
  /** The counts kept on this device, by month. */
  counts: ReadonlyMap<MonthId, MonthCounts>;
  /** False when the practitioner turned counting off (off by policy: this section is not shown at all). */
  on: boolean;
  now: number;
  onOpenSettings(): void;
}

const STATES = ['considered', 'not applicable', 'not yet considered'] as const;

/** One stacked bar a moment: the share of questions considered, not applicable and not yet considered. */
function PracticeChart({ figures }: { figures: MomentFigures[] }) {
  const rowHeight = 22;
  const height = figures.length * (rowHeight + 18);
  return (
    <svg
      class="practice-chart"
      viewBox={`0 0 300 ${height}`}
      role="img"
      aria-label="Chart of the shares in the table below, one bar a moment."
    >
      {figures.map((f, i) => {
        const totals = momentTotals(f);
        const all = totals[0] + totals[1] + totals[2] || 1;
        let x = 0;
        const y = i * (rowHeight + 18);
        return (
          <g key={f.moment}>
            <text x={0} y={y + 12} class="practice-chart-label">
              {momentTitle(f.moment)}
            </text>
            {totals.map((t, s) => {
              const width = (t / all) * 300;
              const bar = (
                <rect key={STATES[s]} x={x} y={y + 16} width={width} height={rowHeight - 6} class={`bar-${s}`} />
              );
              x += width;
              return bar;
            })}
          </g>
        );
      })}
    </svg>
  );
}

function QuestionList({ title, questions, state }: { title: string; questions: QuestionFigure[]; state: 1 | 2 }) {
  if (questions.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul class="practice-list">
        {questions.map((q) => (
          <li key={q.id}>
            {q.text} — {percent(share(q.tally, state))} of {q.shown} {q.shown === 1 ? 'check' : 'checks'}
            {q.fatherOrMaleCarer && <strong class="practice-father"> Father or male carer</strong>}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * "Your practice": the practitioner's own pattern over the last months, for reflection with a
 * supervisor. From the counts alone: it names no case.
 */
export function YourPractice({ pack, counts, on, now, onOpenSettings }: YourPracticeProps) {
  const [period, setPeriod] = useState<PracticePeriod>(3);
  const figures = practiceFigures(counts, periodMonths(now, period), pack);
  return (
    <section class="practice" aria-labelledby="practice-heading">
      <h2 id="practice-heading">Your practice</h2>
      <p class="hint">
        {on
          ? 'Counting is on: which questions you consider, by month, with no case in the counts. '
          : 'Counting is off. '}
        <button type="button" class="secondary" onClick={onOpenSettings}>
          {on ? 'Turn it off in Settings' : 'Turn it on in Settings'}
        </button>
      </p>
      <fieldset class="practice-period">
        <legend>Show the last</legend>
        {PRACTICE_PERIODS.map((p) => (
          <label key={p}>
            <input type="radio" name="practice-period" checked={period === p} onChange={() => setPeriod(p)} /> {p}{' '}
            months
          </label>
        ))}
      </fieldset>
      {figures.length === 0 ? (
        <p>No checks counted in the last {period} months.</p>
      ) : (
        <>
          <PracticeChart figures={figures} />
          <p class="practice-legend hint">
            <span class="key key-0" /> considered <span class="key key-1" /> not applicable <span class="key key-2" />{' '}
            not yet considered
          </p>
          <table class="practice-table">
            <caption>Your checks in the last {period} months, by moment</caption>
            <thead>
              <tr>
                <th scope="col">Moment</th>
                <th scope="col">Checks</th>
                <th scope="col">Considered</th>
                <th scope="col">Not applicable</th>
                <th scope="col">Not yet considered</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => {
                const t = momentTotals(f);
                return (
                  <tr key={f.moment}>
                    <th scope="row">{momentTitle(f.moment)}</th>
                    <td>{f.checks}</td>
                    <td>{percent(share(t, 0))}</td>
                    <td>{percent(share(t, 1))}</td>
                    <td>{percent(share(t, 2))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {figures.map((f) => (
            <section key={f.moment} aria-labelledby={`practice-${f.moment}`}>
              <h3 id={`practice-${f.moment}`}>
                {momentTitle(f.moment)}: {f.checks} {f.checks === 1 ? 'check' : 'checks'}
              </h3>
              <QuestionList title="Most often not yet considered" questions={mostOften(f.questions, 2)} state={2} />
              <QuestionList title="Most often marked not applicable" questions={mostOften(f.questions, 1)} state={1} />
            </section>
          ))}
        </>
      )}
    </section>
  );
}
