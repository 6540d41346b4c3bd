import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { ThemesForm } from '../../components/studio/ThemesForm';
import { type DraftPack, draftForSave, packFingerprint, packOfDraft, readDraftPack } from '../../core/pack/edit';
import { validatePack } from '../../core/pack/schema';
import { harbourPack } from '../fixtures/harbour-pack';

afterEach(cleanup);

/** Harbour's themes in the studio's form, each edit applied as the studio's store would. */
function harbourThemes() {
  let draft: DraftPack = readDraftPack(harbourPack());
  const opened = packFingerprint(draft);
  const onChange = (edit: (pack: DraftPack) => void) => {
    const next = structuredClone(draft);
    edit(next);
    draft = next;
    view.rerender(<ThemesForm pack={draft} onChange={onChange} />);
  };
  const view = render(<ThemesForm pack={draft} onChange={onChange} />);
  return { current: () => draft, opened };
}

it('Pack studio lets the author mark a reworded question as changed in meaning, for the version the save makes', () => {
  const { current, opened } = harbourThemes();
  const mark = () =>
    screen.getByRole('combobox', { name: 'Theme 1, question 2: When you reword it' }) as HTMLSelectElement;
  expect(mark().value).toBe('same');
  fireEvent.change(mark(), { target: { value: 'changed' } });
  expect(current().themes[0]?.prompts[1]?.meaningChangedIn).toBe('1.1.0');
  expect(mark().value).toBe('changed');
  expect(screen.getByText(/Answers given to its wording before version 1\.1\.0 are cleared/)).toBeTruthy();

  // Saved, the pack is 1.1.0 and says the question changed meaning in 1.1.0; it passes the checks.
  const saved = validatePack(packOfDraft(draftForSave(current(), opened)));
  expect(saved.ok && saved.pack.version).toBe('1.1.0');
  expect(saved.ok && saved.pack.themes[0]?.prompts[1]?.meaningChangedIn).toBe('1.1.0');

  // Untick: the mark goes.
  fireEvent.change(mark(), { target: { value: 'same' } });
  expect(current().themes[0]?.prompts[1]).not.toHaveProperty('meaningChangedIn');
});

it('Pack studio lets the author mark a question as new, for the version the save makes', () => {
  const { current, opened } = harbourThemes();
  const mark = () => screen.getByRole('combobox', { name: 'Theme 2, question 3: Is it new?' }) as HTMLSelectElement;
  expect(mark().value).toBe('earlier');
  fireEvent.change(mark(), { target: { value: 'new' } });
  expect(current().themes[1]?.prompts[2]?.addedIn).toBe('1.1.0');
  expect(screen.getByText(/Cases answered with a version before 1\.1\.0 are told, once/)).toBeTruthy();
  const saved = validatePack(packOfDraft(draftForSave(current(), opened)));
  expect(saved.ok && saved.pack).toMatchObject({ version: '1.1.0', schemaVersion: 3 });
  expect(saved.ok && saved.pack.themes[1]?.prompts[2]?.addedIn).toBe('1.1.0');
  fireEvent.change(mark(), { target: { value: 'earlier' } });
  expect(current().themes[1]?.prompts[2]).not.toHaveProperty('addedIn');
});
