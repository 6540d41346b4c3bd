import { useState } from 'preact/hooks';
import type { Backup, BackupCheck, ImportMode, ImportPlan } from '../core/backup';
import { notSavedText } from '../core/storage-full';
import { formatDateTime } from '../core/time';

export interface BackupSettingsProps {
  /** False when the organisation has turned export off. */
  exportAllowed: boolean;
  /** Hands the backup to the browser to save; resolves to the file's name. */
  onExport(): Promise<string>;
  /** Checks a chosen file completely (away from the page, so a large file never freezes it). */
  onCheck(file: File): Promise<BackupCheck>;
  onPlan(backup: Backup, mode: ImportMode): Promise<ImportPlan>;
  /** Imports, planning again from what is stored now; resolves to what was done. */
  onImport(plan: ImportPlan): Promise<ImportPlan>;
}

const list = (refs: readonly string[]) => (refs.length === 0 ? 'none' : `${refs.length} (${refs.join(', ')})`);
const cases = (n: number) => (n === 0 ? 'none' : `${n} ${n === 1 ? 'case' : 'cases'}`);

/** Cases in the backup that the import leaves as they are: neither added, changed nor left out. */
const sameHere = (backup: Backup, plan: ImportPlan) =>
  backup.cases
    .map((c) => c.ref)
    .filter((ref) => !plan.added.includes(ref) && !plan.replaced.includes(ref) && !plan.expired.includes(ref));

/** Backup to a file, and import from one after a full check and a preview of the changes. */
export function BackupSettings({ exportAllowed, onExport, onCheck, onPlan, onImport }: BackupSettingsProps) {
  const [backup, setBackup] = useState<Backup | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);

  const choose = async (file: File | undefined) => {
    setPlan(null);
    setBackup(null);
    setSaid(null);
    if (!file) return;
    setSaid('Checking the file…');
    const checked = await onCheck(file);
    setSaid(null);
    if (!checked.ok) {
      setProblem(checked.reason);
      return;
    }
    const planned = await onPlan(checked.backup, mode);
    // Data here from a newer version is never written over: the preview says so at once.
    if (planned.refused) {
      setProblem(planned.refused);
      return;
    }
    setProblem(null);
    setBackup(checked.backup);
    setPlan(planned);
  };

  const changeMode = async (next: ImportMode) => {
    setMode(next);
    if (backup) setPlan(await onPlan(backup, next));
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up and restore</h2>
      <p>
        A backup file holds your cases’ answers, your recent cases, the supervision answers, the learning packs you
        added, your Pack studio drafts and your settings. It does not hold the case-system sites: turn those on again
        after restoring.
      </p>
      {exportAllowed ? (
        <div class="form-actions">
          <button
            type="button"
            class="secondary"
            // The page cannot see where the file goes: the browser may save it to downloads or ask.
            onClick={() =>
              void onExport().then((fileName) =>
                setSaid(
                  `Your browser is saving the backup as ${fileName}: in your downloads folder, or where it asked you to save it.`,
                ),
              )
            }
          >
            Export all data
          </button>
        </div>
      ) : (
        <p class="managed">Export is turned off by your organisation.</p>
      )}
      <label for="backup-file">Import a backup file</label>
      <input
        id="backup-file"
        type="file"
        accept="application/json,.json"
        aria-describedby={problem ? 'backup-problem' : undefined}
        onChange={(e) => void choose(e.currentTarget.files?.[0])}
      />
      {problem && (
        <p class="field-error" id="backup-problem" role="alert">
          {problem}
        </p>
      )}
      {backup && plan && (
        <div class="import-preview">
          <fieldset>
            <legend>How to import</legend>
            <div class="choice">
              <input
                type="radio"
                id="import-merge"
                name="import-mode"
                checked={mode === 'merge'}
                onChange={() => void changeMode('merge')}
              />
              <label for="import-merge">Add to what is here (answers given later win)</label>
            </div>
            <div class="choice">
              <input
                type="radio"
                id="import-replace"
                name="import-mode"
                checked={mode === 'replace'}
                onChange={() => void changeMode('replace')}
              />
              <label for="import-replace">Replace what is here with the backup</label>
            </div>
          </fieldset>
          <p id="import-summary">
            The backup from {formatDateTime(new Date(backup.exportedAt))} has {backup.cases.length}{' '}
            {backup.cases.length === 1 ? 'case' : 'cases'}. Cases to add: {list(plan.added)}. Cases to change:{' '}
            {list(plan.replaced)}. Already the same here: {list(sameHere(backup, plan))}.
            {mode === 'replace' ? ` Cases to delete: ${list(plan.removed)}.` : ''}
            {plan.packs.length > 0 ? ` Learning packs: ${plan.packs.join(', ')}.` : ''}
            {plan.skipped.length > 0 ? ` Not imported: ${plan.skipped.join(' ')}` : ''}
          </p>
          <button
            type="button"
            aria-describedby="import-summary"
            onClick={() =>
              void onImport(plan).then(
                (done) => {
                  setProblem(null);
                  setSaid(
                    `Imported: ${cases(done.added.length)} added, ${cases(done.replaced.length)} changed, ${cases(sameHere(backup, done).length)} already the same${done.removed.length > 0 ? `, ${cases(done.removed.length)} deleted` : ''}.${done.skipped.length > 0 ? ` Not imported: ${done.skipped.join(' ')}` : ''}`,
                  );
                  setPlan(null);
                  setBackup(null);
                },
                (error: unknown) => setProblem(notSavedText('The import', error)),
              )
            }
          >
            Import
          </button>
        </div>
      )}
      <p role="status" class="hint">
        {said}
      </p>
    </section>
  );
}
