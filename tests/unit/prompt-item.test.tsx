import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NA_REASON_ASK, PromptItem } from '../../components/PromptItem';
import { ivyPack } from '../../content/ivy';
import type { AnswerState } from '../../core/checklist';

const prompt = (id: string) => {
  const found = ivyPack.themes.flatMap((t) => t.prompts).find((p) => p.id === id);
  if (!found) throw new Error(`no prompt ${id}`);
  return found;
};

function show(id: string, state: AnswerState) {
  return render(
    <ul>
      <PromptItem prompt={prompt(id)} state={state} onAnswer={() => {}} from="Fathers" />
    </ul>,
  );
}

afterEach(cleanup);

describe('a father or male-carer question marked not applicable', () => {
  it('asks for the reason to go in the case note, as a line tied to the question, with nothing to type', () => {
    show('fathers-seen', 'na');
    expect(screen.getByText(NA_REASON_ASK)).toBeTruthy();
    const box = screen.getByRole('checkbox', { name: /^Father or male carer seen yourself?/ });
    expect(box.getAttribute('aria-describedby')).toContain('prompt-fathers-seen-reason');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('says nothing more while the question is open or done', () => {
    for (const state of ['open', 'done'] as const) {
      const { unmount } = show('fathers-seen', state);
      expect(screen.queryByText(NA_REASON_ASK)).toBeNull();
      unmount();
    }
  });

  it('is found by the pack’s flag, not by words: a question without it asks nothing', () => {
    show('sleep-seen', 'na');
    expect(screen.queryByText(NA_REASON_ASK)).toBeNull();
    const flagged = { ...prompt('sleep-seen'), fatherOrMaleCarer: true };
    render(
      <ul>
        <PromptItem prompt={flagged} state="na" onAnswer={() => {}} />
      </ul>,
    );
    expect(screen.getByText(NA_REASON_ASK)).toBeTruthy();
  });
});
