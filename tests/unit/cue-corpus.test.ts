import { describe, expect, it } from 'vitest';
import { packCues } from '../../content/built-in-cues';
import { ivyPack } from '../../content/ivy';
import { compileCues, findCues } from '../../core/cues';
import { cueListsOf } from '../../core/pack/cue-lists';
import { CUE_CORPUS } from '../cue-corpus';
import { scoreCues } from '../cue-scores';

const matcher = compileCues(cueListsOf(ivyPack, packCues(ivyPack)));

describe('the Ivy cue lists on realistic case-recording sentences', () => {
  const scores = scoreCues(matcher, CUE_CORPUS);

  it('has a corpus of at least 120 labelled sentences', () => {
    expect(CUE_CORPUS.length).toBeGreaterThanOrEqual(120);
  });

  it('raises the right themes: precision at least 0.95 and recall at least 0.90', () => {
    // On failure, the sentences read wrongly are the place to look.
    expect({ precision: scores.precision, wrong: scores.wrong }).toEqual({
      precision: expect.any(Number),
      wrong: expect.any(Array),
    });
    expect(scores.precision, JSON.stringify(scores.wrong, null, 1)).toBeGreaterThanOrEqual(0.95);
    expect(scores.recall, JSON.stringify(scores.wrong, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it.each(CUE_CORPUS.filter((s) => s.not).map((s) => [s.text, s.not ?? []] as const))(
    'never raises the wrong theme for “%s”',
    (text, not) => {
      const raised = findCues(matcher, text).map((t) => t.themeId);
      for (const theme of not) expect(raised).not.toContain(theme);
    },
  );
});
