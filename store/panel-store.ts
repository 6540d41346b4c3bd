/**
 * The side panel's store: one zustand store whose actions come in three slices, named for what
 * the practitioner does: the case (store/panel/case-actions.ts), its pack (pack-actions.ts)
 * and what the panel shows (view-actions.ts). Their shared means are in store/panel/kit.ts.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { FIRST_MOMENT } from '../core/moments';
import type { PackChecklist } from '../core/pack/schema';
import type { CaseStorage } from './case-storage';
import { type CaseActions, caseActions } from './panel/case-actions';
import { createPanelKit } from './panel/kit';
import { type PackActions, packActions } from './panel/pack-actions';
import type { PanelKit, PanelState } from './panel/state';
import { type ViewActions, viewActions } from './panel/view-actions';

export { momentOf, type PageCase, type PanelState } from './panel/state';

export type PanelActions = CaseActions & PackActions & ViewActions;

export type PanelStore = StoreApi<PanelState> & { actions: PanelActions };

export interface PanelStoreOptions {
  caseStorage: CaseStorage;
  /** The built-in pack, which needs no loading. */
  pack: PackChecklist;
  /** Finds any other pack on this device by id; null when it is not here. */
  loadPack?: (id: string) => Promise<PackChecklist | null>;
  now?: () => number;
  /** Told of each answer once saved: counting (store/counting.ts), loaded when first needed. */
  answered?: PanelKit['answered'];
}

export function createPanelStore({
  caseStorage,
  pack,
  loadPack = () => Promise.resolve(null),
  now = Date.now,
  answered,
}: PanelStoreOptions): PanelStore {
  const store = createStore<PanelState>(() => ({
    status: 'loading',
    pack,
    defaultPack: pack,
    packs: null,
    missingPack: null,
    openRef: null,
    opening: false,
    checklist: null,
    index: {},
    notice: null,
    view: 'checklist',
    lastMoment: FIRST_MOMENT,
    page: null,
    caseFrom: null,
    browsing: false,
    choosingPack: false,
    expanded: new Set(),
    jumpTo: null,
    focusCaseAt: null,
    focus: null,
  }));
  const kit = createPanelKit({ store, caseStorage, pack, loadPack, now, ...(answered ? { answered } : {}) });
  const cases = caseActions(kit);
  const actions: PanelActions = { ...cases, ...packActions(kit, pack), ...viewActions(kit, cases.openCase) };
  return Object.assign(store, { actions });
}
