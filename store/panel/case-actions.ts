/**
 * The panel store's case slice: opening a case, its answers, its moment, resetting and
 * forgetting it. Changes show at once (the store updates synchronously) and are saved behind
 * the scenes in order. Changes made by another panel arrive through storage and are merged,
 * never overwritten; when storage lacks something this panel knows, the merge is written back
 * so no tick is lost to a race between windows.
 */
import {
  forgetInIndex,
  isForgotten,
  mergeCaseIndexes,
  sameCaseIndex,
  touchCase,
  touchedRecently,
} from '../../core/case-index';
import { checkCaseReference } from '../../core/case-reference';
import {
  type AnswerState,
  mergeChecklists,
  resetChecklist,
  sameChecklist,
  setAnswer,
  setView,
} from '../../core/checklist';
import { FIRST_MOMENT, type MomentChoice } from '../../core/moments';
import { wordingHash } from '../../core/wording';
import type { StoredChange } from '../case-storage';
import { type CaseSource, canAnswer, checklistOf, isStored, momentOf, type Notice, type PanelKit } from './state';

export interface CaseActions {
  start(): Promise<void>;
  /** start() without the safety net; start() reports its failures to the practitioner. */
  load(): Promise<void>;
  /** Opens a case by reference (typed, unless said); returns the reason when the reference is refused. */
  openCase(input: string, from?: CaseSource): Promise<{ ok: true } | { ok: false; reason: string }>;
  answer(promptId: string, state: AnswerState): Promise<void>;
  resetCase(): Promise<void>;
  /** "Forget this case": deletes its answers now and closes it. */
  forgetCase(): Promise<void>;
  /** Chooses the pause point for the open case (remembered with the case). */
  chooseMoment(moment: MomentChoice, virtual: boolean): Promise<void>;
  stop(): void;
}

export function caseActions(kit: PanelKit): CaseActions {
  const { store, caseStorage, now, save, savePanel, report } = kit;
  let unwatch: (() => void) | null = null;

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
    if (merged.packId !== state.pack.id || state.missingPack !== null) void kit.followPack(change.ref, merged);
    if (!sameChecklist(merged, change.checklist)) {
      void save(() => caseStorage.saveCase(merged, store.getState().index));
    }
  };

  /** Reads the open case's answers and shows it with its own pack; answers are taken from then on. */
  const loadOpenCase = async (ref: string) => {
    const { checklist, problem, damaged } = await caseStorage.loadCase(ref);
    report(problem);
    if (damaged !== undefined) void save(() => caseStorage.keepDamaged(ref, damaged));
    const state = store.getState();
    if (state.openRef !== ref) return; // another case was opened meanwhile
    const merged = state.checklist && checklist ? mergeChecklists(state.checklist, checklist) : checklist;
    store.setState({ checklist: merged ?? state.checklist });
    await kit.followPack(ref, merged ?? state.checklist);
    await kit.bringUpToDate(ref);
    if (store.getState().openRef === ref) store.setState({ opening: false });
  };

  return {
    async start() {
      try {
        await this.load();
      } catch {
        store.setState({
          status: 'failed',
          opening: false,
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
        opening: start.panel.openCase !== null,
        caseFrom: start.panel.openCase ? { kind: 'last-time' } : null,
        view: start.panel.view,
        lastMoment: start.panel.moment ?? FIRST_MOMENT,
        notice: start.problems[0] ? { kind: 'error', text: start.problems[0] } : null,
      });
      if (start.panel.openCase) await loadOpenCase(start.panel.openCase);
      store.setState({ status: 'ready' });
    },

    async openCase(input, from = { kind: 'typed' }) {
      const checked = checkCaseReference(input);
      if (!checked.ok) return checked;
      const { ref } = checked;
      // Opening shows the case; nothing about it is written until its first answer. Another
      // case is another list: a theme being looked at belongs to the last one.
      store.setState({
        openRef: ref,
        choosingPack: false,
        caseFrom: from,
        opening: true,
        checklist: null,
        notice: null,
        missingPack: null,
        browsing: false,
      });
      void savePanel();
      await loadOpenCase(ref);
      return { ok: true };
    },

    answer(promptId, answerState) {
      const state = store.getState();
      if (!canAnswer(state)) return Promise.resolve();
      const base = checklistOf(state);
      // The first answer keeps the case, at the moment it is shown at.
      const placed = base.view ? base : setView(base, momentOf(state), false, now());
      // The answer remembers the words it answered, so a later rewording can be flagged.
      const prompt = state.pack.themes.flatMap((theme) => theme.prompts).find((p) => p.id === promptId);
      const checklist = setAnswer(placed, promptId, answerState, now(), prompt && wordingHash(prompt.text));
      const wasStored = isStored(state);
      // Ticks in a row save the case alone; the case list is rewritten once a minute at most.
      const current = wasStored && touchedRecently(state.index, state.openRef, now());
      const index = current ? state.index : touchCase(state.index, state.openRef, now());
      store.setState({ checklist, index });
      const given = checklist.answers[promptId];
      // A tick that was not saved must not stay shown as ticked: put back what was there,
      // unless something newer has replaced it meanwhile.
      const undo = () => {
        const shown = store.getState().checklist;
        if (!shown || shown.ref !== checklist.ref || shown.answers[promptId] !== given) return;
        const answers = { ...shown.answers };
        const before = state.checklist?.answers[promptId];
        if (before) answers[promptId] = before;
        else delete answers[promptId];
        store.setState({ checklist: { ...shown, answers } });
      };
      const saved = save(
        () =>
          caseStorage.saveCase(checklist, current ? undefined : index).then(() =>
            // Counted once saved, outside the save: counting never slows a tick.
            kit.answered?.({
              checklist,
              pack: state.pack,
              moment: momentOf(state),
              virtual: placed.view?.virtual ?? false,
              promptId,
              now: given?.at ?? now(),
            }),
          ),
        'That answer',
        undo,
      );
      if (!wasStored) void savePanel();
      return saved;
    },

    resetCase() {
      const state = store.getState();
      if (!canAnswer(state)) return Promise.resolve();
      const checklist = resetChecklist(checklistOf(state), now());
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
      if (!canAnswer(state)) return Promise.resolve();
      const checklist = setView(checklistOf(state), moment, virtual, now());
      store.setState({ checklist, lastMoment: moment, browsing: false });
      void savePanel();
      // A case only looked at keeps its moment in memory until its first answer.
      if (!isStored(state)) return Promise.resolve();
      return save(() => caseStorage.saveCase(checklist, store.getState().index));
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

    stop() {
      unwatch?.();
      unwatch = null;
    },
  };
}
