/**
 * Precision and recall of a cue matcher on the labelled corpus, counted per sentence and
 * theme: a theme raised and labelled is a hit, raised and not labelled a false alarm,
 * labelled and not raised a miss.
 */
import { type CueMatcher, findCues } from '../core/cues';
import type { CorpusSentence } from './cue-corpus';

export interface CueScores {
  sentences: number;
  hits: number;
  falseAlarms: number;
  misses: number;
  precision: number;
  recall: number;
  /** Each sentence that was not read as labelled, with what was raised and what was missed. */
  wrong: { text: string; extra: string[]; missed: string[] }[];
}

export function scoreCues(matcher: CueMatcher, corpus: readonly CorpusSentence[]): CueScores {
  let hits = 0;
  let falseAlarms = 0;
  let misses = 0;
  const wrong: CueScores['wrong'] = [];
  for (const sentence of corpus) {
    const raised = new Set(findCues(matcher, sentence.text).map((t) => t.themeId));
    const wanted = new Set(sentence.raises);
    const extra = [...raised].filter((theme) => !wanted.has(theme));
    const missed = [...wanted].filter((theme) => !raised.has(theme));
    hits += raised.size - extra.length;
    falseAlarms += extra.length;
    misses += missed.length;
    if (extra.length > 0 || missed.length > 0) wrong.push({ text: sentence.text, extra, missed });
  }
  return {
    sentences: corpus.length,
    hits,
    falseAlarms,
    misses,
    precision: hits / Math.max(1, hits + falseAlarms),
    recall: hits / Math.max(1, hits + misses),
    wrong,
  };
}
