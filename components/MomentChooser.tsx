import type { ComponentChildren } from 'preact';
import { type MomentChoice, momentShortTitle, momentTitle } from '../core/moments';
import { useNarrow } from './use-narrow';

export interface MomentChooserProps {
  moments: readonly MomentChoice[];
  /** The list's progress ("3 of 8 done"), on the line under the choice. */
  children?: ComponentChildren;
  choice: MomentChoice;
  virtual: boolean;
  showVirtual: boolean;
  onChoose(choice: MomentChoice, virtual: boolean): void;
}

/**
 * Which pause point this is, in one row (two at 240 px): a native select (each moment gives its own short
 * list; "All prompts" gives every theme) and, where the moment has them, the video or telephone
 * meeting questions.
 */
export function MomentChooser({ moments, choice, virtual, showVirtual, onChoose, children }: MomentChooserProps) {
  // In Firefox's 240 px sidebar a title such as "Before a conference or core group" would be cut
  // to "Before a conference or c…": there each moment goes by its one-word name, in full.
  const narrow = useNarrow();
  return (
    <div class="moments">
      <label for="moment">
        <span class="visually-hidden">What are you doing </span>Now:
      </label>
      <select
        id="moment"
        value={choice}
        onChange={(e) => {
          const picked = [...moments, 'all' as const].find((m) => m === e.currentTarget.value);
          if (picked) onChoose(picked, virtual);
        }}
      >
        {[...moments, 'all' as const].map((moment) => (
          <option key={moment} value={moment}>
            {narrow ? momentShortTitle(moment) : momentTitle(moment)}
          </option>
        ))}
      </select>
      <div class="moment-status">
        {children}
        {showVirtual && (
          <span class="choice virtual">
            <input
              type="checkbox"
              id="moment-virtual"
              checked={virtual}
              onChange={(e) => onChoose(choice, e.currentTarget.checked)}
            />
            <label for="moment-virtual">Video or phone meeting</label>
          </span>
        )}
      </div>
    </div>
  );
}
