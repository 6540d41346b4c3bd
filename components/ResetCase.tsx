import { useRef } from 'preact/hooks';

export interface ResetCaseProps {
  caseRef: string;
  answered: number;
  onReset(): void;
}

/** "Reset this case", behind a native modal dialog so the choice is deliberate. */
export function ResetCase({ caseRef, answered, onReset }: ResetCaseProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <div class="reset">
      <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
        Reset this case
      </button>
      <dialog ref={dialog} aria-labelledby="reset-title" aria-describedby="reset-desc">
        <form method="dialog">
          <h2 id="reset-title">Reset case {caseRef}?</h2>
          <p id="reset-desc">
            This clears all {answered} {answered === 1 ? 'answer' : 'answers'} for this case on this device. It cannot
            be undone.
          </p>
          <div class="dialog-actions">
            <button type="submit" value="cancel" autofocus>
              Cancel
            </button>
            <button type="submit" value="reset" class="danger" onClick={onReset}>
              Yes, reset this case
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
