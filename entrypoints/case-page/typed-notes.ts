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

/** Most nodes of an editor looked at in one read, each way from the caret: however it is built. */
const EDITOR_NODES = 100_000;
/** Most levels looked up from a text to the paragraph it is in. */
const BLOCK_DEPTH = 64;

/** The paragraph (or line) a text in an editor belongs to, for a space where paragraphs break. */
function paragraphOf(text: Node, host: Node): Node {
  let at = text.parentNode;
  for (let depth = 0; at && at !== host && depth < BLOCK_DEPTH; depth++, at = at.parentNode) {
    if (at.nodeType === Node.ELEMENT_NODE && BLOCK_BREAK.test((at as Element).tagName.toUpperCase())) return at;
  }
  return at ?? host;
}

/**
 * Text of an editor read one way from `start` (inclusive), at most about `cap` characters, as
 * pieces in page order. A space goes where paragraphs and lines break. The walk is a loop over
 * a TreeWalker, so an editor nested however deep never overflows the stack.
 */
function editorPieces(host: HTMLElement, start: Node | null, forward: boolean, cap: number): string[] {
  const pieces: string[] = [];
  if (!start) return pieces;
  const walker = host.ownerDocument.createTreeWalker(host, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  walker.currentNode = start;
  let length = 0;
  let lastParagraph: Node | null = null;
  let lineBreak = false;
  let node: Node | null = start;
  for (let seen = 0; node && length < cap && seen < EDITOR_NODES; seen++) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.nodeValue ?? '';
      const paragraph = paragraphOf(node, host);
      if (lastParagraph !== null && (paragraph !== lastParagraph || lineBreak)) pieces.push(' ');
      pieces.push(text);
      length += text.length;
      lastParagraph = paragraph;
      lineBreak = false;
    } else if ((node as Element).localName === 'br') lineBreak = true;
    node = forward ? walker.nextNode() : walker.previousNode();
  }
  if (!forward) pieces.reverse();
  return pieces;
}

/** The node just before `node` in page order, within `host`; null at the start. */
function before(node: Node, host: Node): Node | null {
  if (node === host) return null;
  if (node.previousSibling) {
    let last: Node = node.previousSibling;
    while (last.lastChild) last = last.lastChild;
    return last;
  }
  return node.parentNode === host ? null : node.parentNode;
}

/**
 * An editor's text, with a space where its paragraphs and lines break, at most `cap`
 * characters: for a long note, the part around the caret (most of it before, as where a note
 * is being written), as for a long text box; from the start when the caret is elsewhere.
 */
function editorText(host: HTMLElement, cap: number): string {
  const selection = host.ownerDocument.getSelection?.();
  const focus = selection?.focusNode ?? null;
  if (!focus || !host.contains(focus)) return editorPieces(host, host, true, cap).join('').slice(0, cap);
  // Where the caret is: within a text, or before one of an element's children.
  const offset = selection?.focusOffset ?? 0;
  let ahead: Node | null;
  let behind: Node | null;
  let split: [string, string] | null = null;
  if (focus.nodeType === Node.TEXT_NODE) {
    const text = focus.nodeValue ?? '';
    split = [text.slice(0, offset), text.slice(offset)];
    ahead = focus;
    behind = focus;
  } else {
    const child = focus.childNodes[offset] ?? null;
    ahead = child ?? null;
    behind = child ? before(child, host) : focus.lastChild ? lastLeaf(focus) : focus;
    if (ahead === null) {
      // The caret at the end of an element: nothing of it lies ahead, within it.
      let after: Node | null = focus;
      while (after && after !== host && !after.nextSibling) after = after.parentNode;
      ahead = after && after !== host ? after.nextSibling : null;
    }
  }
  let back = editorPieces(host, behind, false, cap);
  let forth = editorPieces(host, ahead, true, cap);
  if (split) {
    // The caret's own text is read from both sides: each keeps its own part of it.
    back = [...back.slice(0, -1), split[0]];
    forth = [split[1], ...forth.slice(1)];
  }
  const backText = back.join('');
  const forthText = forth.join('');
  const forthTaken = Math.min(forthText.length, Math.max(cap / 10, cap - backText.length));
  const backTaken = Math.min(backText.length, cap - forthTaken);
  return backText.slice(backText.length - backTaken) + forthText.slice(0, forthTaken);
}

