import { describe, expect, it } from 'vitest';
import { ivyPack } from '../../content/ivy';
import {
  emptySupervision,
  mergeSupervision,
  minutesText,
  readSupervision,
  sameSupervision,
  setActionDone,
  setReflection,
} from '../../core/supervision';

describe('reflective supervision', () => {
  it('keeps both windows’ answers and the later of two answers to one question', () => {
    const start = emptySupervision('cscp-ivy');
    const a = setReflection(start, 'question-challenge', 'We escalate through team managers.', 100);
    const b = setActionDone(
      setReflection(start, 'question-challenge', 'Older answer', 50),
      'action-be-curious',
      true,
      60,
    );
    const merged = mergeSupervision(a, b);
    expect(merged.answers['question-challenge']?.text).toBe('We escalate through team managers.');
    expect(merged.actions['action-be-curious']?.done).toBe(true);
    expect(sameSupervision(mergeSupervision(b, a), merged)).toBe(true);
  });

  it('caps an answer’s length and reads damaged storage as empty, never throwing', () => {
    const long = setReflection(emptySupervision('cscp-ivy'), 'question-challenge', 'x'.repeat(5000), 1);
    expect(long.answers['question-challenge']?.text).toHaveLength(2000);
    expect(readSupervision({ packId: 'cscp-ivy', answers: 'nope' }, 'cscp-ivy')).toEqual(emptySupervision('cscp-ivy'));
    expect(readSupervision(undefined, 'cscp-ivy')).toEqual(emptySupervision('cscp-ivy'));
  });

  it('writes the team’s answers as plain text for the minutes, questions numbered as in the brief', () => {
    const s = setReflection(emptySupervision('cscp-ivy'), 'question-strengths-based', '  Looking for what works.  ', 1);
    const text = minutesText(ivyPack, s, new Date(Date.UTC(2026, 10, 26)));
    expect(text.split('\n').slice(0, 6)).toEqual([
      'Reflective questions from CSCP Learning Briefing – Ivy (Cumbria Safeguarding Children Partnership (CSCP))',
      'Discussed: 26 Nov 2026',
      '',
      '1. What does strengths-based working mean to you, and how could you use it in your practice?',
      'Looking for what works.',
      '',
    ]);
    expect(text).toContain(
      '4. Do you talk about complex and changing family relationships in your supervision?\n(not discussed)',
    );
  });
});
