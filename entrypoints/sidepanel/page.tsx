/**
 * The side panel's page part: which case is open in the tab beside the panel, which themes
 * that page raises, and turning Pause Point on for a case-system site. Loaded right after the
 * checklist starts, as its own chunk, so the checklist never waits for it.
 */
import type { ComponentType } from 'preact';
import { useMemo } from 'preact/hooks';
import { PageContext } from '../../components/PageContext';
import { useStoreState } from '../../components/use-store';
import { createPageStore, type PageState, type PageStore } from '../../store/page-store';
import type { PageCase, PanelStore } from '../../store/panel-store';

/**
 * Starts following the page, tells the panel store what the page shows whenever it changes,
 * and returns the page's section of the panel.
 */
export function startPagePart(panel: PanelStore): ComponentType {
  const page = startPage(panel);
  panel.actions.setPage(caseOf(page.getState()));
  page.subscribe((state) => panel.actions.setPage(caseOf(state)));
  return function PageSection() {
    const state = useStoreState(page);
    const { openRef, pack } = useStoreState(panel);
    // One object while the pack stays the same, so the page line is not drawn again on every tick.
    const themeTitles = useMemo(() => Object.fromEntries(pack.themes.map((t) => [t.id, t.short ?? t.title])), [pack]);
    // Themes raised with another pack's cue words are not this case's: none are shown until
    // the page has been read again with the case's own pack.
    const context = useMemo(
      () =>
        state.context?.packId && state.context.packId !== pack.id ? { ...state.context, themes: [] } : state.context,
      [state.context, pack.id],
    );
    return (
      <PageContext
        tab={state.tab}
        site={state.site}
        context={context}
        follow={state.prefs.follow}
        openRef={openRef}
        themeTitles={themeTitles}
        onJump={(themeId, detectedRef) => void panel.actions.showTheme(themeId, detectedRef)}
        onProposeRule={page.actions.proposeRule}
        onFollow={(on) => void page.actions.setFollow(on)}
        onTestRule={page.actions.testRule}
        onEnable={page.actions.enableSite}
        onChangeRule={page.actions.changeRule}
        onDisable={page.actions.disableSite}
      />
    );
  };
}

function caseOf(state: PageState): PageCase | null {
  if (!state.tab) return null;
  if (!state.site) return { tabId: state.tab.id, readable: false, ref: null, raised: [], packId: null };
  return {
    tabId: state.tab.id,
    readable: true,
    ref: state.context?.ref ?? null,
    raised: (state.context?.themes ?? []).map((t) => t.themeId),
    packId: state.context?.packId ?? null,
  };
}

function startPage(panel: PanelStore): PageStore {
  const page = createPageStore();
  // sidepanel.html?tabId=N pins the panel to tab N; otherwise it follows the active tab.
  const pinned = Number.parseInt(new URLSearchParams(location.search).get('tabId') ?? '', 10);
  void page.actions.start(Number.isNaN(pinned) ? null : pinned);

  // Following: the checklist shown is the page's case, whenever the page moves to another case
  // (a tab switch, or a single-page case system moving on). A case opened by hand stays until
  // the page itself moves; the panel says meanwhile that the two differ.
  page.subscribe((now, before) => {
    const ref = now.context?.ref;
    if (now.prefs.follow && ref && (ref !== before.context?.ref || !before.prefs.follow)) {
      if (ref !== panel.getState().openRef && now.tab)
        void panel.actions.openCase(ref, { kind: 'page', tabId: now.tab.id });
    }
  });
  addEventListener('pagehide', () => page.actions.stop());
  return page;
}
