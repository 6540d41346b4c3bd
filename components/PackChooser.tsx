import { useEffect, useRef, useState } from 'preact/hooks';
import type { PackInfo } from '../core/pack/info';

export interface PackChooserProps {
  packs: readonly PackInfo[];
  /** The pack the case uses now (or, when that pack is missing, the missing pack's id). */
  currentId: string;
  caseRef: string;
  /** Answers given with the current pack, which changing pack clears. */
  answered: number;
  onChoose(id: string): void;
  /** After the choice, so the panel can move focus off the chooser (it is replaced). */
  onChosen(): void;
  /** Opened by the practitioner (from the case line): the keyboard goes to the select. */
  focusFirst?: boolean;
}

/**
 * Chooses the learning pack for one case. Changing pack clears the case's answers, because
 * they belong to the old pack's prompts; with answers given, a dialog asks first.
 */
export function PackChooser({ packs, currentId, caseRef, answered, onChoose, onChosen, focusFirst }: PackChooserProps) {
  const [selected, setSelected] = useState(currentId);
  const dialog = useRef<HTMLDialogElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (focusFirst) select.current?.focus();
  }, [focusFirst]);
  const chosen = packs.find((p) => p.id === selected);
  const current = packs.find((p) => p.id === currentId);
  const choice = chosen && chosen.id !== currentId ? chosen : null;

  const submit = (event: Event) => {
    event.preventDefault();
    if (!choice) return;
    if (answered > 0) dialog.current?.showModal();
    else choose(choice.id);
  };

  const choose = (id: string) => {
    onChoose(id);
    onChosen();
  };

  return (
    <>
      <form class="pack-chooser" onSubmit={submit}>
        <label for="pack-choice">Learning pack for this case</label>
        <div class="field-row">
          <select id="pack-choice" ref={select} value={selected} onChange={(e) => setSelected(e.currentTarget.value)}>
            {!current && <option value={currentId}>{currentId} (not on this device)</option>}
            {packs.map((pack) => (
              <option key={pack.id} value={pack.id}>
                {pack.title} ({pack.version})
              </option>
            ))}
          </select>
          <button type="submit" class="secondary" disabled={!choice}>
            Use this pack
          </button>
        </div>
      </form>
      <dialog ref={dialog} aria-labelledby="pack-dialog-title" aria-describedby="pack-dialog-desc">
        <form method="dialog">
          <h2 id="pack-dialog-title">
            Use “{choice?.title}” for case {caseRef}?
          </h2>
          <p id="pack-dialog-desc">
            This clears the {answered} {answered === 1 ? 'answer' : 'answers'} given with “{current?.title ?? currentId}
            ” for this case on this device. It cannot be undone.
          </p>
          <div class="dialog-actions">
            <button type="submit" value="cancel" autofocus>
              Cancel
            </button>
            <button type="submit" value="confirm" class="danger" onClick={() => choice && choose(choice.id)}>
              Yes, change the pack
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
