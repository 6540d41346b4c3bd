import { useState } from 'preact/hooks';
import type { Backup, BackupCheck, ImportMode, ImportPlan } from '../core/backup';
import { notSavedText } from '../core/storage-full';

export interface BackupSettingsProps {
  /** False when the organisation has turned export off. */
  exportAllowed: boolean;
  onExport(): Promise<void>;
  /** Checks a chosen file completely (away from the page, so a large file never freezes it). */
  onCheck(file: File): Promise<BackupCheck>;
  onPlan(backup: Backup, mode: ImportMode): Promise<ImportPlan>;
  onImport(plan: ImportPlan): Promise<void>;
}

const list = (refs: readonly string[]) => (refs.length === 0 ? 'none' : refs.join(', '));

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
    setProblem(null);
    setBackup(checked.backup);
    setPlan(await onPlan(checked.backup, mode));
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
        added and your settings. It does not hold the case-system sites: turn those on again after restoring.
      </p>
      {exportAllowed ? (
        <div class="form-actions">
          <button
            type="button"
            class="secondary"
            onClick={() => void onExport().then(() => setSaid('Backup saved to your downloads.'))}
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
            The backup from {new Date(backup.exportedAt).toLocaleString('en-GB')} has {backup.cases.length}{' '}
            {backup.cases.length === 1 ? 'case' : 'cases'}. Cases added: {list(plan.added)}. Cases changed:{' '}
            {list(plan.replaced)}.{mode === 'replace' ? ` Cases deleted: ${list(plan.removed)}.` : ''}
            {plan.packs.length > 0 ? ` Learning packs: ${plan.packs.join(', ')}.` : ''}
          </p>
          <button
            type="button"
            aria-describedby="import-summary"
            onClick={() =>
              void onImport(plan).then(
                () => {
                  setProblem(null);
                  setSaid(`Imported ${backup.cases.length} ${backup.cases.length === 1 ? 'case' : 'cases'}.`);
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
