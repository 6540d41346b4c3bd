/** Pack studio's drafts in browser.storage.local, each whole under its own key (core/drafts.ts). */
import {
  DRAFT_DELETED_ELSEWHERE,
  DRAFTS,
  draftProblem,
  MAX_DRAFTS,
  type OpenDraft,
  readDraft,
  type StoredDraft,
  TOO_MANY_DRAFTS,
} from '../core/drafts';
import {
  getAllStored,
  getStored,
  RefusedWrite,
  removeStored,
  setStored,
  storedIds,
  watchDeletion,
  watchStored,
} from '../platform/stored';

export interface DraftSummary {
  id: string;
  title: string;
  version: string;
  updatedAt: number;
}

/** Every readable draft, the one written to last first. */
export async function listDrafts(): Promise<DraftSummary[]> {
  const drafts: DraftSummary[] = [];
  for (const [id, stored] of await getAllStored(DRAFTS)) {
    const draft = stored && readDraft(id, stored);
    if (draft)
      drafts.push({
        id: draft.id,
        title: draft.pack.title,
        version: draft.pack.version,
        updatedAt: draft.stored.updatedAt,
      });
  }
  return drafts.sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function loadDraft(id: string): Promise<OpenDraft | null> {
  const stored = await getStored(DRAFTS, id);
  return stored && readDraft(id, stored);
}

/**
 * Keeps a draft. Refused (RefusedWrite, with words for the practitioner) when it could never be
 * read back, when a newer version of Pause Point wrote what is stored, or when it is a new
 * draft and this browser already keeps MAX_DRAFTS: another Pack studio tab may have added
 * drafts since this one listed them. Two tabs adding the last place at the same moment both
 * write; then the draft started later gives way, so the count never stays over the limit.
 *
 * `kept`: the draft was kept before, so it is not new. When it is no longer stored, it was
 * deleted elsewhere (another tab, or "Delete all data") and is not written back
 * (DRAFT_DELETED_ELSEWHERE); nor is it when "Delete all data" comes while this save is on its way.
 */
export async function saveDraft(id: string, draft: StoredDraft, { kept = false } = {}): Promise<void> {
  const problem = draftProblem(draft);
  if (problem) throw new RefusedWrite(problem);
  const since = watchDeletion();
  try {
    // Typing rewrites a draft already kept: only a new one is counted.
    if ((await getStored(DRAFTS, id)) !== null) {
      await setStored(DRAFTS, draft, id, since);
      return;
    }
    if (kept || since.deleted()) throw new RefusedWrite(DRAFT_DELETED_ELSEWHERE);
    if ((await storedIds(DRAFTS)).length >= MAX_DRAFTS) throw new RefusedWrite(TOO_MANY_DRAFTS);
    await setStored(DRAFTS, draft, id, since);
  } finally {
    since.stop();
  }
  const after = await storedIds(DRAFTS);
  if (after.length <= MAX_DRAFTS) return;
  // Every tab orders the drafts the same way (by when each was started, which its id says).
  const started = (draftId: string) => Number.parseInt(draftId.slice(1), 36);
  const order = after.sort((a, b) => started(a) - started(b) || a.localeCompare(b));
  if (order.slice(MAX_DRAFTS).includes(id)) {
    await removeStored(DRAFTS, id);
    throw new RefusedWrite(TOO_MANY_DRAFTS);
  }
}

export function removeDraft(id: string): Promise<void> {
  return removeStored(DRAFTS, id);
}

/** Told the drafts removed, and those written with when each was written. */
export type DraftsListener = (removed: string[], written?: { id: string; updatedAt: number }[]) => void;

/**
 * Calls `listener` when drafts are written or removed, here or in another tab (or by "Delete
 * all data"), with the ids removed and the drafts written (with the time each was written).
 * Returns the unsubscribe.
 */
export function watchDrafts(listener: DraftsListener): () => void {
  return watchStored(DRAFTS, (changes) =>
    listener(
      changes.filter((c) => c.removed).map((c) => c.id),
      changes.flatMap((c) => (!c.removed && c.value ? [{ id: c.id, updatedAt: c.value.updatedAt }] : [])),
    ),
  );
}
