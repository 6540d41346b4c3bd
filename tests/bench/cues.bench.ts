import { bench, describe } from 'vitest';
import { cueListsOf } from '../../content/cue-lists';
import { ivyPack } from '../../content/ivy';
import { compileCues, findCues } from '../../core/cues';

// A case record's worth of ordinary text, with a few cues in it, repeated to size.
const PARAGRAPH =
  'Home visit completed by the health visitor. Mother reported the baby is feeding well and drinking milk. ' +
  'The partner agency was informed and the plan was reviewed at the core group. Dad was at work. ' +
  'Discussed routines, weaning and the next appointment; no further actions were agreed today. ';

function textOf(bytes: number): string {
  return PARAGRAPH.repeat(Math.ceil(bytes / PARAGRAPH.length)).slice(0, bytes);
}

const matcher = compileCues(cueListsOf(ivyPack));
const oneMb = textOf(1_000_000);
const fiveMb = textOf(5_000_000);

describe('case-page scan (cue matching)', () => {
  bench('compile the Ivy cue lists', () => {
    compileCues(cueListsOf(ivyPack));
  });
  bench('scan 1 MB of page text', () => {
    findCues(matcher, oneMb);
  });
  bench('scan 5 MB of page text', () => {
    findCues(matcher, fiveMb);
  });
});
