import { type MomentChoice, momentTitle } from '../core/moments';

export interface MomentChooserProps {
  moments: readonly MomentChoice[];
  choice: MomentChoice;
  virtual: boolean;
  showVirtual: boolean;
  onChoose(choice: MomentChoice, virtual: boolean): void;
}

/** Which pause point this is: each gives its own short list; "All prompts" gives every theme. */
export function MomentChooser({ moments, choice, virtual, showVirtual, onChoose }: MomentChooserProps) {
  return (
    <div class="moments">
      <fieldset>
        <legend>What are you doing now?</legend>
        {[...moments, 'all' as const].map((moment) => (
          <div class="choice" key={moment}>
            <input
              type="radio"
              name="moment"
              id={`moment-${moment}`}
              checked={choice === moment}
              onChange={() => onChoose(moment, virtual)}
            />
            <label for={`moment-${moment}`}>{momentTitle(moment)}</label>
          </div>
        ))}
      </fieldset>
      {showVirtual && (
        <div class="choice virtual">
          <input
            type="checkbox"
            id="moment-virtual"
            checked={virtual}
            onChange={(e) => onChoose(choice, e.currentTarget.checked)}
          />
          <label for="moment-virtual">The meeting is by video or telephone</label>
        </div>
      )}
    </div>
  );
}
