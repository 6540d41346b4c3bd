/**
 * The note being written raises themes too. On an enabled case page, text typed into a
 * textarea, a text or search box, or a rich-text editor (contenteditable), in the page or in a
 * frame of the same site inside it, is read for cue words as it is typed, once typing pauses.
 *
 * Only the field being typed in is read, and only up to TYPED_CHARS characters of it. What is
 * kept is what the matcher gives back: theme ids and the pack's own cue words, per field.
 * The typed text itself is never kept, stored or sent. Password, hidden and other non-text
 * fields (email, number, date...) are never read.
 */
import type { RaisedTheme } from '../../core/cues';

/** Quiet time after a keystroke before the note is read. */
export const TYPING_SETTLE_MS = 300;
/** Most characters of one field read: a long note's worth around where the practitioner types. */
export const TYPED_CHARS = 20_000;

/** Input types that hold free text a practitioner writes. Everything else is never read. */
const TEXT_TYPES = new Set(['text', 'search']);

type Field = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** The field an input event was typed into, if it is one that is read. Works across frames. */
export function typedField(target: EventTarget | null): Field | null {
  const element = target as Element | null;
  if (!element || typeof element.localName !== 'string') return null;
  if (element.localName === 'textarea') return element as HTMLTextAreaElement;
  if (element.localName === 'input') {
    // `type` is "text" for a missing or unknown type attribute, as the browser treats it.
    return TEXT_TYPES.has((element as HTMLInputElement).type) ? (element as HTMLInputElement) : null;
  }
  let host = element as HTMLElement;
  if (!host.isContentEditable) return null;
  // The editing host: the outermost element that is editable, the whole note.
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

const BLOCK_BREAK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;

/** An editor's text, with a space where its paragraphs and lines break, at most `cap` characters. */
function editorText(host: HTMLElement, cap: number): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child && length < cap; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.nodeValue ?? '';
        parts.push(text);
        length += text.length;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const breaks = BLOCK_BREAK.test((child as Element).tagName.toUpperCase());
        if (breaks) parts.push(' ');
        visit(child);
        if (breaks) parts.push(' ');
      }
    }
  };
  visit(host);
  return parts.join('').slice(0, cap);
}

/** What is read of a field: all of it, or for a very long one the part around the caret. */
export function fieldText(field: Field, cap = TYPED_CHARS): string {
  if (field.localName === 'textarea' || field.localName === 'input') {
    const { value, selectionEnd } = field as HTMLTextAreaElement;
    if (value.length <= cap) return value;
    const end = Math.min(value.length, Math.max(cap, (selectionEnd ?? value.length) + cap / 10));
    return value.slice(end - cap, end);
  }
  return editorText(field, cap);
}

export interface TypedNotes {
  /** Listens in `doc` and in the same-site frames inside it (again after a frame loads). */
  watch(doc: Document): void;
  /** What the notes being written raise, field by field. */
  raised(): Iterable<RaisedTheme[]>;
  stop(): void;
}

export interface TypedNotesOptions {
  find(text: string): RaisedTheme[];
  /** Called once a pause in typing has been read and what the notes raise changed. */
  onChange(): void;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

export function typedNotes({ find, onChange, setTimeout, clearTimeout }: TypedNotesOptions): TypedNotes {
  const raisedBy = new Map<Field, RaisedTheme[]>();
  const waiting = new Set<Field>();
  const documents = new Set<Document>();
  const frames = new WeakSet<Element>();
  let timer: unknown;
  let stopped = false;

  const readWaiting = () => {
    timer = undefined;
    let changed = false;
    for (const field of waiting) {
      const before = JSON.stringify(raisedBy.get(field) ?? []);
      const found = field.isConnected ? find(fieldText(field)) : [];
      if (found.length > 0) raisedBy.set(field, found);
      else raisedBy.delete(field);
      if (JSON.stringify(found) !== before) changed = true;
    }
    waiting.clear();
    if (changed) onChange();
  };

  // The only work done on a keystroke: note the field, and wait for a pause.
  const typed = (event: Event) => {
    const field = typedField(event.target);
    if (!field) return;
    waiting.add(field);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(readWaiting, TYPING_SETTLE_MS);
  };

  const watchFrame = (frame: HTMLIFrameElement) => {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument; // null for a frame of another site: never read
    } catch {
      inner = null;
    }
    if (inner) watch(inner);
  };

  const watch = (doc: Document) => {
    if (stopped) return;
    // Adding the same listener again does nothing; a frame's document.open() removes it, and
    // the frame's load event then adds it back.
    doc.addEventListener('input', typed, { capture: true, passive: true });
    documents.add(doc);
    for (const frame of doc.getElementsByTagName('iframe')) {
      if (frames.has(frame)) continue;
      frames.add(frame);
      frame.addEventListener('load', () => watchFrame(frame));
      watchFrame(frame);
    }
  };

  return {
    watch,
    raised() {
      for (const field of raisedBy.keys()) if (!field.isConnected) raisedBy.delete(field);
      return raisedBy.values();
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      for (const doc of documents) doc.removeEventListener('input', typed, { capture: true });
      documents.clear();
      raisedBy.clear();
      waiting.clear();
    },
  };
}
