import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { MonthId } from '../../core/counting';
import type { Pack } from '../../core/pack/schema';
import { percent } from '../../core/practice';
import {
  addSnapshot,
  buildReport,
  emptyPool,
  MAX_SNAPSHOT_BYTES,
  MAX_SNAPSHOT_FILES,
  MIN_PRACTITIONERS,
  type ReportFigure,
  type ReportMoment,
  type ReportPack,
  readSnapshot,
  reportCsv,
} from '../../core/snapshot';
import { PlotChart } from './PlotChart';
import '../practice.css';

export interface ReportViewProps {
  /** The packs on this device, for titles and question text. */
  packs: ReadonlyMap<string, Pick<Pack, 'title' | 'themes'>>;
  onSaveCsv(fileName: string, text: string): void;
  onPrint(): void;
  /** Told when the files opened have been read and the report drawn, for the benchmark. */
  onRead?(count: number): void;
}

const STATE_NAMES = ['considered', 'not applicable', 'not yet considered'] as const;
const COLOURS = ['#2f6fbf', '#8a8a8a', '#c0392b'];

function monthName(month: MonthId): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return new Date(year, mon - 1, 1).toLocaleDateString('en-GB', { month: 'short', year: 'numeric' });
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function Shares({ figure, minimum }: { figure: ReportFigure; minimum: number }) {
  if (!figure.shares) {
    return <td colSpan={3}>Withheld: fewer than {minimum} practitioners</td>;
  }
  return (
    <>
      {figure.shares.map((s, i) => (
        <td key={STATE_NAMES[i]}>{percent(s)}</td>
      ))}
    </>
  );
}

