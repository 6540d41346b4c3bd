import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CaseSelector } from '../../components/CaseSelector';
import { makeBackup, readBackup } from '../../core/backup';
import { resetChecklist, setAnswer } from '../../core/checklist';
import { readCaseChecklist, readCaseIndex } from '../../core/stored';
import { readSupervision } from '../../core/supervision';

// Times come from outside (storage, a backup file, another version): each must be a time a
// date can show, and small enough that "one millisecond later" is still later.
const at = Date.UTC(2026, 10, 1);
const checklist = { ref: 'CS-1', packId: 'cscp-ivy', packVersion: '1.0.0', resetAt: 0, answers: {} };
const backupWith = (changes: Record<string, unknown>) =>
  JSON.stringify({ ...makeBackup({ caseIndex: { 'CS-1': at }, 'case:CS-1': checklist }, new Date(at)), ...changes });

describe('times read from outside', () => {
  it.each([
    ['a last use no date can show', { caseIndex: { 'EVIL-1': 9e15 } }],
    ['a forgotten mark no date can show', { caseIndex: { 'EVIL-1': -9e15 } }],
    ['a reset past the last whole millisecond', { cases: [{ ...checklist, resetAt: 2 ** 53 + 2 }] }],
    [
      'an answer far in the future',
      { cases: [{ ...checklist, answers: { 'fathers-seen': { state: 'done', at: 8e15 } } }] },
    ],
    ['an export time that is not a time', { exportedAt: 'next Tuesday' }],
  ])('refuse a backup with %s', (_what, changes) => {
    const checked = readBackup(backupWith(changes));
    expect(checked.ok).toBe(false);
  });

  it('keep the rest of the case list when one entry is not a time', () => {
    const { index, problem } = readCaseIndex({ 'EVIL-1': 9e15, 'CS-1': at });
    expect(index).toEqual({ 'CS-1': at });
    expect(problem).not.toBeNull();
  });

  it('keep the other answers when one has an impossible time, and ticks after a reset stay', () => {
    const { checklist: read } = readCaseChecklist(
      {
        ...checklist,
        resetAt: 2 ** 53 + 2,
        answers: { 'fathers-seen': { state: 'done', at }, 'sleep-seen': { state: 'done', at: 9e15 } },
      },
      'CS-1',
    );
    expect(read?.answers).toEqual({ 'fathers-seen': { state: 'done', at } });
    if (!read) return;
    const ticked = setAnswer(resetChecklist(read, at + 1000), 'sleep-seen', 'done', at + 2000);
    expect(ticked.answers['sleep-seen']?.state).toBe('done');
  });

  it('drop supervision answers with impossible times', () => {
    const s = readSupervision(
      { packId: 'cscp-ivy', answers: { q: { text: 'Escalate early.', at: 9e15 } }, actions: {} },
      'cscp-ivy',
    );
    expect(s.answers).toEqual({});
  });
});

describe('one bad time never blanks a view', () => {
  it('the recent cases list still shows every case', () => {
    render(
      <CaseSelector
        openRef={null}
        recent={[
          { ref: 'EVIL-1', touchedAt: 9e15 },
          { ref: 'CS-1', touchedAt: at },
        ]}
        onOpen={async () => ({ ok: true })}
      />,
    );
    expect(screen.getByRole('button', { name: 'EVIL-1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'CS-1' })).toBeTruthy();
  });
});
