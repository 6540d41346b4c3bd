import { describe, expect, it } from 'vitest';
import { packCues } from '../../content/built-in-cues';
import { ivyPack } from '../../content/ivy';
import { compileCues } from '../../core/cues';
import { cueListsOf } from '../../core/pack/cue-lists';
import { RECORD_SENTENCES } from '../cue-records';
import { recordScores } from '../cue-scores';

// The independent corpus: sentences written and labelled by a reader who never saw the cue
// lists. The lists were changed looking only at the tune half's misreadings; the held-out
// half is scored, never read for tuning.
const scores = recordScores(compileCues(cueListsOf(ivyPack, packCues(ivyPack))));
const wrong = (part: keyof typeof scores) => JSON.stringify(scores[part].wrong, null, 1);

describe('the Ivy cue lists on the independent corpus of record sentences', () => {
  it('has at least 300 sentences, over 120 of them hard negatives, split into tune and held-out', () => {
    expect(RECORD_SENTENCES.length).toBeGreaterThanOrEqual(300);
    expect(RECORD_SENTENCES.filter((s) => s.negative).length).toBeGreaterThanOrEqual(120);
    expect(RECORD_SENTENCES.filter((s) => s.split === 'holdout').length).toBeGreaterThanOrEqual(150);
  });

  it('reads the tune half at the level it was tuned to: precision at least 0.95, recall at least 0.96', () => {
    expect(scores.tune.precision, wrong('tune')).toBeGreaterThanOrEqual(0.95);
    expect(scores.tune.recall, wrong('tune')).toBeGreaterThanOrEqual(0.96);
  });

  // A floor a little under what the lists reached when the held-out half was first scored
  // (precision 0.892, recall 0.851), so a change that reads unseen records worse fails. The
  // sentences are not printed: the held-out half is not to be tuned on.
  it('reads the held-out half no worse than when first scored: precision at least 0.87, recall at least 0.82', () => {
    expect(scores.holdout.precision).toBeGreaterThanOrEqual(0.87);
    expect(scores.holdout.recall).toBeGreaterThanOrEqual(0.82);
  });
});
