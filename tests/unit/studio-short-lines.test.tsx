import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ThemesForm } from '../../components/studio/ThemesForm';
import { BUILT_IN_PACKS } from '../../content';
import { type DraftPack, packOfDraft } from '../../core/pack/edit';
import { studioProblems } from '../../core/pack/problems';
import { validatePack } from '../../core/pack/schema';
import { renderWithDraft } from './studio-harness';

const ivy = BUILT_IN_PACKS[0];
if (!ivy) throw new Error('no built-in pack');

/** The themes form with a draft of its own. */
function renderForm(start: DraftPack) {
  return renderWithDraft(start, (pack, onChange) => <ThemesForm pack={pack} onChange={onChange} />);
}

/** Ivy's first theme alone: a whole pack, quick to draw and to search by role. */
function oneTheme(): DraftPack {
  const pack = structuredClone(ivy) as DraftPack;
  return { ...pack, id: 'ivy-copy', themes: pack.themes.slice(0, 1), moments: [], cues: undefined };
}

afterEach(cleanup);

const problemsOf = (draft: DraftPack) => {
  const checked = validatePack(packOfDraft(draft));
  return checked.ok ? [] : studioProblems(checked.issues, draft);
};

describe('a question’s short checklist line, in Pack studio', () => {
  it('shows the line a copied pack has, and keeps what is typed', () => {
    const pack = renderForm(oneTheme());
    const field = screen.getByRole('textbox', { name: 'Theme 1, question 1: Short checklist line (optional)' });
    expect(field).toHaveProperty('value', ivy.themes[0]?.prompts[0]?.short);
    expect(screen.queryByText(/has no short checklist line/)).toBeNull();
    fireEvent.input(field, { target: { value: 'Whole history read?' } });
    expect(pack().themes[0]?.prompts[0]?.short).toBe('Whole history read?');
    expect(problemsOf(pack())).toEqual([]);
  });

  it('hints when a written question has none, and names a line that is too long in plain words', () => {
    const pack = renderForm(oneTheme());
    const field = screen.getByRole('textbox', { name: 'Theme 1, question 1: Short checklist line (optional)' });
    fireEvent.input(field, { target: { value: '' } });
    const hint = screen.getByText(/^No short checklist line yet/);
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(hint.id);
    // Blank, it is left out of the pack: the panel shows the whole question.
    expect((packOfDraft(pack()) as DraftPack).themes[0]?.prompts[0]).not.toHaveProperty('short');
    expect(problemsOf(pack())).toEqual([]);
    fireEvent.input(field, { target: { value: 'Have I read each parent’s whole history, childhood included?' } });
    expect(screen.queryByText(/^No short checklist line yet/)).toBeNull();
    expect(problemsOf(pack())).toEqual([
      expect.objectContaining({
        fieldId: 'f-themes-0-prompts-0-short',
        place: 'Theme 1, question 1: short checklist line',
        message: 'This line has 9 words. A short checklist line has at most 8: cut it down.',
      }),
    ]);
  });

  it('gives no hint on a question not yet written', () => {
    const draft = oneTheme();
    const prompt = draft.themes[0]?.prompts[0];
    if (!prompt) throw new Error('no prompt');
    prompt.text = '';
    delete prompt.short;
    renderForm(draft);
    expect(screen.queryByText(/^No short checklist line yet/)).toBeNull();
  });
});
