import { useState } from 'preact/hooks';
import { PACK_LIMITS } from '../../core/pack/schema';
import { Hidden } from './fields';

/**
 * The pack's resources as one string, "id<TAB>title" a line: a question's form compares it by
 * value, so typing in a question does not redraw every other question's resource choices.
 */
export function resourceChoicesOf(resources: readonly { id: string; title: string }[]): string {
  return resources.map((r, i) => `${r.id}\t${r.title.trim() || `Resource ${i + 1} (no title yet)`}`).join('\n');
}

interface ResourceLinksProps {
  /** The id the validator's path gives the links ("f-themes-0-prompts-1-resourceIds"). */
  id: string;
  /** Who the links belong to ("Theme 1, question 2"), for names that are unique on the page. */
  of: string;
  choices: string;
  chosen: readonly string[];
  onToggle(resourceId: string, on: boolean): void;
}

/** Ticks linking a question or an action to the resources a practitioner should read with it. */
export function ResourceLinks({ id, of, choices, chosen, onToggle }: ResourceLinksProps) {
  const linked = chosen.length;
  // The ticks are drawn only while open, and it opens closed (its summary says how many are
  // linked): a copy of Ivy has 45 questions of 11 resources each, and 500 ticks made every key
  // slower to lay out.
  const [open, setOpen] = useState(false);
  const options = choices
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [resourceId = '', title = ''] = line.split('\t');
      return { resourceId, title };
    });
  return (
    <details class="studio-links" open={open || undefined} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary id={id}>
        Resources to read with it ({linked === 0 ? 'none linked' : `${linked} linked`})<Hidden>, {of}</Hidden>
      </summary>
      {!open ? null : options.length === 0 ? (
        <p class="hint">Add resources under Resources first; then tick the ones to read with this.</p>
      ) : (
        <fieldset>
          <legend>
            <Hidden>{of}: </Hidden>Resources to read with it (at most {PACK_LIMITS.resourceIds})
          </legend>
          {options.map(({ resourceId, title }) => {
            const box = `${id}-${resourceId}`;
            const on = chosen.includes(resourceId);
            return (
              <span class="choice" key={resourceId}>
                <input
                  type="checkbox"
                  id={box}
                  checked={on}
                  disabled={!on && linked >= PACK_LIMITS.resourceIds}
                  onChange={(e) => onToggle(resourceId, e.currentTarget.checked)}
                />
                <label for={box}>{title}</label>
              </span>
            );
          })}
        </fieldset>
      )}
    </details>
  );
}

/** Links or unlinks a resource in an item's list, in the resources' order. */
export function toggleLink(list: string[] | undefined, resourceId: string, on: boolean): string[] {
  const without = (list ?? []).filter((x) => x !== resourceId);
  return on ? [...without, resourceId] : without;
}
