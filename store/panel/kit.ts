import type { StoreApi } from 'zustand/vanilla';
import type { CaseChecklist } from '../../core/checklist';
import type { PackChecklist } from '../../core/pack/schema';
import { notSavedText } from '../../core/storage-full';
import type { CaseStorage } from '../case-storage';
import { isStored, type PanelKit, type PanelState } from './state';

export interface KitOptions {
  store: StoreApi<PanelState>;
  caseStorage: CaseStorage;
  /** The built-in pack, which needs no loading. */
  pack: PackChecklist;
  loadPack: (id: string) => Promise<PackChecklist | null>;
  now: () => number;
  answered?: PanelKit['answered'];
}

/** The save queue, the panel's place and pack finding, shared by the panel store's slices. */
export function createPanelKit({ store, caseStorage, pack, loadPack, now, answered }: KitOptions): PanelKit {
  // Saves run one after another so this panel's own writes land in the order they were made.
  let saving: Promise<void> = Promise.resolve();
  const save: PanelKit['save'] = (write, what = 'That change', undo) => {
    // Data Pause Point cannot read safely (from a newer version) is never written over.
    if (store.getState().status === 'failed') return saving;
    saving = saving.then(write).catch((error: unknown) => {
      undo?.();
      store.setState({ notice: { kind: 'error', text: notSavedText(what, error) } });
    });
    return saving;
  };

  // The panel's place is written only when it changes: following the page opens a case on
  // every move, and each write wakes every listener to storage (the badge among them).
  let panelWritten = '';
  const savePanel = () =>
    save(async () => {
      const state = store.getState();
      const place = { openCase: isStored(state) ? state.openRef : null, view: state.view, moment: state.lastMoment };
      const text = JSON.stringify(place);
      if (text === panelWritten) return;
      await caseStorage.savePanel(place);
      panelWritten = text;
    });

  const findPack = (id: string): Promise<PackChecklist | null> => {
    const { pack: current, defaultPack } = store.getState();
    for (const known of [pack, current, defaultPack]) if (known.id === id) return Promise.resolve(known);
    return loadPack(id).catch(() => null);
  };

  const followPack = async (ref: string, checklist: CaseChecklist | null) => {
    const { page, defaultPack } = store.getState();
    // A case not yet answered starts with the pack of the page it was found on, if told.
    const id = checklist?.packId ?? (page?.ref === ref && page.packId ? page.packId : defaultPack.id);
    if (id === store.getState().pack.id && store.getState().missingPack === null) return;
    const found = await findPack(id);
    if (store.getState().openRef !== ref) return;
    if (found) store.setState({ pack: found, missingPack: null });
    else store.setState({ pack: store.getState().defaultPack, missingPack: id });
    await bringUpToDate(ref);
  };

  const bringUpToDate = async (ref: string) => {
    const before = store.getState();
    if (!before.checklist || before.checklist.packId !== before.pack.id) return;
    if (before.checklist.packVersion === before.pack.version) return;
    // Only a case whose pack has changed since needs this, so it loads only then.
    const { updateText, updateToPack } = await import('../../core/pack-update');
    const state = store.getState();
    if (state.openRef !== ref || !state.checklist || state.missingPack !== null || state.status === 'failed') return;
    const result = updateToPack(state.checklist, state.pack, now());
    if (!result) return;
    // A problem reading the case is not hidden by the update's news.
    const notice =
      state.notice?.kind === 'error'
        ? state.notice
        : { kind: 'info' as const, text: updateText(state.pack.title, result.update) };
    store.setState({ checklist: result.checklist, notice });
    // Kept with the case, so the update is told once; a case only looked at has no answers to update.
    if (isStored(state)) await save(() => caseStorage.saveCase(result.checklist));
  };

  const report = (problem: string | null) => {
    if (problem) store.setState({ notice: { kind: 'error', text: problem } });
  };

  const loadFresh = (id: string) => loadPack(id).catch(() => null);
  return {
    store,
    caseStorage,
    now,
    save,
    savePanel,
    findPack,
    loadPack: loadFresh,
    followPack,
    bringUpToDate,
    report,
    ...(answered ? { answered } : {}),
  };
}
