/**
 * The panel store's view slice: which view is shown, the page beside the panel, themes opened
 * and jumped to, and where the keyboard goes. What the practitioner sees of these is drawn by
 * the components; the state lives here so every piece of the panel agrees on it.
 */
import type { PanelView } from '../../core/stored';
import { type CaseSource, momentOf, type PageCase, type PanelFocus, type PanelKit } from './state';

export interface ViewActions {
  showView(view: PanelView): Promise<void>;
  dismissNotice(): void;
  /** What the page beside the panel shows now (from the page part); null where there is none. */
  setPage(page: PageCase | null): void;
  /**
   * Shows a theme among all prompts, keeping the case's moment ("Back to …" returns to it).
   * With no case open, a theme raised on the page belongs to the case found there: that one opens first.
   */
  showTheme(themeId: string, pageRef?: string | null): Promise<void>;
  /** The theme asked for is in view and focused. */
  themeShown(): void;
  stopBrowsing(): void;
  toggleTheme(themeId: string): void;
  setAllThemes(open: boolean): void;
  /** Puts the keyboard on the case's heading (after a pack is chosen, or a case opened here). */
  focusCase(): void;
  /** Opens or closes the open case's pack chooser. */
  chooseWhichPack(open: boolean): void;
  /** Opens a case from within the panel, and puts the keyboard on its heading. */
  openCaseHere(input: string, from?: CaseSource): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Closes the open case (nothing is deleted): the panel then shows the case box. */
  closeCase(): Promise<void>;
  /** A request from outside the panel: a view, where to put the keyboard, a theme to show. */
  takeRequest(request: { view: PanelView; focus: PanelFocus | null; themeId?: string | null }): void;
}

export function viewActions(
  kit: PanelKit,
  openCase: (input: string, from?: CaseSource) => Promise<{ ok: true } | { ok: false; reason: string }>,
): ViewActions {
  const { store, savePanel } = kit;
  const actions: ViewActions = {
    showView(view) {
      store.setState({ view });
      return savePanel();
    },

    dismissNotice() {
      store.setState({ notice: null });
    },

    setPage(page) {
      const before = store.getState().page;
      if (
        before?.tabId === page?.tabId &&
        before?.readable === page?.readable &&
        before?.ref === page?.ref &&
        before?.packId === page?.packId &&
        before?.raised.join() === page?.raised.join()
      )
        return;
      store.setState({ page });
      // A case with no answers yet starts with the pack its site's new cases start with.
      const { openRef, checklist } = store.getState();
      if (openRef && openRef === page?.ref && checklist === null) void kit.followPack(openRef, null);
    },

    async showTheme(themeId, pageRef = null) {
      const page = store.getState().page;
      const from = page ? { kind: 'page' as const, tabId: page.tabId } : undefined;
      if (!store.getState().openRef && pageRef && !(await openCase(pageRef, from)).ok) return;
      const state = store.getState();
      if (state.view !== 'checklist') void actions.showView('checklist');
      store.setState({
        browsing: momentOf(state) !== 'all',
        expanded: new Set(state.expanded).add(themeId),
        jumpTo: themeId,
      });
    },

    themeShown() {
      store.setState({ jumpTo: null });
    },

    stopBrowsing() {
      store.setState({ browsing: false });
    },

    toggleTheme(themeId) {
      const expanded = new Set(store.getState().expanded);
      if (!expanded.delete(themeId)) expanded.add(themeId);
      store.setState({ expanded });
    },

    setAllThemes(open) {
      store.setState({ expanded: open ? new Set(store.getState().pack.themes.map((t) => t.id)) : new Set() });
    },

    focusCase() {
      store.setState({ focusCaseAt: kit.now(), choosingPack: false });
    },

    chooseWhichPack(open) {
      store.setState({ choosingPack: open });
    },

    async openCaseHere(input, from) {
      const result = await openCase(input, from);
      if (result.ok) actions.focusCase();
      return result;
    },

    closeCase() {
      store.setState({
        openRef: null,
        checklist: null,
        caseFrom: null,
        opening: false,
        missingPack: null,
        browsing: false,
        choosingPack: false,
      });
      return savePanel();
    },

    takeRequest({ view, focus, themeId }) {
      void actions.showView(view);
      store.setState({ focus: focus ? { to: focus, at: kit.now() } : null });
      if (themeId) void actions.showTheme(themeId);
    },
  };
  return actions;
}
