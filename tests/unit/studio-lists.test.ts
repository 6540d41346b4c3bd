import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS } from '../../content';
import { blankPack, type DraftPack, packOfDraft } from '../../core/pack/edit';
import {
  addToList,
  listLine,
  listLinesKey,
  listPlaces,
  setAskedAt,
  startList,
  takeOffList,
} from '../../core/pack/lists';
import { validatePack } from '../../core/pack/schema';

const ivy = BUILT_IN_PACKS[0];
if (!ivy) throw new Error('no built-in pack');

/** A blank pack with its three questions written, none ticked for any moment. */
function written(): DraftPack {
  const pack = blankPack();
  pack.themes[0]?.prompts.forEach((p, i) => {
    p.text = `Have I asked question number ${i + 1} of the family?`;
  });
  return pack;
}
const visitList = (pack: DraftPack) => pack.moments?.find((m) => m.id === 'visit');

describe('a moment’s short list and the moments ticked on its questions', () => {
  it('are one thing: a list starts with the questions ticked, and a tick joins the list', () => {
    const pack = written();
    setAskedAt(pack, 'question-2', 'visit', true);
    setAskedAt(pack, 'question-1', 'visit', true);
    startList(pack, 'visit');
    expect(visitList(pack)?.promptIds).toEqual(['question-1', 'question-2']);
    setAskedAt(pack, 'question-3', 'visit', true);
    expect(visitList(pack)?.promptIds).toEqual(['question-1', 'question-2', 'question-3']);
    expect(pack.themes[0]?.prompts[2]?.moments).toEqual(['visit']);
  });

  it('untick from either side: taken off the list, the question is no longer asked then', () => {
    const pack = written();
    for (const id of ['question-1', 'question-2', 'question-3']) setAskedAt(pack, id, 'visit', true);
    startList(pack, 'visit');
    takeOffList(pack, 'visit', 'question-2');
    expect(visitList(pack)?.promptIds).toEqual(['question-1', 'question-3']);
    expect(pack.themes[0]?.prompts[1]?.moments).toEqual([]);
    setAskedAt(pack, 'question-3', 'visit', false);
    expect(visitList(pack)?.promptIds).toEqual(['question-1']);
    addToList(pack, 'visit', 'question-2');
    expect(visitList(pack)?.promptIds).toEqual(['question-1', 'question-2']);
    expect(pack.themes[0]?.prompts[1]?.moments).toEqual(['visit']);
  });

  it('never overfill a list: a tick on a full list is kept as a moment only', () => {
    const pack = structuredClone(ivy) as DraftPack;
    const conference = pack.moments?.find((m) => m.id === 'conference');
    if (!conference) throw new Error('no conference list');
    const off = pack.themes
      .flatMap((t) => t.prompts)
      .find(
        (p) =>
          !conference.promptIds.includes(p.id) &&
          !conference.virtualPromptIds?.includes(p.id) &&
          !p.moments.includes('conference'),
      );
    if (!off) throw new Error('every question is asked at conferences');
    const before = [...conference.promptIds];
    expect(before.length + (conference.virtualPromptIds?.length ?? 0)).toBe(9);
    setAskedAt(pack, off.id, 'conference', true);
    expect(off.moments).toContain('conference');
    expect(conference.promptIds).toEqual(before);
    expect(validatePack({ ...(packOfDraft(pack) as object), id: 'ivy-copy' }).ok).toBe(true);
  });

  it('show each question by its short line and its theme, or the start of a question with none', () => {
    const pack = structuredClone(ivy) as DraftPack;
    const theme = pack.themes[0];
    const prompt = theme?.prompts[0];
    if (!theme || !prompt) throw new Error('no prompt');
    expect(listLine(pack, prompt.id)).toEqual({ text: prompt.short, theme: theme.short });
    delete prompt.short;
    prompt.text = 'Have I read the whole history of each parent, their own childhood included, and what it means now?';
    expect(listLine(pack, prompt.id).text).toBe('Have I read the whole history of each parent, their own childhood…');
  });
});

describe('where a question stands on the lists', () => {
  it('is said beside its ticks, with its place, or that the list is full', () => {
    const pack = written();
    setAskedAt(pack, 'question-1', 'visit', true);
    setAskedAt(pack, 'question-2', 'visit', true);
    startList(pack, 'visit');
    setAskedAt(pack, 'question-2', 'conference', true);
    const second = pack.themes[0]?.prompts[1];
    if (!second) throw new Error('no question');
    expect(listPlaces(pack, second)).toBe('On the short list for Visit (2 of 2).');
    pack.moments?.push({ id: 'conference', promptIds: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] });
    expect(listPlaces(pack, second)).toBe(
      'On the short list for Visit (2 of 2). Not on the short list for Conference: it is full. Take another question off to make room.',
    );
  });
});

describe('what the short-list editor shows', () => {
  const copy = (pack: DraftPack): DraftPack => structuredClone(pack);

  it('is unchanged by typing into a question that has a short line, so the lists are not drawn again', () => {
    const before = written();
    const prompt = before.themes[0]?.prompts[0];
    if (!prompt) throw new Error('no question');
    prompt.short = 'Question one asked?';
    const after = copy(before);
    const typed = after.themes[0]?.prompts[0];
    if (typed) typed.text += ' And the father?';
    expect(listLinesKey(after.themes)).toBe(listLinesKey(before.themes));
  });

  it('changes with a short line, a theme’s name, or the start of a question with no short line', () => {
    const before = written();
    const key = listLinesKey(before.themes);
    const short = copy(before);
    const first = short.themes[0]?.prompts[0];
    if (first) first.short = 'Asked?';
    expect(listLinesKey(short.themes)).not.toBe(key);
    const named = copy(before);
    const theme = named.themes[0];
    if (theme) theme.title = 'Fathers';
    expect(listLinesKey(named.themes)).not.toBe(key);
    const start = copy(before);
    const second = start.themes[0]?.prompts[1];
    if (second) second.text = `Did I ${second.text}`;
    expect(listLinesKey(start.themes)).not.toBe(key);
  });
});
