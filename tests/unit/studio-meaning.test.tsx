import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { ThemesForm } from '../../components/studio/ThemesForm';
import { type DraftPack, draftForSave, packFingerprint, packOfDraft, readDraftPack } from '../../core/pack/edit';
import { validatePack } from '../../core/pack/schema';
import { harbourPack } from '../fixtures/harbour-pack';

afterEach(cleanup);

it('Pack studio lets the author mark a reworded question as changed in meaning, for the version the save makes', () => {
  let draft: DraftPack = readDraftPack(harbourPack());
  const opened = packFingerprint(draft);
  const onChange = (edit: (pack: DraftPack) => void) => {
    const next = structuredClone(draft);
    edit(next);
    draft = next;
    view.rerender(<ThemesForm pack={draft} onChange={onChange} />);
  };
  const view = render(<ThemesForm pack={draft} onChange={onChange} />);
  const mark = screen.getByRole('checkbox', { name: 'Theme 1, question 2: Its new wording changes what it asks' });
  expect((mark as HTMLInputElement).checked).toBe(false);
  fireEvent.click(mark);
  expect(draft.themes[0]?.prompts[1]?.meaningChangedIn).toBe('1.1.0');
  const marked = screen.getByRole('checkbox', { name: 'Theme 1, question 2: Its new wording changes what it asks' });
  expect((marked as HTMLInputElement).checked).toBe(true);
  expect(screen.getByText(/Answers given to its wording before version 1\.1\.0 are cleared/)).toBeTruthy();

  // Saved, the pack is 1.1.0 and says the question changed meaning in 1.1.0; it passes the checks.
  const saved = validatePack(packOfDraft(draftForSave(draft, opened)));
  expect(saved.ok && saved.pack.version).toBe('1.1.0');
  expect(saved.ok && saved.pack.themes[0]?.prompts[1]?.meaningChangedIn).toBe('1.1.0');

  // Untick: the mark goes.
  fireEvent.click(screen.getByRole('checkbox', { name: 'Theme 1, question 2: Its new wording changes what it asks' }));
  expect(draft.themes[0]?.prompts[1]).not.toHaveProperty('meaningChangedIn');
});
