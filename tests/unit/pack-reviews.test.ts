import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS } from '../../content';
import { packCues } from '../../content/built-in-cues';
import { bringThemesIn } from '../../core/pack/combine';
import { allIds, type DraftPack, packOfDraft, readDraftPack } from '../../core/pack/edit';
import { checkPack } from '../../core/pack/file';
import { checkDraft } from '../../core/pack/problems';
import { PACK_LIMITS, PACK_SCHEMA_VERSION, type Pack, validatePack } from '../../core/pack/schema';

const ivy = BUILT_IN_PACKS[0];
if (!ivy) throw new Error('no built-in pack');
const ivyWithCues: Pack = { ...ivy, cues: packCues(ivy) };
const example: Pack = JSON.parse(readFileSync(resolve(__dirname, '../../docs/example-pack.json'), 'utf8'));

const checked = (draft: DraftPack) => validatePack(packOfDraft(draft));

describe('the pack format’s next version: several reviews in one pack', () => {
  it('is version 2 (now within 3), and every pack file of version 1 in the repo still reads as it is', () => {
    expect(PACK_SCHEMA_VERSION).toBe(3);
    expect(example.schemaVersion).toBe(1);
    expect(checkPack(example, new Set()).ok).toBe(true);
    for (const pack of BUILT_IN_PACKS) expect(validatePack({ ...pack, cues: packCues(pack) }).ok).toBe(true);
    // A file of version 1 written before version 2 existed, with nothing of version 2 in it.
    const v1 = JSON.parse(JSON.stringify({ ...ivyWithCues, id: 'older-file' }));
    expect(v1.schemaVersion).toBe(1);
    expect(checkPack(v1, new Set()).ok).toBe(true);
    // A version this Pause Point does not know yet is refused with a reason.
    expect(checkPack({ ...v1, schemaVersion: PACK_SCHEMA_VERSION + 1 }, new Set())).toEqual({
      ok: false,
      problems: ['This pack was made for a newer version of Pause Point. Update Pause Point, then add it.'],
    });
  });

  it('brings themes in from another pack with their review, questions, resources, words and cues, ids never colliding', () => {
    const draft = readDraftPack(example);
    const [first, second] = ivy.themes;
    if (!first || !second) throw new Error('Ivy has too few themes');
    const before = new Set(allIds(draft));
    expect(bringThemesIn(draft, ivyWithCues, [first.id, second.id], PACK_LIMITS.themes)).toBe(2);
    expect(draft.reviews).toEqual([
      expect.objectContaining({ title: ivy.review.sourceTitle, publisher: ivy.review.publisher, kind: 'local' }),
    ]);
    const reviewId = draft.reviews?.[0]?.id;
    const brought = draft.themes.slice(-2);
    expect(brought.map((t) => t.reviewId)).toEqual([reviewId, reviewId]);
    expect(brought[0]?.prompts.map((p) => p.text)).toEqual(first.prompts.map((p) => p.text));
    expect(brought[0]?.prompts[0]?.sourceSection).toBe(first.prompts[0]?.sourceSection);
    const result = checked(draft);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(packOfDraft(draft)).toMatchObject({ schemaVersion: 2 });
    // The same themes again: new ids for all, the review found again rather than added twice.
    expect(bringThemesIn(draft, ivyWithCues, [first.id], PACK_LIMITS.themes)).toBe(1);
    const ids = allIds(draft);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of before) expect(ids.filter((x) => x === id)).toHaveLength(1);
    expect(draft.reviews).toHaveLength(1);
    expect(checkDraft(draft, new Set())).toEqual([]);
    // Cue words came with their themes, under the themes' new ids.
    const last = draft.themes.at(-1);
    expect(last && draft.cues?.themes[last.id]?.cues).toEqual(ivyWithCues.cues?.themes[first.id]?.cues);
  });

  it('says a theme naming a review the pack lacks in plain words', () => {
    const draft = readDraftPack(example);
    const theme = draft.themes[0];
    if (!theme) throw new Error('no theme');
    theme.reviewId = 'gone';
    expect(checkDraft(draft, new Set())).toEqual([
      expect.objectContaining({
        place: 'Theme 1: review',
        message: 'This theme names a review that is no longer in the pack. Choose one of the pack’s reviews.',
      }),
    ]);
  });
});

describe('the summary of a case answered with a pack of several reviews', () => {
  it('names every review, and each question’s', async () => {
    const { summaryText } = await import('../../core/summary');
    const draft = readDraftPack(example);
    const [first] = ivy.themes;
    if (!first) throw new Error('no theme');
    bringThemesIn(draft, ivyWithCues, [first.id], PACK_LIMITS.themes);
    const result = validatePack(packOfDraft(draft));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const pack = result.pack;
    pack.moments = [
      {
        id: 'visit',
        promptIds: [
          pack.themes[0]?.prompts[0]?.id ?? '',
          ...(pack.themes
            .at(-1)
            ?.prompts.slice(0, 4)
            .map((p) => p.id) ?? []),
        ],
      },
    ];
    const text = summaryText({
      pack,
      ref: 'CASE-1',
      choice: 'visit',
      virtual: false,
      checklist: null,
      now: new Date(Date.UTC(2026, 11, 5)),
    });
    expect(text).toContain(`Review: Learning from the “${example.review.name}”`);
    expect(text).toContain(`Also from: “${ivy.review.sourceTitle}”, local review by ${ivy.review.publisher}`);
    expect(text).toContain(`“${first.prompts[0]?.text}” (review: “${ivy.review.sourceTitle}”)`);
    expect(text).toContain(`“${example.themes[0]?.prompts[0]?.text}” (review: “${example.review.sourceTitle}”)`);
  });
});
