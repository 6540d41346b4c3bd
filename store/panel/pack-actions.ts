/** The panel store's pack slice: the packs on this device, and the pack a case uses. */
import { touchCase } from '../../core/case-index';
import { resetChecklist } from '../../core/checklist';
import type { PackInfo } from '../../core/pack/info';
import type { PackChecklist } from '../../core/pack/schema';
import { checklistOf, isStored, type PanelKit } from './state';

export interface PackActions {
  /** Uses another pack for the open case; its answers (given with the old pack) are cleared. */
  choosePack(id: string): Promise<void>;
  /** The packs on this device and the one new cases start with, once listed. */
  setPacks(packs: PackInfo[], defaultPackId: string): Promise<void>;
}

export function packActions(kit: PanelKit, builtIn: PackChecklist): PackActions {
  const { store, now, save, caseStorage } = kit;
  return {
    async choosePack(id) {
      const state = store.getState();
      if (state.openRef === null || state.status === 'failed') return;
      const ref = state.openRef;
      const chosen = await kit.findPack(id);
      if (store.getState().openRef !== ref) return;
      if (!chosen) {
        store.setState({ notice: { kind: 'error', text: 'That learning pack is no longer on this device.' } });
        return;
      }
      const current = store.getState();
      const base = checklistOf({ ...current, openRef: ref });
      // A reset goes with the change, so the new pack wins when two windows' copies merge.
      const checklist = { ...resetChecklist(base, now()), packId: chosen.id, packVersion: chosen.version };
      const stored = isStored(current);
      const index = stored ? touchCase(current.index, ref, now()) : current.index;
      store.setState({
        checklist,
        index,
        pack: chosen,
        missingPack: null,
        choosingPack: false,
        notice: { kind: 'info', text: `Case ${ref} now uses the learning pack “${chosen.title}”.` },
      });
      // Like a moment, a pack chosen for a case only looked at is kept with its first answer.
      if (stored) await save(() => caseStorage.saveCase(checklist, index));
    },

    async setPacks(packs, defaultPackId) {
      // Read afresh, not from memory: a pack added again, replaced or changed by policy shows
      // its new version at once, in this panel as in every other.
      const fresh = (id: string) => (id === builtIn.id ? Promise.resolve(builtIn) : kit.loadPack(id));
      const defaultPack = (await fresh(defaultPackId)) ?? builtIn;
      const shown = store.getState();
      const reloaded = shown.missingPack === null ? await fresh(shown.pack.id) : null;
      const state = store.getState();
      if (state.pack.id !== shown.pack.id || state.openRef !== shown.openRef) {
        store.setState({ packs, defaultPack });
      } else if (reloaded) {
        store.setState({ packs, defaultPack, pack: reloaded });
      } else if (state.missingPack === null && state.checklist?.packId === state.pack.id) {
        // The open case's pack was removed: its answers stay, and the panel says the pack is missing.
        store.setState({ packs, defaultPack, pack: defaultPack, missingPack: state.pack.id });
      } else {
        store.setState({ packs, defaultPack });
      }
      const now = store.getState();
      if (!now.openRef) return;
      // An open case with no answers yet follows the default (or its page's pack).
      if (now.checklist === null) await kit.followPack(now.openRef, null);
      else await kit.bringUpToDate(now.openRef);
    },
  };
}
