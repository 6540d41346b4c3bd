import { describe, expect, it } from 'vitest';
import { ivyPack } from '../../content/ivy';
import { saferSleepCardFor } from '../../content/safer-sleep';
import { draftForSave, packFingerprint, packOfDraft, readDraftPack } from '../../core/pack/edit';
import { checkPack } from '../../core/pack/file';
import { PACK_SCHEMA_VERSION, type Pack, validatePack } from '../../core/pack/schema';
import { harbourPack } from '../fixtures/harbour-pack';

const HARBOUR_FINDING = 'Harbour test finding: the cot had been sold, and no visitor asked where the baby slept.';

/** Harbour with a sleep finding of its own and a question added in 1.1.0: both of format 3. */
function harbourWithFormat3(): Pack {
  const pack = harbourPack();
  pack.schemaVersion = 3;
  pack.version = '1.1.0';
  pack.sleepFindings = [{ text: HARBOUR_FINDING, sourceSection: 'Harbour finding two' }];
  pack.themes[1]?.prompts.push({
    id: 'home-seen',
    text: 'Have I seen where the child sleeps and plays at home?',
    sourceSection: 'Harbour finding two',
    moments: ['visit'],
    addedIn: '1.1.0',
  });
  return pack;
}

const facts = (pack: Parameters<typeof saferSleepCardFor>[0]) =>
  saferSleepCardFor(pack).groups.flatMap((g) => g.parts.flatMap((p) => p.facts));

describe('pack format 3: a question’s version added, and the review’s own sleep findings', () => {
  it('is read beside versions 1 and 2; a version after it is refused', () => {
    expect(PACK_SCHEMA_VERSION).toBe(3);
    expect(checkPack(harbourWithFormat3(), new Set()).ok).toBe(true);
    expect(checkPack(harbourPack(), new Set()).ok).toBe(true);
    expect(checkPack({ ...harbourWithFormat3(), schemaVersion: 4 }, new Set()).ok).toBe(false);
  });

  it('holds at most 6 sleep findings, each with the section it comes from', () => {
    const pack = harbourWithFormat3();
    pack.sleepFindings = Array.from({ length: 7 }, (_, i) => ({ text: `Finding ${i}.`, sourceSection: 'Two' }));
    const result = validatePack(pack);
    expect(result.ok ? [] : result.problems).toEqual([
      'sleepFindings: a pack holds at most 6 sleep findings; this has 7. Remove some.',
    ]);
    const noSection = harbourWithFormat3() as unknown as { sleepFindings: { text: string }[] };
    noSection.sleepFindings = [{ text: 'A finding.' }];
    expect(validatePack(noSection).ok).toBe(false);
  });

  it('Pack studio keeps both through an edit, and writes version 3 only when a pack uses them', () => {
    const draft = readDraftPack(harbourWithFormat3());
    expect(draft.sleepFindings).toEqual([{ text: HARBOUR_FINDING, sourceSection: 'Harbour finding two' }]);
    const saved = packOfDraft(draftForSave(draft, packFingerprint(draft))) as Pack;
    expect(saved).toMatchObject({ schemaVersion: 3, sleepFindings: draft.sleepFindings });
    expect(saved.themes[1]?.prompts.at(-1)?.addedIn).toBe('1.1.0');
    expect(validatePack(saved).ok).toBe(true);
    expect(packOfDraft(readDraftPack(harbourPack()))).toMatchObject({ schemaVersion: 1 });
  });

  it('the safer sleep card shows a pack’s own findings on its cases only, beside the national advice', () => {
    const harbour = harbourWithFormat3();
    const card = saferSleepCardFor(harbour);
    expect(card.groups.map((g) => g.heading).slice(0, 2)).toEqual([
      'Never sleep with a baby',
      'What the “Harbour” review found',
    ]);
    expect(card.groups[1]).toMatchObject({
      open: true,
      parts: [{ source: { kind: 'brief', title: 'Harbour finding two' }, facts: [HARBOUR_FINDING] }],
    });
    expect(card.brief).toBe('the review “Harbour test brief: early years”');
    // Not on an Ivy case, nor on a case of a pack without findings; Ivy's asks not on Harbour's.
    expect(facts(ivyPack)).not.toContain(HARBOUR_FINDING);
    expect(facts(harbourPack())).not.toContain(HARBOUR_FINDING);
    expect(JSON.stringify(card)).not.toMatch(/Ivy|Cumbria/);
    expect(JSON.stringify(saferSleepCardFor(ivyPack))).toMatch(/Cumbria/);
  });
});
