import { readPackFile } from '../../core/pack/file';
import { listDrafts, loadDraft, removeDraft, saveDraft, watchDrafts } from '../../store/draft-storage';
import type { StudioDeps } from '../../store/studio-store';

/** Pack studio over the drafts really kept (in the fake browser's storage), with no packs and a given clock. */
export function studioDeps(now: () => number): StudioDeps {
  return {
    listDrafts,
    loadDraft,
    saveDraft,
    removeDraft,
    listPacks: async () => [],
    loadPack: async () => null,
    reservedIds: async () => new Set(),
    checkFile: async (text, bytes) => readPackFile(text, bytes, new Set()),
    addPack: async () => {},
    download: () => {},
    now,
    watchDrafts,
  };
}