function FigureTable({
  caption,
  first,
  rows,
  minimum,
}: {
  caption: string;
  first: string;
  rows: { key: string; label: string; figure: ReportFigure }[];
  minimum: number;
}) {
  return (
    <table class="practice-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">Practitioners</th>
          <th scope="col">Checks</th>
          <th scope="col">Considered</th>
          <th scope="col">Not applicable</th>
          <th scope="col">Not yet considered</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, figure }) => (
          <tr key={key}>
            <th scope="row">
              {label}
              {figure.fatherOrMaleCarer && <strong class="practice-father"> Father or male carer</strong>}
            </th>
            <td>{figure.practitioners}</td>
            <td>{figure.checks}</td>
            <Shares figure={figure} minimum={minimum} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MomentReport({ pack, moment, minimum }: { pack: ReportPack; moment: ReportMoment; minimum: number }) {
  const id = `${pack.packId}-${moment.moment}`;
  const shown = useMemo(() => moment.questions.filter((q) => q.shares !== null), [moment]);
  const drawQuestions = useCallback(
    (Plot: typeof import('@observablehq/plot')) =>
      Plot.plot({
        marginLeft: 220,
        width: 720,
        height: 30 + shown.length * 22,
        x: { label: 'share of checks', percent: true, domain: [0, 100] },
        y: { label: null, tickFormat: (label: string) => (label.length > 36 ? `${label.slice(0, 35)}…` : label) },
        color: { domain: [...STATE_NAMES], range: COLOURS, legend: false },
        marks: [
          Plot.barX(
            shown.flatMap((q) =>
              (q.shares ?? []).map((share, i) => ({ question: q.label, state: STATE_NAMES[i], share })),
            ),
            Plot.stackX({ x: 'share', y: 'question', fill: 'state', order: [...STATE_NAMES] }),
          ),
        ],
      }),
    [shown],
  );
  const trend = useMemo(() => moment.trend.filter((t) => t.figure.shares !== null), [moment]);
  const drawTrend = useCallback(
    (Plot: typeof import('@observablehq/plot')) =>
      Plot.plot({
        width: 720,
        height: 180,
        y: { label: 'share considered', percent: true, domain: [0, 100] },
        // In time order: a point scale would sort the month names alphabetically.
        x: { label: null, type: 'point', domain: trend.map((t) => monthName(t.month)) },
        marks: [
          Plot.lineY(
            trend.map((t) => ({ month: monthName(t.month), share: t.figure.shares?.[0] ?? 0 })),
            { x: 'month', y: 'share', stroke: COLOURS[0] },
          ),
          Plot.dot(
            trend.map((t) => ({ month: monthName(t.month), share: t.figure.shares?.[0] ?? 0 })),
            { x: 'month', y: 'share', fill: COLOURS[0] },
          ),
        ],
      }),
    [trend],
  );
  const o = moment.overall;
  return (
    <section aria-labelledby={id} class="report-moment">
      <h3 id={id}>{moment.title}</h3>
      <p>
        {plural(o.practitioners, 'practitioner')}, {plural(o.checks, 'check')}
        {o.shares
          ? `: ${percent(o.shares[0])} of questions considered, ${percent(o.shares[1])} not applicable, ${percent(o.shares[2])} not yet considered.`
          : `: withheld, fewer than ${minimum} practitioners.`}
      </p>
      {shown.length > 0 && (
        <PlotChart label={`Chart: the shares in the table “Questions: ${moment.title}”.`} draw={drawQuestions} />
      )}
      <FigureTable
        caption={`Questions: ${moment.title}`}
        first="Question"
        minimum={minimum}
        rows={moment.questions.map((q) => ({ key: q.label, label: q.label, figure: q }))}
      />
      {trend.length > 1 && (
        <PlotChart label={`Chart: the share considered in the table “By month: ${moment.title}”.`} draw={drawTrend} />
      )}
      <FigureTable
        caption={`By month: ${moment.title}`}
        first="Month"
        minimum={minimum}
        rows={moment.trend.map((t) => ({ key: t.month, label: monthName(t.month), figure: t.figure }))}
      />
    </section>
  );
}

/** The questions shown whose share in a state is highest, across every pack and moment. */
function highest(packs: ReportPack[], state: 0 | 2, limit = 5) {
  return packs
    .flatMap((p) => p.moments.flatMap((m) => m.questions.map((q) => ({ q, moment: m.title }))))
    .filter(({ q }) => q.shares !== null)
    .sort((a, b) => (b.q.shares?.[state] ?? 0) - (a.q.shares?.[state] ?? 0))
    .slice(0, limit);
}

/**
 * The partnership report: learning snapshots opened from files, each checked in full, pooled
 * by pack, month and moment, with every figure fewer than the minimum of practitioners stand
 * behind withheld.
 */
export function ReportView({ packs, onSaveCsv, onPrint, onRead }: ReportViewProps) {
  // Each snapshot is pooled as it is read, so no one step holds the page up (200 files pooled at once took 80 ms and more).
  const pool = useRef(emptyPool()).current;
  const [pooledCount, setPooledCount] = useState(0);
  const [refused, setRefused] = useState<{ name: string; reason: string }[]>([]);
  const [reading, setReading] = useState(false);
  const [minimumText, setMinimumText] = useState(String(MIN_PRACTITIONERS));
  const minimum = Math.max(MIN_PRACTITIONERS, Number.parseInt(minimumText, 10) || MIN_PRACTITIONERS);
  const [from, setFrom] = useState<MonthId | ''>('');
  const [to, setTo] = useState<MonthId | ''>('');
  const first = from && pool.months.includes(from) ? from : (pool.months[0] ?? '');
  const last = to && pool.months.includes(to) ? to : (pool.months.at(-1) ?? '');
  const months = pool.months.filter((m) => m >= first && m <= last);
  // The pool changes in place; pooledCount says when.
  const report = useMemo(
    () => buildReport(pool, months, packs, minimum),
    [pool, pooledCount, months.join(), packs, minimum],
  );

  const open = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setReading(true);
    const bad: { name: string; reason: string }[] = [];
    const list = [...files];
    for (const [i, file] of list.entries()) {
      if (pool.used >= MAX_SNAPSHOT_FILES) {
        bad.push({ name: file.name, reason: `the report holds at most ${MAX_SNAPSHOT_FILES} snapshots` });
        continue;
      }
      // Too large is refused before it is read at all.
      const checked =
        file.size > MAX_SNAPSHOT_BYTES
          ? ({
              ok: false,
              reason: `it is larger than ${MAX_SNAPSHOT_BYTES / 1024} KB, so it is not a learning snapshot`,
            } as const)
          : readSnapshot(await file.text(), file.size);
      if (checked.ok) addSnapshot(pool, checked.snapshot);
      else bad.push({ name: file.name, reason: checked.reason });
      // Checking many files gives the page back every so often.
      if (i % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    setPooledCount(pool.used + pool.duplicates);
    setRefused((had) => [...had, ...bad]);
    setReading(false);
    onRead?.(list.length);
  };

  const notYet = highest(report.packs, 2);
  const reached = highest(report.packs, 0);
  return (
    <main class="panel report">
      <h1>Partnership report</h1>
      <p class="report-intro">
        Pools the learning snapshots practitioners chose to share: per learning pack and moment, how often each question
        was considered, marked not applicable or not yet considered. Snapshots hold counts only, no case references. A
        figure fewer than {minimum} practitioners stand behind is withheld, so that no figure describes one person.
        Nothing leaves this device.
      </p>
      <div class="report-controls">
        <label for="snapshot-files">Open learning snapshots</label>
        <input
          id="snapshot-files"
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(e) => {
            const input = e.currentTarget;
            void open(input.files).then(() => {
              input.value = '';
            });
          }}
        />
        <label for="minimum">Withhold figures from fewer than this many practitioners (at least 5)</label>
        <input
          id="minimum"
          type="number"
          min={MIN_PRACTITIONERS}
          value={minimumText}
          onInput={(e) => setMinimumText(e.currentTarget.value)}
        />
        {pool.months.length > 0 && (
          <div class="field-row">
            <label for="from-month">From</label>
            <select id="from-month" value={first} onChange={(e) => setFrom(e.currentTarget.value)}>
              {pool.months.map((m) => (
                <option key={m} value={m}>
                  {monthName(m)}
                </option>
              ))}
            </select>
            <label for="to-month">to</label>
            <select id="to-month" value={last} onChange={(e) => setTo(e.currentTarget.value)}>
              {pool.months.map((m) => (
                <option key={m} value={m}>
                  {monthName(m)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <p role="status" class="report-summary">
        {reading
          ? 'Reading the snapshots…'
          : pooledCount === 0
            ? 'No snapshots open yet.'
            : `${plural(report.used, 'snapshot')} pooled${report.duplicates > 0 ? ` (${plural(report.duplicates, 'copy', 'copies')} of the same snapshot counted once)` : ''}${report.practitioners < report.used ? `, from ${plural(report.practitioners, 'practitioner')} (snapshots saved on one device count as one, each month once)` : ''}. ${plural(report.withheld, 'figure')} withheld: fewer than ${report.minimum} practitioners stand behind ${report.withheld === 1 ? 'it' : 'them'}.`}
      </p>
      {refused.length > 0 && (
        <div class="notice notice-error" role="alert">
          <p>{plural(refused.length, 'file was', 'files were')} not used:</p>
          <ul>
            {refused.slice(0, 20).map((r, i) => (
              <li key={`${r.name}-${i}`}>
                {r.name}: {r.reason}.
              </li>
            ))}
            {refused.length > 20 && <li>and {refused.length - 20} more.</li>}
          </ul>
        </div>
      )}
      {report.packs.length > 0 && (
        <>
          <div class="form-actions report-actions">
            <button
              type="button"
              onClick={() => onSaveCsv(`pause-point-partnership-report-${first}-to-${last}.csv`, reportCsv(report))}
            >
              Export as CSV
            </button>
            <button type="button" class="secondary" onClick={onPrint}>
              Print a one-page summary
            </button>
          </div>
          <section aria-labelledby="headline-heading" class="report-headline">
            <h2 id="headline-heading">Which learning is reaching practice</h2>
            <h3>Most often considered</h3>
            <ol>
              {reached.map(({ q, moment }) => (
                <li key={`${moment}-${q.label}`}>
                  {q.label} ({moment}): {percent(q.shares?.[0] ?? 0)} of {plural(q.checks, 'check')},{' '}
                  {plural(q.practitioners, 'practitioner')}
                </li>
              ))}
            </ol>
            <h3>Most often not yet considered</h3>
            <ol>
              {notYet.map(({ q, moment }) => (
                <li key={`${moment}-${q.label}`}>
                  {q.label} ({moment}): {percent(q.shares?.[2] ?? 0)} of {plural(q.checks, 'check')},{' '}
                  {plural(q.practitioners, 'practitioner')}
                  {q.fatherOrMaleCarer && <strong class="practice-father"> Father or male carer</strong>}
                </li>
              ))}
            </ol>
          </section>
          {report.packs.map((pack) => (
            <section key={pack.packId} aria-labelledby={`pack-${pack.packId}`} class="report-pack">
              <h2 id={`pack-${pack.packId}`}>{pack.title}</h2>
              <p class="hint">
                {pack.versions.length === 1 ? 'Version' : 'Versions'} {pack.versions.join(', ')}, {monthName(first)} to{' '}
                {monthName(last)}.
              </p>
              <p class="practice-legend hint">
                <span class="key key-0" /> considered <span class="key key-1" /> not applicable{' '}
                <span class="key key-2" /> not yet considered
              </p>
              {pack.moments.map((moment) => (
                <MomentReport key={moment.moment} pack={pack} moment={moment} minimum={report.minimum} />
              ))}
            </section>
          ))}
        </>
      )}
    </main>
  );
}
