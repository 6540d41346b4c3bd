/** Pack studio's drafts in browser.storage.local, each whole under its own key (core/drafts.ts). */
import { browser } from 'wxt/browser';
import {
  DRAFT_KEY_PREFIX,
  draftIdFromKey,
  draftKey,
  type OpenDraft,
  readDraft,
  type StoredDraft,
} from '../core/drafts';

export interface DraftSummary {
  id: string;
  title: string;
  updatedAt: number;
}

/** Every readable draft, the one written to last first. */
export async function listDrafts(): Promise<DraftSummary[]> {
  const stored = await browser.storage.local.get(null);
  const drafts: DraftSummary[] = [];
  for (const [key, value] of Object.entries(stored)) {
    const id = draftIdFromKey(key);
    const draft = id === null ? null : readDraft(id, value);
    if (draft) drafts.push({ id: draft.id, title: draft.pack.title, updatedAt: draft.stored.updatedAt });
  }
  return drafts.sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function loadDraft(id: string): Promise<OpenDraft | null> {
  const key = draftKey(id);
  return readDraft(id, (await browser.storage.local.get(key))[key]);
}

export function saveDraft(id: string, draft: StoredDraft): Promise<void> {
  return browser.storage.local.set({ [draftKey(id)]: draft });
}

export function removeDraft(id: string): Promise<void> {
  return browser.storage.local.remove(draftKey(id));
}

/** Calls `listener` when a draft is written or removed here or in another tab. Returns the unsubscribe. */
export function watchDrafts(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(DRAFT_KEY_PREFIX))) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
