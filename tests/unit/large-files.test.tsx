import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PacksSettings } from '../../components/PacksSettings';
import { Studio } from '../../components/studio/Studio';
import { BUILT_IN_PACKS } from '../../content';
import { packInfo } from '../../core/pack/info';
import { checkBackupFile } from '../../entrypoints/options/check-backup';
import { createStudioStore, type StudioDeps } from '../../store/studio-store';

/**
 * A file far larger than any pack or backup, chosen by mistake (a film, a disk image named
 * .json), whose read fails, as a read past the longest string a browser makes does. Such a
 * file must be refused by its size, in words, without being read.
 */
function hugeFile() {
  const file = new File(['{}'], 'holiday-video.json', { type: 'application/json' });
  Object.defineProperty(file, 'size', { value: 700 * 1024 * 1024 });
  const text = vi.fn(() => Promise.reject(new DOMException('The file could not be read.', 'NotReadableError')));
  Object.defineProperty(file, 'text', { value: text });
  return { file, text };
}

function choose(input: HTMLElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const ivy = BUILT_IN_PACKS[0];
if (!ivy) throw new Error('no built-in pack');

afterEach(cleanup);

describe('a file far too large, chosen by mistake', () => {
  it('is refused by its size on the settings page’s pack field, and never read', async () => {
    const { file, text } = hugeFile();
    const onCheck = vi.fn(async (f: File) => {
      await f.text();
      return { ok: false as const, problems: ['read'] };
    });
    render(
      <PacksSettings
        packs={[packInfo(ivy, 'built-in')]}
        defaultPackId={ivy.id}
        casesByPack={{}}
        unreadable={[]}
        onCheck={onCheck}
        onAdd={async () => {}}
        onRemove={async () => {}}
        onOpenStudio={() => {}}
      />,
    );
    choose(screen.getByLabelText('Learning pack file (.json)'), file);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file is larger than 1 MB, so it is not a learning pack.');
    expect(text).not.toHaveBeenCalled();
  });

  it('is refused by its size in Pack studio, and never read', async () => {
    const { file, text } = hugeFile();
    const deps: StudioDeps = {
      listDrafts: async () => [],
      loadDraft: async () => null,
      saveDraft: async () => {},
      removeDraft: async () => {},
      listPacks: async () => [],
      loadPack: async () => null,
      reservedIds: async () => new Set([ivy.id]),
      checkFile: async () => ({ ok: false, problems: [] }),
      addPack: async () => {},
      download: () => {},
      now: () => 1,
    };
    const store = createStudioStore(deps);
    await store.getState().refresh();
    render(<Studio store={store} />);
    choose(screen.getByLabelText('Open a pack file to edit (.json)'), file);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'This file is larger than 1 MB, so it is not a learning pack.',
      ),
    );
    expect(text).not.toHaveBeenCalled();
  });

  it('is refused by its size as a backup, and never read', async () => {
    const { file, text } = hugeFile();
    const checked = await checkBackupFile(file);
    expect(checked).toEqual({
      ok: false,
      reason: 'This file is larger than 5 MB, so it is not a Pause Point backup. Nothing was changed.',
    });
    expect(text).not.toHaveBeenCalled();
  });
});
