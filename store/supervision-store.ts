/**
 * The supervision view's state, kept in browser.storage.local under one key per pack, merged
 * with changes from other windows like the case checklists are.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { notSavedText } from '../core/storage-full';
import {
  mergeSupervision,
  readSupervision,
  SUPERVISION,
  type Supervision,
  sameSupervision,
  setActionDone,
  setReflection,
} from '../core/supervision';
import { type DeletionWatch, getStored, setStored, watchDeletion, watchStored } from '../platform/stored';

/** `problem` says what could not be saved, for the view to show. */
export type SupervisionStore = StoreApi<{ supervision: Supervision; ready: boolean; problem: string | null }> & {
  actions: {
    start(): Promise<void>;
    stop(): void;
    /** Saves typing that is still waiting for its pause. */
    flush(): void;
    answer(questionId: string, text: string): void;
    markAction(actionId: string, done: boolean): Promise<void>;
  };
};

/** Typing is saved once the practitioner pauses, not on every key. */
const TYPING_SAVE_MS = 400;

export function createSupervisionStore(packId: string, now: () => number = Date.now): SupervisionStore {
  const store = createStore(() => ({
    supervision: readSupervision(undefined, packId),
    ready: false,
    problem: null as string | null,
  }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Hears "Delete all data" from the first change not yet saved. A first answer waiting for
   * its pause has no key for the deletion to remove, so the page heard nothing and then wrote
   * it after the deletion (found in Chromium and Firefox).
   */
  let unsavedSince: DeletionWatch | undefined;
  const save = (what = 'What your team wrote', undo?: () => void) => {
    const since = unsavedSince ?? watchDeletion();
    unsavedSince = undefined;
    return setStored(SUPERVISION, store.getState().supervision, packId, since)
      .then(
        () => {
          // Deleted since it was typed: nothing was written, and nothing of it stays on screen.
          if (since.deleted()) store.setState({ supervision: readSupervision(undefined, packId), problem: null });
          else if (store.getState().problem) store.setState({ problem: null });
        },
        (error: unknown) => {
          undo?.();
          store.setState({ problem: notSavedText(what, error) });
        },
      )
      .finally(() => since.stop());
  };

  const heard = (changes: { id: string; removed: boolean; value: Supervision }[]) => {
    for (const change of changes) {
      if (change.id !== packId) continue;
      if (change.removed) {
        // Deleted elsewhere ("Delete all data", or retention): nothing here may write it back.
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        // What is typed from now on is after the deletion, and is kept.
        unsavedSince?.stop();
        unsavedSince = undefined;
        store.setState({ supervision: readSupervision(undefined, packId) });
        continue;
      }
      const remote = change.value;
      const local = store.getState().supervision;
      const merged = mergeSupervision(local, remote);
      if (!sameSupervision(merged, local)) store.setState({ supervision: merged });
      if (!sameSupervision(merged, remote)) void save();
    }
  };
  let stopWatching: (() => void) | undefined;

  return Object.assign(store, {
    actions: {
      async start() {
        stopWatching ??= watchStored(SUPERVISION, heard);
        const stored = await getStored(SUPERVISION, packId);
        store.setState({ supervision: mergeSupervision(store.getState().supervision, stored), ready: true });
      },
      stop() {
        stopWatching?.();
        stopWatching = undefined;
        this.flush();
      },
      flush() {
        if (timer === undefined) return;
        clearTimeout(timer);
        timer = undefined;
        void save();
      },
      answer(questionId: string, text: string) {
        unsavedSince ??= watchDeletion();
        store.setState({ supervision: setReflection(store.getState().supervision, questionId, text, now()) });
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          void save();
        }, TYPING_SAVE_MS);
      },
      markAction(actionId: string, done: boolean) {
        const before = store.getState().supervision.actions[actionId];
        const next = setActionDone(store.getState().supervision, actionId, done, now());
        const given = next.actions[actionId];
        store.setState({ supervision: next });
        // A tick that was not saved must not stay shown as ticked.
        const undo = () => {
          const current = store.getState().supervision;
          if (current.actions[actionId] !== given) return;
          const actions = { ...current.actions };
          if (before) actions[actionId] = before;
          else delete actions[actionId];
          store.setState({ supervision: { ...current, actions } });
        };
        return save('That tick', undo);
      },
    },
  });
}
