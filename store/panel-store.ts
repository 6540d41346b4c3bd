/**
 * The side panel's state: which case is open, its answers, and the recent cases. Changes
 * show at once (the store updates synchronously) and are saved behind the scenes in order.
 * Changes made by another panel arrive through storage and are merged, never overwritten,
 * and when storage lacks something this panel knows, the panel writes the merge back so
 * no tick is lost to a race between windows.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  type CaseIndex,
  forgetInIndex,
  isForgotten,
  mergeCaseIndexes,
  sameCaseIndex,
  touchCase,
  touchedRecently,
} from '../core/case-index';
import { checkCaseReference } from '../core/case-reference';
import {
  type AnswerState,
  type CaseChecklist,
  emptyChecklist,
  mergeChecklists,
  resetChecklist,
  sameChecklist,
  setAnswer,
  setView,
} from '../core/checklist';
import { caseMoment, FIRST_MOMENT, type MomentChoice } from '../core/moments';
import type { PackInfo } from '../core/pack/info';
import type { PackChecklist } from '../core/pack/schema';
import { notSavedText } from '../core/storage-full';
import type { PanelView } from '../core/stored';
import type { CaseStorage, StoredChange } from './case-storage';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

export interface PanelState {
  status: 'loading' | 'ready' | 'failed';
  /** The open case's learning pack (the one a new case starts with while it has no answers). */
  pack: PackChecklist;
  /** The pack new cases start with: the built-in one, or the organisation's choice. */
  defaultPack: PackChecklist;
  /** Every pack on this device, for choosing one per case; null until the list has loaded. */
  packs: PackInfo[] | null;
  /** The id of the open case's pack when that pack is not on this device. */
  missingPack: string | null;
  openRef: string | null;
  /** The open case's answers; an empty checklist until the first answer is saved. */
  checklist: CaseChecklist | null;
  index: CaseIndex;
  notice: Notice | null;
  view: PanelView;
  /** The moment last chosen in any case: a case with no moment of its own opens on it. */
  lastMoment: MomentChoice;
}

/** The moment a case is shown at: its own, else the one last used. */
export function momentOf(state: Pick<PanelState, 'checklist' | 'lastMoment'>): MomentChoice {
  return caseMoment(state.checklist?.view, state.lastMoment).moment;
}

/**
 * Whether the open case is kept on this device. A case that was only looked at (followed from
 * the page, or typed in) is not: no list of references someone merely viewed is kept.
 */
export function isStored(state: Pick<PanelState, 'openRef' | 'index'>): boolean {
  return state.openRef !== null && (state.index[state.openRef] ?? 0) > 0;
}

export interface PanelActions {
  start(): Promise<void>;
  /** start() without the safety net; start() reports its failures to the practitioner. */
  load(): Promise<void>;
  /** Opens a case by reference; returns the reason when the reference is refused. */
  openCase(input: string): Promise<{ ok: true } | { ok: false; reason: string }>;
  answer(promptId: string, state: AnswerState): Promise<void>;
  resetCase(): Promise<void>;
  /** "Forget this case": deletes its answers now and closes it. */
  forgetCase(): Promise<void>;
  /** Chooses the pause point for the open case (remembered with the case). */
  chooseMoment(moment: MomentChoice, virtual: boolean): Promise<void>;
  showView(view: PanelView): Promise<void>;
  /** Uses another pack for the open case; its answers (given with the old pack) are cleared. */
  choosePack(id: string): Promise<void>;
  /** The packs on this device and the one new cases start with, once listed. */
  setPacks(packs: PackInfo[], defaultPackId: string): Promise<void>;
  dismissNotice(): void;
  stop(): void;
}

export type PanelStore = StoreApi<PanelState> & { actions: PanelActions };

export interface PanelStoreOptions {
  caseStorage: CaseStorage;
  /** The built-in pack, which needs no loading. */
  pack: PackChecklist;
  /** Finds any other pack on this device by id; null when it is not here. */
  loadPack?: (id: string) => Promise<PackChecklist | null>;
  now?: () => number;
}

