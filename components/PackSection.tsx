import type { PackInfo } from '../core/pack/info';
import { PackChooser } from './PackChooser';

export interface PackSectionProps {
  caseRef: string;
  /** The pack the case uses, or the id of its missing pack. */
  currentId: string;
  missing: boolean;
  /** Answers given with the current pack, which changing pack clears. */
  answered: number;
  /** Called once a pack is chosen: the panel puts focus on the case's heading. */
  onChosen(): void;
  /** Opened from the case line: the keyboard goes to the chooser. */
  focusFirst?: boolean;
  packs: readonly PackInfo[];
  onChoose(id: string): void;
  onOpenSettings(): void;
}

/**
 * The open case's learning pack: a chooser when there is more than one pack on this device,
 * and, when the case's own pack is missing, what happened and what the practitioner can do.
 */
export function PackSection({ packs, missing, currentId, onOpenSettings, ...chooser }: PackSectionProps) {
  return (
    <>
      {(missing || packs.length > 1) && <PackChooser packs={packs} currentId={currentId} {...chooser} />}
      {missing && (
        <div class="notice notice-error">
          <p>
            This case was answered with the learning pack “{currentId}”, which is not on this device. Add the pack again
            in Pause Point’s settings to see its answers, or choose another pack for this case.
          </p>
          <button type="button" class="quiet" onClick={onOpenSettings}>
            Open settings
          </button>
        </div>
      )}
    </>
  );
}
