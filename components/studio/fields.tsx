import { Component, type ComponentChildren, type ComponentType, createContext, h } from 'preact';
import { useContext } from 'preact/hooks';
import type { DraftPack } from '../../core/pack/edit';

/** The ids of the fields the validator found a problem in, so each can say so (aria-invalid). */
export const InvalidFields = createContext<ReadonlySet<string>>(new Set());

export interface FieldProps {
  id: string;
  label: ComponentChildren;
  /**
   * The item the field belongs to ("Theme 2"), said before the label to screen readers only, so
   * that fields that look alike on screen have names of their own.
   */
  of?: string;
  value: string;
  onInput(value: string): void;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'url' | 'date';
  /** Further descriptions (writing hints), by element id. */
  describedBy?: string;
}

/** One labelled text field, with its hint read out after its label. */
export function Field({
  id,
  label,
  of,
  value,
  onInput,
  hint,
  multiline,
  rows = 3,
  type = 'text',
  describedBy,
}: FieldProps) {
  const invalid = useContext(InvalidFields).has(id);
  const hintId = hint ? `${id}-hint` : undefined;
  const described = [hintId, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div class="studio-field">
      <label for={id}>
        {of && <Hidden>{of}: </Hidden>}
        {label}
      </label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          id={id}
          rows={rows}
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={described}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      ) : type === 'date' ? (
        <input
          id={id}
          type="date"
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={described}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      ) : type === 'url' ? (
        <input
          id={id}
          type="url"
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={described}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={described}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
    </div>
  );
}

/** A field for a list of short lines (notes, cue words): one item a line. */
export function LinesField(
  props: Omit<FieldProps, 'value' | 'onInput' | 'multiline'> & {
    value: readonly string[];
    onInput(lines: string[]): void;
  },
) {
  return (
    <Field {...props} multiline value={props.value.join('\n')} onInput={(text) => props.onInput(text.split('\n'))} />
  );
}

/** Words only a screen reader hears, telling apart fields that look alike on screen. */
export function Hidden({ children }: { children: ComponentChildren }) {
  return <span class="visually-hidden">{children}</span>;
}

/**
 * Moves focus to an element once the change that makes it has been drawn: after a question is
 * added, moved or removed, keyboard users carry on from the right place rather than the page top.
 * Tries each id in turn, for when the first is gone (the last question was removed).
 */
export function focusSoon(...ids: string[]) {
  setTimeout(() => {
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        return;
      }
    }
  }, 0);
}

/** The keys of an item whose values are text. */
export type TextKey<T> = { [K in keyof T]-?: T[K] extends string | undefined ? K : never }[keyof T] & string;

/**
 * What ties a field to one text of one item of the draft (a resource's title, a question's
 * wording): its id, from the item's own id prefix and the key, its value, and a setter that
 * changes that item in the next copy of the draft.
 */
export function textOf<T extends object>(
  item: T,
  key: TextKey<T>,
  base: string,
  change: (edit: (item: T) => void) => void,
): Pick<FieldProps, 'id' | 'value' | 'onInput'> {
  return {
    id: `${base}-${key}`,
    value: (item[key] as string | undefined) ?? '',
    onInput: (value) =>
      change((target) => {
        (target as Record<string, unknown>)[key] = value;
      }),
  };
}

/** A setter for one item of the draft, found afresh in each new copy of it. */
export function changeOf<T>(
  onChange: (edit: (pack: DraftPack) => void) => void,
  find: (pack: DraftPack) => T | undefined,
): (edit: (item: T) => void) => void {
  return (edit) =>
    onChange((pack) => {
      const item = find(pack);
      if (item) edit(item);
    });
}

/**
 * A part of the form drawn again only when `same` says its props changed. Edits keep every
 * part of the draft they do not touch (store/studio-store.ts), so comparing by identity is
 * enough: a key typed in one question leaves the rest of a large pack undrawn. (preact/compat's
 * memo would do this too, but compat changes how every input's events are wired.)
 */
export function drawnWhenChanged<P extends object>(
  draw: ComponentType<P>,
  same: (before: Readonly<P>, after: Readonly<P>) => boolean,
): ComponentType<P> {
  return class extends Component<P> {
    static override displayName = `Memo(${draw.displayName ?? draw.name})`;
    override shouldComponentUpdate(next: Readonly<P>) {
      return !same(this.props, next);
    }
    override render() {
      return h(draw, this.props);
    }
  };
}

/** Props the same by identity, one by one. */
export function sameProps<P extends object>(before: Readonly<P>, after: Readonly<P>): boolean {
  const keys = Object.keys(after) as (keyof P)[];
  return Object.keys(before).length === keys.length && keys.every((key) => before[key] === after[key]);
}
