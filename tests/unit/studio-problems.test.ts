import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS } from '../../content';
import { blankPack, type DraftPack, readDraftPack } from '../../core/pack/edit';
import { checkDraft } from '../../core/pack/problems';

const ivy = BUILT_IN_PACKS[0];
if (!ivy) throw new Error('no built-in pack');
const ivyCopy = (): DraftPack => ({ ...readDraftPack(structuredClone(ivy)), id: 'ivy-copy' });
const said = (draft: DraftPack) => checkDraft(draft, new Set()).map((p) => `${p.place}: ${p.message}`);

/** Words a business manager does not use: the validator's names for things. */
const DEVELOPER_WORDS = /\bids?\b|prompt|glossary|term|resourceIds|promptIds|schema/i;

describe('Pack studio’s problems, for a business manager', () => {
  it('are all there at once: a list naming a missing question is said while fields are still empty', () => {
    const draft = blankPack();
    draft.moments = [{ id: 'visit', promptIds: ['question-1', 'question-9'] }];
    const problems = said(draft);
    expect(problems).toContain('Details: pack title: This is empty. Write something here.');
    expect(problems).toContain(
      'Recording a visit or contact: short list: This list names a question that is no longer in the pack. Take it off the list.',
    );
  });

  it('say one mistake once: an empty title is not also an empty short name for files', () => {
    const problems = said(blankPack());
    expect(problems.filter((p) => p.startsWith('Details: short name for files'))).toEqual([]);
    const titled = blankPack();
    titled.title = 'Baby R';
    expect(said(titled)).toContain(
      'Details: short name for files: Use only lower-case letters, digits and hyphens (-), starting with a letter or digit.',
    );
  });

  it('name a word explained twice, a question or resource twice, and a missing resource in plain words', () => {
    const draft = ivyCopy();
    const words = draft.glossary ?? [];
    const first = words[0];
    if (!first) throw new Error('Ivy explains no words');
    words.push({ ...first, term: first.term.toUpperCase() });
    const theme = draft.themes[0];
    const [one, two] = theme?.prompts ?? [];
    if (!one || !two) throw new Error('no prompts');
    two.id = one.id;
    one.resourceIds = ['nowhere'];
    const problems = said(draft);
    expect(problems).toContain(
      `Words explained, word ${words.length}: “${first.term.toUpperCase()}” is explained twice. Remove one of them.`,
    );
    expect(problems).toContain(
      'Theme 1, question 2: This question has the same hidden name as another, so their answers would be mixed up. Remove it, and add it again with “Add a question”.',
    );
    expect(problems).toContain(
      'Theme 1, question 1: resources: This links to a resource that is no longer in the pack. Take the link off, or add the resource under Resources.',
    );
    for (const problem of problems) expect(problem).not.toMatch(DEVELOPER_WORDS);
  });

  it('say a list over nine questions, or a question on it twice, once each in plain words', () => {
    const draft = ivyCopy();
    const visit = draft.moments?.find((m) => m.id === 'visit');
    if (!visit) throw new Error('no visit list');
    visit.promptIds.push(visit.promptIds[0] ?? '');
    const problems = said(draft);
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        'Recording a visit or contact: short list: A question is on this list twice. Take one off.',
        'Recording a visit or contact: short list: This list has 10 questions. A short list holds at most 9: take some off.',
      ]),
    );
  });
});
