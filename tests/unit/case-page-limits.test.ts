// @vitest-environment happy-dom
/**
 * The case-page script's reader of the page and of the note being typed, at the edges a
 * hostile or very large page reaches (issue 22, item 2, as re-probed): it never throws, however
 * deep the page nests; a long rich-text note is read around the caret, as a long text box is;
 * frames added later are found within the time slice; and a frame whose page is gone is let go.
 */
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packCues } from '../../content/built-in-cues';
import { ivyPack } from '../../content/ivy';
import { compileCues, findCues } from '../../core/cues';
import { cueListsOf } from '../../core/pack/cue-lists';
import { pageReader } from '../../entrypoints/case-page/page-reader';
import { ownText } from '../../entrypoints/case-page/page-text';
import { fieldText, TYPED_CHARS, TYPING_SETTLE_MS, typedNotes } from '../../entrypoints/case-page/typed-notes';

const pack = cueListsOf(ivyPack, packCues(ivyPack));
const ivy = compileCues(pack);

/** A paragraph holding `depth` spans, each inside the last, the deepest holding `text`. */
function deeplyNested(doc: Document, depth: number, text: string): HTMLElement {
  const root = doc.createElement('p');
  let at: HTMLElement = root;
  for (let i = 0; i < depth; i++) {
    const span = doc.createElement('span');
    at.append(span);
    at = span;
  }
  at.append(text);
  return root;
}

describe('a page nested far deeper than any case system', () => {
  it('is read without throwing, and what is inside is still found', () => {
    const block = deeplyNested(document, 60_000, 'baby on the sofa');
    expect(() => ownText(block)).not.toThrow();
    expect(ownText(block)).toBe('baby on the sofa');
  });

  it('never throws out of a time slice: a block that cannot be read is passed over', () => {
    const doc = document.implementation.createHTMLDocument('');
    for (const text of ['Dad seen at home.', 'This block cannot be read.', 'Baby on the sofa.']) {
      const p = doc.createElement('p');
      p.textContent = text;
      doc.body.append(p);
    }
    const find = (text: string) => {
      if (text.includes('cannot')) throw new RangeError('Maximum call stack size exceeded');
      return findCues(ivy, text);
    };
    const reader = pageReader({ doc, pack, find, now: () => 0 });
    reader.readAll();
    expect(() => reader.work(Number.POSITIVE_INFINITY)).not.toThrow();
    expect(reader.pending()).toBe(false);
    expect(
      reader
        .raised()
        .map((t) => t.themeId)
        .sort(),
    ).toEqual(['fathers', 'safer-sleep']);
  });

  it('a note typed into a deeply nested editor is read without throwing', () => {
    const editor = deeplyNested(document, 60_000, 'baby on the sofa');
    editor.setAttribute('contenteditable', 'true');
    expect(() => fieldText(editor)).not.toThrow();
    expect(fieldText(editor)).toBe('baby on the sofa');
  });
});

describe('a long rich-text note', () => {
  it('is read around the caret, as a long text box is', () => {
    document.body.replaceChildren();
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    for (let i = 0; i < 5_000; i++) {
      const p = document.createElement('p');
      p.textContent = 'Routine visit, nothing to add.';
      editor.append(p);
    }
    const last = document.createElement('p');
    last.textContent = 'Dad seen.';
    editor.append(last);
    document.body.append(editor);
    const caret = last.firstChild as Text;
    document.getSelection()?.collapse(caret, caret.length);
    const text = fieldText(editor);
    expect(text.length).toBeLessThanOrEqual(TYPED_CHARS);
    expect(text.trimEnd().endsWith('Dad seen.')).toBe(true);
    // Paragraphs still break between words.
    expect(text).toMatch(/nothing to add\. Dad seen\./);
  });
});

describe('frames added to the page later', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** An iframe whose document is `inner`, as a frame of the same site is. */
  function frameOf(inner: Document): HTMLIFrameElement {
    const frame = document.createElement('iframe');
    Object.defineProperty(frame, 'contentDocument', { get: () => inner });
    return frame;
  }

  it('are looked for within the time slice, a few at a time, and their notes are read', () => {
    document.body.replaceChildren();
    const notes = typedNotes({
      find: (text) => findCues(ivy, text),
      onChange: () => {},
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    });
    notes.watch(document);
    let clock = 0;
    const now = () => clock++;
    expect(notes.work(now() + 5, now)).toBe(true);
    const windows = Array.from({ length: 40 }, () => new Window());
    const added = windows.map((w) => frameOf(w.document as unknown as Document));
    const holder = document.createElement('div');
    holder.append(...added);
    document.body.append(holder);
    notes.added([holder]);
    // A slice of a few steps does not look through all forty frames at once…
    expect(notes.work(now() + 5, now)).toBe(false);
    let slices = 1;
    while (!notes.work(now() + 5, now)) slices += 1;
    expect(slices).toBeGreaterThan(1);
    // …but every frame is watched in the end: a note typed in the last one raises its themes.
    const inner = windows[39]?.document as unknown as Document;
    const box = inner.createElement('textarea');
    inner.body.append(box);
    box.value = 'baby on the sofa';
    box.dispatchEvent(new (windows[39] as unknown as typeof globalThis).Event('input', { bubbles: true }));
    vi.advanceTimersByTime(TYPING_SETTLE_MS);
    expect([...notes.raised()].flat().map((t) => t.themeId)).toEqual(['safer-sleep']);
  });

  // Whether the document itself is collected cannot be seen here: happy-dom keeps every window
  // it made. The script holds no set of documents any more (typed-notes.ts); this checks that a
  // gone frame's fields are let go.
  it('are let go once gone: what a closed frame’s note raised no longer counts', async () => {
    document.body.replaceChildren();
    const notes = typedNotes({
      find: (text) => findCues(ivy, text),
      onChange: () => {},
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    });
    notes.watch(document);
    {
      let win: Window | null = new Window();
      const inner = win.document as unknown as Document;
      let frame: HTMLIFrameElement | null = frameOf(inner);
      document.body.append(frame);
      notes.added([frame]);
      while (!notes.work(Number.POSITIVE_INFINITY, () => 0)) {}
      const box = inner.createElement('textarea');
      inner.body.append(box);
      box.value = 'baby on the sofa';
      box.dispatchEvent(new (win as unknown as typeof globalThis).Event('input', { bubbles: true }));
      vi.advanceTimersByTime(TYPING_SETTLE_MS);
      expect([...notes.raised()].flat().map((t) => t.themeId)).toEqual(['safer-sleep']);
      // The case system closes the frame: its page is unloaded and the frame removed.
      frame.remove();
      await win.happyDOM.close();
      frame = null;
      win = null;
    }
    expect([...notes.raised()].flat()).toEqual([]);
  });
});
