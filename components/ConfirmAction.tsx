import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface ConfirmActionProps {
  /** Prefixes the dialog's ids, so several can share a page. */
  id: string;
  /** May hold visually hidden words that tell several such buttons apart. */
  buttonLabel: ComponentChildren;
  /** The opening button's look; "danger" unless the action is an everyday one. */
  buttonClass?: string;
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm(): void;
}

/** A button whose action cannot be undone, behind a native modal dialog so the choice is deliberate. */
export function ConfirmAction({
  id,
  buttonLabel,
  buttonClass = 'danger',
  title,
  description,
  confirmLabel,
  onConfirm,
}: ConfirmActionProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" class={buttonClass} onClick={() => dialog.current?.showModal()}>
        {buttonLabel}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <form method="dialog">
          <h2 id={`${id}-title`}>{title}</h2>
          <p id={`${id}-desc`}>{description}</p>
          <div class="dialog-actions">
            <button type="submit" value="cancel" autofocus>
              Cancel
            </button>
            <button type="submit" value="confirm" class="danger" onClick={onConfirm}>
              {confirmLabel}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