export function createPanelStore({
  caseStorage,
  pack,
  loadPack = () => Promise.resolve(null),
  now = Date.now,
}: PanelStoreOptions): PanelStore {
  const store = createStore<PanelState>(() => ({
    status: 'loading',
    pack,
    defaultPack: pack,
    packs: null,
    missingPack: null,
    openRef: null,
    checklist: null,
    index: {},
    notice: null,
    view: 'checklist',
    lastMoment: FIRST_MOMENT,
  }));
  let unwatch: (() => void) | null = null;
  // Saves run one after another so this panel's own writes land in the order they were made.
  let saving: Promise<void> = Promise.resolve();

  /** `what` names the change for the practitioner if it cannot be saved; `undo` takes it back off the screen. */
  const save = (write: () => Promise<void>, what = 'That change', undo?: () => void): Promise<void> => {
    // Data Pause Point cannot read safely (from a newer version) is never written over.
    if (store.getState().status === 'failed') return saving;
    saving = saving.then(write).catch((error: unknown) => {
      undo?.();
      store.setState({ notice: { kind: 'error', text: notSavedText(what, error) } });
    });
    return saving;
  };

  /** The panel's own place: the open case only once it is stored, the view and the moment. */
  // The panel's place is written only when it changes: following the page opens a case on
  // every move, and each write wakes every listener to storage (the badge among them).
  let panelWritten = '';
  const savePanel = () =>
    save(async () => {
      const state = store.getState();
      const place = {
        openCase: isStored(state) ? state.openRef : null,
        view: state.view,
        moment: state.lastMoment,
      };
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

  /** Shows the open case with the pack its answers were given with, or says that pack is missing. */
  const followPack = async (ref: string, checklist: CaseChecklist | null) => {
    const id = checklist?.packId ?? store.getState().defaultPack.id;
    if (id === store.getState().pack.id && store.getState().missingPack === null) return;
    const found = await findPack(id);
    if (store.getState().openRef !== ref) return;
    if (found) store.setState({ pack: found, missingPack: null });
    else store.setState({ pack: store.getState().defaultPack, missingPack: id });
  };

  /** No answer is given while the open case's pack is missing: it would mix two packs' answers. */
  const canAnswer = (state: PanelState) =>
    state.openRef !== null && state.status !== 'failed' && state.missingPack === null;

  const report = (problem: string | null) => {
    if (problem) store.setState({ notice: { kind: 'error', text: problem } });
  };

  const onStoredChange = (change: StoredChange) => {
    const state = store.getState();
    if (change.kind === 'index') {
      if (change.removed) {
        // "Delete all data" elsewhere: nothing is open any more.
        store.setState({ index: {}, openRef: null, checklist: null });
        return;
      }
      const merged = mergeCaseIndexes(state.index, change.index);
      if (!sameCaseIndex(merged, state.index)) store.setState({ index: merged });
      // Forgotten in another window (or by retention): close it here too.
      if (state.openRef && isForgotten(merged, state.openRef)) store.setState({ openRef: null, checklist: null });
      if (!sameCaseIndex(merged, change.index)) void save(() => caseStorage.saveIndex(merged));
      return;
    }
    if (change.ref !== state.openRef) return;
    if (change.removed) {
      store.setState({ checklist: null });
      return;
    }
    report(change.problem);
    if (change.checklist === null) return;
    const local = state.checklist ?? change.checklist;
    const merged = mergeChecklists(local, change.checklist);
    if (state.checklist === null || !sameChecklist(merged, state.checklist)) store.setState({ checklist: merged });
    if (merged.packId !== state.pack.id || state.missingPack !== null) void followPack(change.ref, merged);
    if (!sameChecklist(merged, change.checklist)) {
      void save(() => caseStorage.saveCase(merged, store.getState().index));
    }
  };

  const loadOpenCase = async (ref: string) => {
    const { checklist, problem, damaged } = await caseStorage.loadCase(ref);
    report(problem);
    if (damaged !== undefined) void save(() => caseStorage.keepDamaged(ref, damaged));
    const state = store.getState();
    if (state.openRef !== ref) return; // another case was opened meanwhile
    const merged = state.checklist && checklist ? mergeChecklists(state.checklist, checklist) : checklist;
    store.setState({ checklist: merged ?? state.checklist });
    await followPack(ref, merged ?? state.checklist);
  };

  const actions: PanelActions = {
    async start() {
      try {
        await this.load();
      } catch {
        store.setState({
          status: 'failed',
          notice: { kind: 'error', text: 'Pause Point could not read its saved answers. Nothing has been changed.' },
        });
      }
    },

    async load() {
      unwatch = caseStorage.watch(onStoredChange);
      const start = await caseStorage.loadStart();
      if (!start.ok) {
        store.setState({ status: 'failed', notice: { kind: 'error', text: start.problem } });
        return;
      }
      store.setState({
        index: mergeCaseIndexes(start.index, store.getState().index),
        openRef: start.panel.openCase,
        view: start.panel.view,
        lastMoment: start.panel.moment ?? FIRST_MOMENT,
        notice: start.problems[0] ? { kind: 'error', text: start.problems[0] } : null,
      });
      if (start.panel.openCase) await loadOpenCase(start.panel.openCase);
      store.setState({ status: 'ready' });
    },

    async openCase(input) {
      const checked = checkCaseReference(input);
      if (!checked.ok) return checked;
      const { ref } = checked;
      // Opening shows the case; nothing about it is written until its first answer.
      store.setState({ openRef: ref, checklist: null, notice: null, missingPack: null });
      void savePanel();
      await loadOpenCase(ref);
      return { ok: true };
    },

    answer(promptId, answerState) {
      const state = store.getState();
      if (!canAnswer(state) || state.openRef === null) return Promise.resolve();
      const base = state.checklist ?? emptyChecklist(state.openRef, state.pack.id, state.pack.version);
      // The first answer keeps the case, at the moment it is shown at.
      const placed = base.view ? base : setView(base, momentOf(state), false, now());
      const checklist = setAnswer(placed, promptId, answerState, now());
      const wasStored = isStored(state);
      // Ticks in a row save the case alone; the case list is rewritten once a minute at most.
      const current = wasStored && touchedRecently(state.index, state.openRef, now());
      const index = current ? state.index : touchCase(state.index, state.openRef, now());
      store.setState({ checklist, index });
      const given = checklist.answers[promptId];
      // A tick that was not saved must not stay shown as ticked: put back what was there,
      // unless something newer has replaced it meanwhile.
      const undo = () => {
        const current = store.getState().checklist;
        if (!current || current.ref !== checklist.ref || current.answers[promptId] !== given) return;
        const answers = { ...current.answers };
        const before = state.checklist?.answers[promptId];
        if (before) answers[promptId] = before;
        else delete answers[promptId];
        store.setState({ checklist: { ...current, answers } });
      };
      const saved = save(() => caseStorage.saveCase(checklist, current ? undefined : index), 'That answer', undo);
      if (!wasStored) void savePanel();
      return saved;
    },

    resetCase() {
      const state = store.getState();
      if (!canAnswer(state) || state.openRef === null) return Promise.resolve();
      const base = state.checklist ?? emptyChecklist(state.openRef, state.pack.id, state.pack.version);
      const checklist = resetChecklist(base, now());
      const notice: Notice = { kind: 'info', text: `Case ${state.openRef} was reset.` };
      if (!isStored(state)) {
        store.setState({ checklist, notice });
        return Promise.resolve();
      }
      const index = touchCase(state.index, state.openRef, now());
      store.setState({ checklist, index, notice });
      return save(() => caseStorage.saveCase(checklist, index));
    },

    chooseMoment(moment, virtual) {
      const state = store.getState();
      if (!canAnswer(state) || state.openRef === null) return Promise.resolve();
      const base = state.checklist ?? emptyChecklist(state.openRef, state.pack.id, state.pack.version);
      const checklist = setView(base, moment, virtual, now());
      store.setState({ checklist, lastMoment: moment });
      void savePanel();
      // A case only looked at keeps its moment in memory until its first answer.
      if (!isStored(state)) return Promise.resolve();
      return save(() => caseStorage.saveCase(checklist, store.getState().index));
    },

    showView(view) {
      store.setState({ view });
      return savePanel();
    },

    async choosePack(id) {
      const state = store.getState();
      if (state.openRef === null || state.status === 'failed') return;
      const ref = state.openRef;
      const chosen = await findPack(id);
      if (store.getState().openRef !== ref) return;
      if (!chosen) {
        store.setState({ notice: { kind: 'error', text: 'That learning pack is no longer on this device.' } });
        return;
      }
      const current = store.getState();
      const base = current.checklist ?? emptyChecklist(ref, current.pack.id, current.pack.version);
      // A reset goes with the change, so the new pack wins when two windows' copies merge.
      const checklist = { ...resetChecklist(base, now()), packId: chosen.id, packVersion: chosen.version };
      const stored = isStored(current);
      const index = stored ? touchCase(current.index, ref, now()) : current.index;
      store.setState({
        checklist,
        index,
        pack: chosen,
        missingPack: null,
        notice: { kind: 'info', text: `Case ${ref} now uses the learning pack “${chosen.title}”.` },
      });
      // Like a moment, a pack chosen for a case only looked at is kept with its first answer.
      if (stored) await save(() => caseStorage.saveCase(checklist, index));
    },

    async setPacks(packs, defaultPackId) {
      const defaultPack = (await findPack(defaultPackId)) ?? pack;
      store.setState({ packs, defaultPack });
      const state = store.getState();
      // An open case with no answers yet follows the default.
      if (state.openRef && state.checklist === null) await followPack(state.openRef, null);
    },

    async forgetCase() {
      const state = store.getState();
      if (state.openRef === null || state.status === 'failed') return;
      const ref = state.openRef;
      const index = forgetInIndex(state.index, ref, now());
      store.setState({
        index,
        openRef: null,
        checklist: null,
        notice: { kind: 'info', text: `Case ${ref} was forgotten: its answers are deleted from this device.` },
      });
      await save(() => caseStorage.forgetCase(ref, index));
      await savePanel();
    },

    dismissNotice() {
      store.setState({ notice: null });
    },

    stop() {
      unwatch?.();
      unwatch = null;
    },
  };

  return Object.assign(store, { actions });
}
