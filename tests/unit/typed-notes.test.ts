// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packCues } from '../../content/built-in-cues';
import { ivyPack } from '../../content/ivy';
import { compileCues, findCues, type RaisedTheme } from '../../core/cues';
import { cueListsOf } from '../../core/pack/cue-lists';
import { fieldText, TYPED_CHARS, TYPING_SETTLE_MS, typedNotes } from '../../entrypoints/case-page/typed-notes';

const ivy = compileCues(cueListsOf(ivyPack, packCues(ivyPack)));
const NOTE = 'baby sleeps in our bed after I’ve had a drink';

function setUp() {
  document.body.replaceChildren();
  const read: string[] = [];
  const onChange = vi.fn();
  const notes = typedNotes({
    find: (text) => {
      read.push(text);
      return findCues(ivy, text);
    },
    onChange,
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  });
  notes.watch(document);
  return { notes, read, onChange };
}

function field<T extends HTMLElement>(tag: string, attributes: Record<string, string> = {}): T {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

/** Types `text` as a browser does: the value changes, then an input event. */
function type(element: HTMLInputElement | HTMLTextAreaElement, text: string) {
  for (const char of text) {
    element.value += char;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

const raised = (notes: { raised(): Iterable<RaisedTheme[]> }) => [...notes.raised()].flat().map((t) => t.themeId);

describe('the note being typed', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is read once typing pauses, not on every key', () => {
    const { notes, read, onChange } = setUp();
    type(field<HTMLTextAreaElement>('textarea'), NOTE);
    expect(read).toEqual([]);
    vi.advanceTimersByTime(TYPING_SETTLE_MS);
    expect(read).toHaveLength(1);
    expect(raised(notes)).toEqual(['substances', 'safer-sleep']);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reads text and search boxes and editors, never passwords, hidden or other fields', () => {
    const { notes, read } = setUp();
    for (const type_ of ['password', 'hidden', 'email', 'number', 'tel', 'url']) {
      type(field<HTMLInputElement>('input', { type: type_ }), 'dad');
    }
    vi.advanceTimersByTime(TYPING_SETTLE_MS);
    expect(read).toEqual([]);

    type(field<HTMLInputElement>('input'), 'dad');
    type(field<HTMLInputElement>('input', { type: 'search' }), 'cannabis');
    const editor = field<HTMLDivElement>('div', { contenteditable: 'true' });
    const paragraph = document.createElement('p');
    paragraph.append('baby on the ', Object.assign(document.createElement('b'), { textContent: 'sofa' }));
    editor.append(paragraph);
    paragraph.dispatchEvent(new Event('input', { bubbles: true }));
    vi.advanceTimersByTime(TYPING_SETTLE_MS);
    expect(raised(notes).sort()).toEqual(['fathers', 'safer-sleep', 'substances']);
  });

  it('forgets what a note raised once it is cleared or gone', () => {
    const { notes, onChange } = setUp();
    const box = field<HTMLTextAreaElement>('textarea');
    type(box, NOTE);
    vi.advanceTimersByTime(TYPING_SETTLE_MS);
    box.value = '';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    vi.advanceTimersByTime(TYPING_SETTLE_MS);
    expect(raised(notes)).toEqual([]);
    expect(onChange).toHaveBeenCalledTimes(2);

    type(box, 'dad');
    vi.advanceTimersByTime(TYPING_SETTLE_MS);
    box.remove();
    expect(raised(notes)).toEqual([]);
  });

  it('stops listening when stopped', () => {
    const { notes, read } = setUp();
    notes.stop();
    type(field<HTMLTextAreaElement>('textarea'), NOTE);
    vi.advanceTimersByTime(TYPING_SETTLE_MS);
    expect(read).toEqual([]);
  });

  it('reads at most TYPED_CHARS characters of a very long note, around where it is typed', () => {
    const box = field<HTMLTextAreaElement>('textarea');
    box.value = `${'Routine. '.repeat(10_000)}Dad seen.`;
    box.setSelectionRange(box.value.length, box.value.length);
    const text = fieldText(box);
    expect(text.length).toBe(TYPED_CHARS);
    expect(text.endsWith('Dad seen.')).toBe(true);
  });
});