function lastLeaf(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
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
  /**
   * Listens in `doc`, and looks through it for same-site frames (in `work`'s slices) to
   * listen in too (again whenever a frame loads).
   */
  watch(doc: Document): void;
  /** Parts added to the page, where frames may be: only noted here, looked through in `work`. */
  added(nodes: Iterable<Node>): void;
  /**
   * Looks for frames in what was added until `deadline` (on `now`'s clock), a few at a time;
   * true when nothing is left to look through.
   */
  work(deadline: number, now: () => number): boolean;
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

/** Frames looked at between two looks at the clock. */
const FRAMES_PER_CHECK = 4;
/** Elements looked at in one step through a part (a step is a few microseconds). */
const ELEMENTS_PER_STEP = 256;
/** Added parts noted before they are given up for one look through the whole page. */
const MOST_NOTED = 1_000;

/**
 * Whether a field is still on a page that is there: a frame whose page was closed or replaced
 * leaves its fields joined to a document with no window.
 */
const isLive = (field: Field) => field.isConnected && field.ownerDocument.defaultView !== null;

export function typedNotes({ find, onChange, setTimeout, clearTimeout }: TypedNotesOptions): TypedNotes {
  // Nothing here holds a document: what a frame's note raised is dropped once its page is
  // gone, and the listeners are the page's own to drop.
  const raisedBy = new Map<Field, RaisedTheme[]>();
  const waiting = new Set<Field>();
  const frames = new WeakSet<Element>();
  /** The page's own document, where `stop` starts from. */
  let top: WeakRef<Document> | null = null;
  /** Parts to look through for frames. */
  let toLook: Node[] = [];
  // The part being looked through, an element at a time: a live list of a part's frames
  // (getElementsByTagName) walks the whole part at its first look, one task no slice can break
  // (a 96 ms long task on a page of 100,000 elements).
  let walker: TreeWalker | null = null;
  let timer: unknown;
  let stopped = false;

  const readWaiting = () => {
    timer = undefined;
    let changed = false;
    for (const field of waiting) {
      const before = JSON.stringify(raisedBy.get(field) ?? []);
      let raised: RaisedTheme[] = [];
      try {
        raised = isLive(field) ? find(fieldText(field)) : [];
      } catch {
        // A note that cannot be read raises nothing; the page goes on.
      }
      if (raised.length > 0) raisedBy.set(field, raised);
      else raisedBy.delete(field);
      if (JSON.stringify(raised) !== before) changed = true;
    }
    waiting.clear();
    if (changed) onChange();
  };

  // The only work done on a keystroke: note the field, and wait for a pause.
  const typed = (event: Event) => {
    if (stopped) return;
    const field = typedField(event.target);
    if (!field) return;
    waiting.add(field);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(readWaiting, TYPING_SETTLE_MS);
  };

  const frameDocument = (frame: HTMLIFrameElement): Document | null => {
    try {
      return frame.contentDocument; // null for a frame of another site: never read
    } catch {
      return null;
    }
  };

  const listen = (doc: Document) => {
    if (stopped) return;
    // Adding the same listener again does nothing; a frame's document.open() removes it, and
    // the frame's load event then adds it back.
    doc.addEventListener('input', typed, { capture: true, passive: true });
    toLook.push(doc);
  };

  const watchFrame = (frame: HTMLIFrameElement) => {
    if (frames.has(frame)) return;
    frames.add(frame);
    frame.addEventListener('load', () => {
      const inner = frameDocument(frame);
      if (inner) listen(inner);
    });
    const inner = frameDocument(frame);
    if (inner) listen(inner);
  };

  /** Every document Pause Point listens in that is still there: the page's, and its frames'. */
  const documents = (doc: Document, into: Document[]) => {
    into.push(doc);
    for (const frame of doc.getElementsByTagName('iframe')) {
      const inner = frameDocument(frame);
      if (inner && !into.includes(inner)) documents(inner, into);
    }
    return into;
  };

  return {
    watch(doc) {
      top ??= new WeakRef(doc);
      listen(doc);
    },
    added(nodes) {
      if (stopped) return;
      for (const node of nodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        if (toLook.length >= MOST_NOTED) {
          // A page adding thousands of parts at once: one look through the whole page instead.
          const page = top?.deref();
          toLook = page ? [page] : [];
          return;
        }
        toLook.push(node);
      }
    },
    work(deadline, now) {
      let steps = 0;
      while (!stopped) {
        if (++steps % FRAMES_PER_CHECK === 0 && now() >= deadline) return false;
        if (walker) {
          for (let i = 0; i < ELEMENTS_PER_STEP; i++) {
            const element = walker.nextNode();
            if (!element) {
              walker = null;
              break;
            }
            if ((element as Element).localName === 'iframe') watchFrame(element as HTMLIFrameElement);
          }
          continue;
        }
        const part = toLook.shift();
        if (!part) return true;
        if ((part as Element).localName === 'iframe') watchFrame(part as HTMLIFrameElement);
        else if (part.firstChild)
          walker = (part.ownerDocument ?? (part as Document)).createTreeWalker(part, NodeFilter.SHOW_ELEMENT);
      }
      return true;
    },
    raised() {
      for (const field of raisedBy.keys()) if (!isLive(field)) raisedBy.delete(field);
      return raisedBy.values();
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      const page = top?.deref();
      try {
        if (page) for (const doc of documents(page, [])) doc.removeEventListener('input', typed, { capture: true });
      } catch {
        // A listener left behind does nothing now: `typed` is stopped.
      }
      raisedBy.clear();
      waiting.clear();
      toLook = [];
      walker = null;
    },
  };
}
