import { describe, expect, it } from 'vitest';
import {
  answerState,
  type CaseChecklist,
  emptyChecklist,
  mergeChecklists,
  progressOf,
  resetChecklist,
  sameChecklist,
  setAnswer,
} from '../../core/checklist';

const blank = () => emptyChecklist('ABC-1', 'cscp-ivy', '1.0.0');

describe('answering', () => {
  it('records done, not applicable and outstanding with the time', () => {
    let c = setAnswer(blank(), 'p1', 'done', 1000);
    c = setAnswer(c, 'p2', 'na', 1001);
    expect(answerState(c, 'p1')).toBe('done');
    expect(answerState(c, 'p2')).toBe('na');
    expect(answerState(c, 'p3')).toBe('open');
    expect(c.answers.p1).toEqual({ state: 'done', at: 1000 });
  });

  it('always moves time forward for the same prompt, even when the clock does not', () => {
    const first = setAnswer(blank(), 'p1', 'done', 5000);
    const second = setAnswer(first, 'p1', 'open', 4000);
    expect(second.answers.p1?.at).toBeGreaterThan(5000);
    expect(answerState(mergeChecklists(first, second), 'p1')).toBe('open');
  });

  it('does not change the checklist it was given', () => {
    const c = blank();
    setAnswer(c, 'p1', 'done', 1);
    expect(c.answers).toEqual({});
  });
});

describe('reset', () => {
  it('clears every answer and stays cleared when merged with the old copy', () => {
    const before = setAnswer(setAnswer(blank(), 'p1', 'done', 10), 'p2', 'na', 11);
    const after = resetChecklist(before, 20);
    expect(after.answers).toEqual({});
    const merged = mergeChecklists(before, after);
    expect(answerState(merged, 'p1')).toBe('open');
    expect(answerState(merged, 'p2')).toBe('open');
  });

  it('keeps answers given after the reset', () => {
    const reset = resetChecklist(setAnswer(blank(), 'p1', 'done', 10), 20);
    const later = setAnswer(reset, 'p2', 'done', 30);
    expect(answerState(mergeChecklists(reset, later), 'p2')).toBe('done');
  });

  it('covers an answer stamped ahead of the clock', () => {
    const c = setAnswer(blank(), 'p1', 'done', 9_000);
    expect(answerState(mergeChecklists(c, resetChecklist(c, 100)), 'p1')).toBe('open');
  });
});

describe('merging two copies of one case', () => {
  it('keeps ticks made in both windows at the same time', () => {
    const start = blank();
    const windowA = setAnswer(start, 'p1', 'done', 100);
    const windowB = setAnswer(start, 'p2', 'done', 100);
    const merged = mergeChecklists(windowA, windowB);
    expect(answerState(merged, 'p1')).toBe('done');
    expect(answerState(merged, 'p2')).toBe('done');
  });

  it('lets the later answer to the same prompt win', () => {
    const a = setAnswer(blank(), 'p1', 'done', 100);
    const b = setAnswer(blank(), 'p1', 'na', 200);
    expect(answerState(mergeChecklists(a, b), 'p1')).toBe('na');
    expect(answerState(mergeChecklists(b, a), 'p1')).toBe('na');
  });

  it('gives the same result whatever the order (commutative, associative, idempotent)', () => {
    const copies: CaseChecklist[] = [
      setAnswer(setAnswer(blank(), 'p1', 'done', 5), 'p3', 'na', 9),
      setAnswer(blank(), 'p1', 'open', 7),
      resetChecklist(setAnswer(blank(), 'p2', 'done', 3), 6),
      setAnswer(blank(), 'p2', 'done', 8),
      setAnswer(blank(), 'p4', 'na', 7),
    ];
    const fold = (list: CaseChecklist[]) => list.reduce(mergeChecklists);
    const expected = fold(copies);
    for (let shift = 1; shift < copies.length; shift++) {
      const rotated = [...copies.slice(shift), ...copies.slice(0, shift)];
      expect(sameChecklist(fold(rotated), expected)).toBe(true);
      expect(sameChecklist(fold([...rotated].reverse()), expected)).toBe(true);
    }
    expect(sameChecklist(mergeChecklists(expected, expected), expected)).toBe(true);
    expect(expected.answers).toEqual({
      p1: { state: 'open', at: 7 },
      p2: { state: 'done', at: 8 },
      p3: { state: 'na', at: 9 },
      p4: { state: 'na', at: 7 },
    });
  });

  it('breaks an exact tie the same way on both sides', () => {
    const a = setAnswer(blank(), 'p1', 'done', 100);
    const b = setAnswer(blank(), 'p1', 'open', 100);
    expect(mergeChecklists(a, b).answers.p1).toEqual(mergeChecklists(b, a).answers.p1);
  });
});

describe('progress', () => {
  it('counts done against the prompts that still apply', () => {
    let c = setAnswer(blank(), 'p1', 'done', 1);
    c = setAnswer(c, 'p2', 'na', 2);
    c = setAnswer(c, 'p9', 'done', 3); // not in this theme
    expect(progressOf(c, ['p1', 'p2', 'p3', 'p4', 'p5'])).toEqual({
      done: 1,
      notApplicable: 1,
      applicable: 4,
      total: 5,
    });
  });

  it('is zero of all when nothing is answered', () => {
    expect(progressOf(null, ['a', 'b'])).toEqual({ done: 0, notApplicable: 0, applicable: 2, total: 2 });
  });
});
