import { useState } from 'preact/hooks';
import { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../core/retention';
import { notSavedText } from '../core/storage-full';
import { type StorageUse, storageUseText } from '../core/storage-use';
import { ConfirmAction } from './ConfirmAction';

export interface DataSettingsProps {
  retentionDays: number;
  /** True when the organisation sets the retention period: it shows, but cannot be changed here. */
  retentionManaged?: boolean;
  /** Saves the period and applies it at once; resolves with the number of cases deleted. */
  onSaveRetention(days: number): Promise<number>;
  /** Deletes everything; resolves with what could not be done besides (in the practitioner's words). */
  onDeleteAll(): Promise<string[]>;
  /** How much of its storage Pause Point uses, where the browser says. */
  storageUse?: StorageUse | null;
}

/** What Pause Point keeps, for how long, and the way to delete all of it. */
export function DataSettings({
  retentionDays,
  retentionManaged,
  onSaveRetention,
  onDeleteAll,
  storageUse = null,
}: DataSettingsProps) {
  const fullness = storageUseText(storageUse);
  const [days, setDays] = useState(String(retentionDays));
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [notDeleted, setNotDeleted] = useState<string | null>(null);

  const save = (event: Event) => {
    event.preventDefault();
    const value = Number(days);
    if (!Number.isInteger(value) || value < MIN_RETENTION_DAYS || value > MAX_RETENTION_DAYS) {
      setProblem(`Enter a whole number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}.`);
      return;
    }
    setProblem(null);
    setSaid(null);
    onSaveRetention(value).then(
      (deleted) =>
        setSaid(
          `Saved: kept for ${value} days.${deleted > 0 ? ` ${deleted === 1 ? '1 case' : `${deleted} cases`} untouched for longer ${deleted === 1 ? 'was' : 'were'} deleted.` : ''}`,
        ),
      (error: unknown) => setProblem(notSavedText('The number of days', error)),
    );
  };

  return (
    <>
      <section aria-labelledby="stored-heading">
        <h2 id="stored-heading">What Pause Point keeps</h2>
        <p>Only on this device, in the browser’s own storage for extensions. Nothing is ever sent anywhere.</p>
        <ul>
          <li>
            For each case: the case reference, the learning pack it uses (its id and version), and for each question
            whether it is done, not applicable or still to do, with the time you set it, and the moment you last chose.
          </li>
          <li>The list of cases you opened and when each was last used.</li>
          <li>Learning packs you added from a file, as the file gave them.</li>
          <li>Your team’s answers to the reflective questions and your “what to do next” ticks.</li>
          <li>
            Unless counting is off: for each month, learning pack and moment, how many checks there were and how often
            each question was considered, not applicable or not yet considered. No case reference, nothing finer than
            the month; kept for 24 months, whatever the period below. While a month lasts, each case keeps beside it
            what it added, so it is counted once; that goes with the case.
          </li>
          <li>
            The case-system sites you turned on, each with its rule for finding the case reference, and your choices
            here.
          </li>
          <li>
            While a tab is open on such a site: the case reference found there and which cue words appeared, in memory
            only.
          </li>
        </ul>
        <p>No notes about a child or family are kept, and no text from case pages.</p>
        {fullness && <p class="notice notice-error">{fullness}</p>}
      </section>

      <section aria-labelledby="retention-heading">
        <h2 id="retention-heading">How long it is kept</h2>
        <form onSubmit={save} noValidate>
          <label for="retention-days">Delete a case after this many days without use</label>
          <p class="hint" id="retention-hint">
            From {MIN_RETENTION_DAYS} to {MAX_RETENTION_DAYS} days; {DEFAULT_RETENTION_DAYS} unless you change it. The
            supervision answers follow the same rule. Checked when the browser starts and every day.
          </p>
          <div class="field-row">
            <input
              id="retention-days"
              type="number"
              inputMode="numeric"
              min={MIN_RETENTION_DAYS}
              max={MAX_RETENTION_DAYS}
              value={days}
              disabled={retentionManaged}
              aria-describedby={problem ? 'retention-hint retention-problem' : 'retention-hint'}
              aria-invalid={problem ? 'true' : undefined}
              onInput={(e) => setDays(e.currentTarget.value)}
            />
            {!retentionManaged && <button type="submit">Save</button>}
          </div>
          {retentionManaged && <p class="managed">Set by your organisation.</p>}
          {problem && (
            <p class="field-error" id="retention-problem" role="alert">
              {problem}
            </p>
          )}
        </form>
        <p role="status" class="hint">
          {said}
        </p>
      </section>

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete all data</h2>
        <p>
          Deletes every case, answer, count, setting, site, added learning pack and Pack studio draft from this device,
          and gives back access to every site.
        </p>
        <ConfirmAction
          id="delete-all"
          buttonLabel="Delete all data"
          title="Delete all Pause Point data?"
          description="Every case, answer, setting, site, added learning pack and Pack studio draft on this device will be deleted. It cannot be undone."
          confirmLabel="Yes, delete everything"
          onConfirm={() => {
            setNotDeleted(null);
            onDeleteAll().then(
              (notDone) => setSaid(['All Pause Point data on this device was deleted.', ...notDone].join(' ')),
              (error: unknown) =>
                setNotDeleted(
                  `Not all Pause Point data could be deleted (${error instanceof Error ? error.message : String(error)}). Try again.`,
                ),
            );
          }}
        />
        {notDeleted && (
          <p class="field-error" role="alert">
            {notDeleted}
          </p>
        )}
      </section>
    </>
  );
}
