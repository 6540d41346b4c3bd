import { describe, expect, it } from 'vitest';
import { emptyChecklist, mergeChecklists, setAnswer } from '../../core/checklist';
import type { Pack } from '../../core/pack/schema';
import { updateText, updateToPack } from '../../core/pack-update';
import { isReworded, wordingHash } from '../../core/wording';
import { harbourPack } from '../fixtures/harbour-pack';

/** Harbour 1.1.0: one question reworded, another changed in meaning, as its author marked it. */
function harbour11(): Pack {
  const pack = harbourPack();
  pack.version = '1.1.0';
  const [nursery] = pack.themes;
  if (!nursery?.prompts[0] || !nursery.prompts[1]) throw new Error('Harbour changed');
  nursery.prompts[0].text = 'Have I asked the nursery what they have noticed about the child this month?';
  nursery.prompts[1].text = 'Have I checked the child’s attendance over the last term, with the reasons for each gap?';
  nursery.prompts[1].meaningChangedIn = '1.1.0';
  return pack;
}

function answeredAt10() {
  const pack = harbourPack();
  const text = (id: string) => pack.themes.flatMap((t) => t.prompts).find((p) => p.id === id)?.text ?? '';
  let checklist = emptyChecklist('H-1', pack.id, '1.0.0');
  for (const id of ['nursery-asked', 'attendance-checked', 'adult-named'])
    checklist = setAnswer(checklist, id, 'done', 10, wordingHash(text(id)));
  return checklist;
}

describe('the wording an answer was given to', () => {
  it('is a short hash, the same for the same words and different for others', () => {
    expect(wordingHash('Have I seen the child?')).toMatch(/^[0-9a-f]{8}$/);
    expect(wordingHash('Have I seen the child?')).toBe(wordingHash('Have I seen the child?'));
    expect(wordingHash('Have I seen the child?')).not.toBe(wordingHash('Have I seen the baby?'));
  });

  it('flags an answer whose question has other words now; not one given before hashes were kept, nor one left open', () => {
    const answer = { state: 'done' as const, at: 1, w: wordingHash('Old words?') };
    expect(isReworded(answer, { text: 'New words?' })).toBe(true);
    expect(isReworded(answer, { text: 'Old words?' })).toBe(false);
    expect(isReworded({ state: 'done', at: 1 }, { text: 'New words?' })).toBe(false);
    expect(isReworded({ state: 'open', at: 1, w: wordingHash('Old words?') }, { text: 'New words?' })).toBe(false);
  });
});

describe('a case brought up to its pack’s new version', () => {
  it('keeps a reworded answer to check again, clears one whose question changed meaning, and records the version', () => {
    const result = updateToPack(answeredAt10(), harbour11(), 20);
    expect(result?.update).toEqual({
      from: '1.0.0',
      to: '1.1.0',
      reworded: ['nursery-asked'],
      cleared: ['attendance-checked'],
      added: [],
    });
    expect(result?.checklist.packVersion).toBe('1.1.0');
    expect(result?.checklist.answers['nursery-asked']?.state).toBe('done');
    expect(result?.checklist.answers['attendance-checked']).toEqual({ state: 'open', at: 20 });
    expect(result?.checklist.answers['adult-named']?.state).toBe('done');
    expect(updateText('Harbour', result?.update ?? { from: '', to: '', reworded: [], cleared: [], added: [] })).toBe(
      'Harbour updated to 1.1.0: 1 question reworded since you answered: check again; 1 answer cleared because the question changed meaning.',
    );
  });

  it('counts the questions added since the case’s version, as their author marked them, and says so', () => {
    const pack = harbour11();
    const [, adults] = pack.themes;
    if (!adults) throw new Error('Harbour changed');
    adults.prompts.push(
      {
        id: 'home-seen',
        text: 'Have I seen where the child sleeps?',
        sourceSection: 'Two',
        moments: ['visit'],
        addedIn: '1.1.0',
      },
      {
        id: 'pets-asked',
        text: 'Have I asked about pets?',
        sourceSection: 'Two',
        moments: ['visit'],
        addedIn: '1.1.0',
      },
      // Added in a version before the case's: not new to this case.
      { id: 'gp-known', text: 'Do I know the child’s GP?', sourceSection: 'Two', moments: ['visit'], addedIn: '1.0.0' },
    );
    const result = updateToPack(answeredAt10(), pack, 20);
    expect(result?.update.added).toEqual(['home-seen', 'pets-asked']);
    expect(updateText('Harbour', result?.update ?? { from: '', to: '', reworded: [], cleared: [], added: [] })).toBe(
      'Harbour updated to 1.1.0: 1 question reworded since you answered: check again; 1 answer cleared because the question changed meaning; 2 questions added.',
    );
    // A case skipping a version hears of every question added since its own.
    const later = { ...pack, version: '1.2.0' };
    later.themes[1]?.prompts.push({
      id: 'sleep-seen',
      text: 'Have I seen the baby’s cot?',
      sourceSection: 'Two',
      moments: ['visit'],
      addedIn: '1.2.0',
    });
    expect(updateToPack(answeredAt10(), later, 20)?.update.added).toEqual(['home-seen', 'pets-asked', 'sleep-seen']);
    // A case already at 1.1.0 hears only of 1.2.0's.
    const at11 = result?.checklist ?? answeredAt10();
    expect(updateToPack(at11, later, 30)?.update.added).toEqual(['sleep-seen']);
    expect(
      updateText('Harbour', { from: '1.1.0', to: '1.2.0', reworded: [], cleared: [], added: ['sleep-seen'] }),
    ).toBe('Harbour updated to 1.2.0: 1 question added.');
  });

  it('is told once: a case already at the version has nothing to update', () => {
    const once = updateToPack(answeredAt10(), harbour11(), 20);
    expect(once).not.toBeNull();
    expect(updateToPack(once?.checklist ?? answeredAt10(), harbour11(), 30)).toBeNull();
  });

  it('does not clear again an answer given after the change of meaning', () => {
    const pack = harbour11();
    const prompt = pack.themes[0]?.prompts[1];
    if (!prompt) throw new Error('Harbour changed');
    let checklist = { ...answeredAt10(), packVersion: '1.1.0' };
    checklist = setAnswer(checklist, prompt.id, 'done', 30, wordingHash(prompt.text));
    const later = { ...pack, version: '1.2.0' };
    prompt.text = 'Have I checked the child’s attendance over the last term, and the reason for each gap?';
    const result = updateToPack(checklist, later, 40);
    expect(result?.update.cleared).toEqual([]);
    expect(result?.update.reworded).toContain(prompt.id);
  });

  it('survives a merge with a copy not yet brought up, whichever order they meet in', () => {
    const old = answeredAt10();
    const pack = harbourPack();
    pack.version = '1.0.1';
    const updated = updateToPack(old, pack, 20)?.checklist;
    if (!updated) throw new Error('no update');
    expect(mergeChecklists(old, updated).packVersion).toBe('1.0.1');
    expect(mergeChecklists(updated, old).packVersion).toBe('1.0.1');
  });
});
