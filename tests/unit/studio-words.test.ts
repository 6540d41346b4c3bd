import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS } from '../../content';
import { saferSleepCard } from '../../content/safer-sleep';
import { unusedWordHint, unusedWords } from '../../core/pack/hints';
import { searchItemsOf } from '../../core/pack/search-items';
import { buildIndex, search } from '../../core/search';

const ivy = BUILT_IN_PACKS[0];
if (!ivy) throw new Error('no built-in pack');

describe('words explained', () => {
  it('that no question, action or resource uses are found, and Ivy has none', () => {
    expect(unusedWords(ivy)).toEqual([]);
    const pack = structuredClone(ivy);
    pack.glossary = [...(pack.glossary ?? []), { term: 'SENCO', meaning: 'The teacher who leads on special needs.' }];
    expect(unusedWords(pack)).toEqual([(pack.glossary?.length ?? 0) - 1]);
    const action = pack.actions[0];
    if (!action) throw new Error('Ivy has no actions');
    action.text = `${action.text} Ask the SENCO.`;
    expect(unusedWords(pack)).toEqual([]);
    expect(unusedWordHint('SENCO ')).toBe(
      'No question, action or resource uses “SENCO”, so practitioners never see this meaning. Use the word in one of them, or remove it.',
    );
  });

  it('are found by the panel’s search, by the word and by its meaning', () => {
    const index = buildIndex(searchItemsOf(ivy, saferSleepCard));
    const entry = ivy.glossary?.find((e) => e.term === 'cumulative harm');
    if (!entry) throw new Error('Ivy does not explain cumulative harm');
    const found = search(index, 'cumulative harm').map((r) => r.item);
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'word', title: 'cumulative harm', text: entry.meaning }),
    );
    expect(search(index, 'prescriber').map((r) => r.item)).toContainEqual(
      expect.objectContaining({ kind: 'word', title: 'prescribers' }),
    );
  });
});
