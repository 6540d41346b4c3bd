import { useState } from 'preact/hooks';
import type { MonthCounts, MonthId } from '../core/counting';
import { makeSnapshot, type Snapshot, snapshotMonths, snapshotWords } from '../core/snapshot';
import { notSavedText } from '../core/storage-full';

export interface CountingSettingsProps {
  /** The practitioner's own choice. */
  ownChoice: boolean;
  /** True when the organisation turned counting off for everyone. */
  offByPolicy: boolean;
  counts: ReadonlyMap<MonthId, MonthCounts>;
  onSetCounting(on: boolean): Promise<void>;
  /** A new random snapshot id. */
  newId(): string;
  /** This device's snapshot token, made when first asked for (core/snapshot.ts, SNAPSHOT_DEVICE). */
  device(): Promise<string>;
  /** Saves the file; resolves with its name. */
  onSave(snapshot: Snapshot): Promise<string>;
  onOpenReport(): void;
}

function monthName(month: MonthId): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return new Date(year, mon - 1, 1).toLocaleDateString('en-GB', { month: 'long', year: 'numeric' });
}

/** Counting on or off, "Save a learning snapshot", and the way to the partnership report. */
export function CountingSettings({
  ownChoice,
  offByPolicy,
  counts,
  onSetCounting,
  newId,
  device,
  onSave,
  onOpenReport,
}: CountingSettingsProps) {
  const [on, setOn] = useState(ownChoice);
  const months = [...counts.keys()].sort().reverse();
  const packIds = [...new Set([...counts.values()].flatMap((m) => m.packs.map((p) => p.packId)))].sort();
  const [chosenMonths, setChosenMonths] = useState<ReadonlySet<MonthId>>(new Set(months.slice(0, 3)));
  const [chosenPacks, setChosenPacks] = useState<ReadonlySet<string>>(new Set(packIds));
  const [said, setSaid] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [id] = useState(newId);
  const chosen = snapshotMonths(counts, [...chosenMonths], chosenPacks);
  const toggle = <T,>(set: ReadonlySet<T>, value: T, checked: boolean) => {
    const next = new Set(set);
    if (checked) next.add(value);
    else next.delete(value);
    return next;
  };

  return (
    <section aria-labelledby="counting-heading">
      <h2 id="counting-heading">Counting, for supervision and your partnership</h2>
      <p>
        Pause Point can count, each month, how often each question was considered, marked not applicable or not yet
        considered at each moment. The counts hold no case reference, nothing finer than the month and nothing typed.
        They stay on this device for 24 months. They show in the Supervision view as “Your practice”, and you can save
        some of them as a learning snapshot to share with your partnership.
      </p>
      {offByPolicy ? (
        <p class="managed">Your organisation has turned counting off. Nothing is counted.</p>
      ) : (
        <div class="field-row">
          <input
            type="checkbox"
            id="counting-on"
            checked={on}
            onChange={(e) => {
              const next = e.currentTarget.checked;
              setOn(next);
              onSetCounting(next).catch((error: unknown) => {
                setOn(!next);
                setProblem(notSavedText('Your choice', error));
              });
            }}
          />
          <label for="counting-on">Count which questions I consider</label>
        </div>
      )}

      {!offByPolicy && (
        <>
          <h3 id="snapshot-heading">Save a learning snapshot</h3>
          {months.length === 0 ? (
            <p>Nothing has been counted yet.</p>
          ) : (
            <>
              <fieldset>
                <legend>Months</legend>
                {months.map((month) => (
                  <label key={month} class="choice">
                    <input
                      type="checkbox"
                      checked={chosenMonths.has(month)}
                      onChange={(e) => setChosenMonths(toggle(chosenMonths, month, e.currentTarget.checked))}
                    />{' '}
                    {monthName(month)}
                  </label>
                ))}
              </fieldset>
              <fieldset>
                <legend>Learning packs</legend>
                {packIds.map((packId) => (
                  <label key={packId} class="choice">
                    <input
                      type="checkbox"
                      checked={chosenPacks.has(packId)}
                      onChange={(e) => setChosenPacks(toggle(chosenPacks, packId, e.currentTarget.checked))}
                    />{' '}
                    {packId}
                  </label>
                ))}
              </fieldset>
              <h4 id="snapshot-preview">What the file will hold</h4>
              <ul aria-labelledby="snapshot-preview">
                {snapshotWords({ months: chosen }).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <p class="hint">
                Pause Point never sends it. Counts about you are your data: share the file only as your organisation
                asks.
              </p>
              <button
                type="button"
                disabled={chosen.length === 0}
                onClick={() => {
                  setProblem(null);
                  device()
                    .then((token) => onSave(makeSnapshot(counts, [...chosenMonths], chosenPacks, id, token)))
                    .then(
                      (name) => setSaid(`Saved as ${name}.`),
                      (error: unknown) => setProblem(notSavedText('The snapshot', error)),
                    );
                }}
              >
                Save the snapshot
              </button>
            </>
          )}
        </>
      )}
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
      <p role="status" class="hint">
        {said}
      </p>
      <h3>Partnership report</h3>
      <p>
        For a partnership’s quality-assurance lead: opens learning snapshots shared by practitioners and pools them.
      </p>
      <button type="button" class="secondary" onClick={onOpenReport}>
        Open the partnership report
      </button>
    </section>
  );
}
