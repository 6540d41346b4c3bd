import { useEffect, useState } from 'preact/hooks';
import { progressOf } from '../../core/checklist';
import { ConfirmAction } from '../ConfirmAction';
import { usePanel } from './context';

/** Copy or print the case's summary for the record; reset or forget the case. */
export function CaseTools() {
  const { state, actions, shell } = usePanel();
  const { openRef, checklist, pack, missingPack } = state;
  const [copied, setCopied] = useState<string | null>(null);
  // What was said about the last copy no longer holds once the answers or the case change.
  useEffect(() => setCopied(null), [checklist, openRef]);
  if (openRef === null) return null;
  const all = progressOf(
    checklist,
    pack.themes.flatMap((t) => t.prompts.map((p) => p.id)),
  );
  const answered = all.done + all.notApplicable;
  const copy = () =>
    void shell
      .copySummary()
      .then((ok) => setCopied(ok ? 'Summary copied. Paste it into the case record.' : 'Could not copy. Try again.'));
  return (
    <>
      {missingPack === null && (
        <>
          <div class="form-actions case-tools">
            <button type="button" class="secondary" onClick={copy}>
              Copy summary
            </button>
            <button type="button" class="secondary" onClick={shell.printSummary}>
              Print
            </button>
          </div>
          <p role="status" class="hint">
            {copied}
          </p>
          <p class="pack-line">
            Questions from <strong>{pack.review.sourceTitle}</strong>
          </p>
        </>
      )}
      <div class="form-actions danger-zone">
        <ConfirmAction
          id="reset"
          buttonLabel="Reset this case"
          title={`Reset case ${openRef}?`}
          description={`This clears all ${answered} ${answered === 1 ? 'answer' : 'answers'} for this case on this device. It cannot be undone.`}
          confirmLabel="Yes, reset this case"
          onConfirm={() => void actions.resetCase()}
        />
        <ConfirmAction
          id="forget"
          buttonLabel="Forget this case"
          title={`Forget case ${openRef}?`}
          description="This deletes the case’s answers from this device and removes it from your recent cases. It cannot be undone."
          confirmLabel="Yes, forget this case"
          onConfirm={() => void actions.forgetCase()}
        />
      </div>
    </>
  );
}
