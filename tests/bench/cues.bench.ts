import { mkdirSync, writeFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { packCues } from '../../content/built-in-cues';
import { ivyPack } from '../../content/ivy';
import { compileCues, findCues } from '../../core/cues';
import { momentItems, momentsOf } from '../../core/moments';
import { cueListsOf } from '../../core/pack/cue-lists';
import { median, readingGrade } from '../../core/reading-grade';
import { CUE_CORPUS, HELD_OUT } from '../cue-corpus';
import { recordScores, scoreCues, scoreLine } from '../cue-scores';

// A case record's worth of ordinary text, with a few cues in it, repeated to size.
const PARAGRAPH =
  'Home visit completed by the health visitor. Mother reported the baby is feeding well and drinking milk. ' +
  'The partner agency was informed and the plan was reviewed at the core group. Dad was at work. ' +
  'Discussed routines, weaning and the next appointment; no further actions were agreed today. ';

function textOf(bytes: number): string {
  return PARAGRAPH.repeat(Math.ceil(bytes / PARAGRAPH.length)).slice(0, bytes);
}

const matcher = compileCues(cueListsOf(ivyPack, packCues(ivyPack)));
const oneMb = textOf(1_000_000);
const fiveMb = textOf(5_000_000);

describe('case-page scan (cue matching)', () => {
  bench('compile the Ivy cue lists', () => {
    compileCues(cueListsOf(ivyPack, packCues(ivyPack)));
  });
  bench('scan 1 MB of page text', () => {
    findCues(matcher, oneMb);
  });
  bench('scan 5 MB of page text', () => {
    findCues(matcher, fiveMb);
  });
});

// Quality figures beside the timings: the cue lists on the labelled corpus, the moment lists'
// sizes and the prompts' reading grade. Printed once, so `npm run bench` reports them.
const scores = scoreCues(matcher, CUE_CORPUS);
const heldOut = scoreCues(matcher, HELD_OUT);
// The independent corpus, labelled without sight of the cue lists: its held-out half was never tuned on.
const records = recordScores(matcher);
const sizes = momentsOf(ivyPack).map((id) => {
  const plain = momentItems(ivyPack, id, false).length;
  const video = momentItems(ivyPack, id, true).length;
  return video === plain ? `${id} ${plain}` : `${id} ${plain} (${video} by video)`;
});
const grades = ivyPack.themes.flatMap((t) => t.prompts.map((p) => readingGrade(p.text)));
console.log(
  [
    `Record sentences (independent corpus), all: ${scoreLine(records.all)}`,
    `Record sentences, tune half: ${scoreLine(records.tune)}`,
    `Record sentences, held-out half (never tuned on): ${scoreLine(records.holdout)}`,
    `Cue corpus: ${scores.sentences} sentences, precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)}`,
    `Held-out sentences (not used to tune): ${heldOut.sentences}, precision ${heldOut.precision.toFixed(3)}, recall ${heldOut.recall.toFixed(3)}`,
    `Moment lists: ${sizes.join(', ')}`,
    `Prompts: median Flesch-Kincaid grade ${median(grades).toFixed(1)} over ${grades.length} prompts`,
  ].join('\n'),
);

// For scripts/bench.mjs, which prints these beside the browser figures.
const figure = (x: { precision: number; recall: number; sentences: number }) => ({
  precision: x.precision,
  recall: x.recall,
  sentences: x.sentences,
});
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/cues.json',
  `${JSON.stringify(
    {
      records: { all: figure(records.all), tune: figure(records.tune), holdout: figure(records.holdout) },
      corpus: figure(scores),
      heldOutCorpus: figure(heldOut),
    },
    null,
    2,
  )}\n`,
);

// Pages built to make a badly built pattern backtrack, scanned with a cue spaced round its
// hyphen in the pack, as an organisation's pack might have it.
const hostile = compileCues([
  ...cueListsOf(ivyPack, packCues(ivyPack)),
  { themeId: 'safer-sleep', cues: ['co - sleeping'], notCues: [] },
]);
const dashes = `co ${'-'.repeat(4000)}`;
const spacedDashes = `co${' -'.repeat(4000)}`;
let worst = 0;
for (const text of [dashes, spacedDashes, 'co-'.repeat(4000)]) {
  const start = performance.now();
  findCues(hostile, text);
  worst = Math.max(worst, performance.now() - start);
}
console.log(`Worst single scan of adversarial cue text: ${worst.toFixed(2)} ms`);

describe('case-page scan of adversarial text', () => {
  bench('4,000 dashes after a cue word', () => {
    findCues(hostile, dashes);
  });
  bench('4,000 spaced dashes after a cue word', () => {
    findCues(hostile, spacedDashes);
  });
});
