import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MoreForm } from '../../components/studio/MoreForm';
import { BUILT_IN_PACKS } from '../../content';
import type { DraftPack } from '../../core/pack/edit';
import { validatePack } from '../../core/pack/schema';
import { renderWithDraft } from './studio-harness';

const ivy = BUILT_IN_PACKS[0];
if (!ivy) throw new Error('no built-in pack');

/** The "more" form with a draft of its own. */
function renderForm(start: DraftPack, unusedWords = '') {
  return renderWithDraft(start, (pack, onChange) => (
    <MoreForm pack={pack} unusedWords={unusedWords} onChange={onChange} />
  ));
}

describe('words explained, in Pack studio', () => {
  it('are added, written and removed in the form, and the pack keeps them', async () => {
    const pack = renderForm({ ...structuredClone(ivy), id: 'ivy-copy', glossary: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Add a word to explain' }));
    fireEvent.input(await screen.findByRole('textbox', { name: 'Word 1: Word or phrase' }), {
      target: { value: 'SENCO' },
    });
    fireEvent.input(screen.getByRole('textbox', { name: 'Word 1: What it means, in plain words' }), {
      target: { value: 'The teacher who leads on special educational needs in a school.' },
    });
    const checked = validatePack(pack());
    expect(checked.ok && checked.pack.glossary).toEqual([
      { term: 'SENCO', meaning: 'The teacher who leads on special educational needs in a school.' },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove word 1' }));
    expect(pack().glossary).toEqual([]);
    expect(screen.queryByRole('textbox', { name: 'Word 1: Word or phrase' })).toBeNull();
  });

  it('show the words a copied pack already explains', () => {
    renderForm({ ...structuredClone(ivy), id: 'ivy-copy' });
    const first = ivy.glossary?.[0];
    if (!first) throw new Error('Ivy explains no words');
    expect(screen.getByRole('textbox', { name: 'Word 1: Word or phrase' })).toHaveProperty('value', first.term);
  });
});

describe('a word explained that nothing uses', () => {
  it('gets a hint, tied to its field', () => {
    const glossary = [...(ivy.glossary ?? []), { term: 'SENCO', meaning: 'The teacher who leads on special needs.' }];
    const n = glossary.length;
    renderForm({ ...structuredClone(ivy), id: 'ivy-copy', glossary }, String(n - 1));
    const field = screen.getByRole('textbox', { name: `Word ${n}: Word or phrase` });
    const hint = screen.getByText(/^No question, action or resource uses “SENCO”/);
    expect(field.getAttribute('aria-describedby')).toBe(hint.id);
    expect(screen.getAllByText(/^No question, action or resource uses/)).toHaveLength(1);
  });
});
