/**
 * The side panel's page part: which case is open in the tab beside the panel, which themes
 * that page raises, and turning Pause Point on for a case-system site. Loaded right after the
 * checklist starts, as its own chunk, so the checklist never waits for it.
 */
import type { ComponentType } from 'preact';
import { PageContext, type PageContextProps } from '../../components/PageContext';
import type { PageFacts, PageSlotProps } from '../../components/SidePanel';
import { useStoreState } from '../../components/use-store';
import { createPageStore, type PageState, type PageStore } from '../../store/page-store';
import type { PanelStore } from '../../store/panel-store';

type PageProps = Omit<PageContextProps, keyof PageSlotProps>;

export interface PagePart {
  Section: ComponentType<PageSlotProps>;
  /** What the panel itself needs to know of the page; calls back whenever it changes. */
  watchFacts(listener: (facts: PageFacts | null) => void): () => void;
}

/** Starts following the page and returns what the side panel shows of it. */
export function startPagePart(panel: PanelStore): PagePart {
  const page = startPage(panel);
  return {
    Section(slot: PageSlotProps) {
      return <PageContext {...usePageProps(page)} {...slot} />;
    },
    watchFacts(listener) {
      let last = factsOf(page.getState());
      listener(last);
      return page.subscribe((state) => {
        const facts = factsOf(state);
        if (facts?.ref !== last?.ref || facts?.raised.join() !== last?.raised.join()) listener(facts);
        last = facts;
      });
    },
  };
}

function factsOf(state: PageState): PageFacts | null {
  if (!state.site) return null;
  return { ref: state.context?.ref ?? null, raised: (state.context?.themes ?? []).map((t) => t.themeId) };
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
      if (ref !== panel.getState().openRef) void panel.actions.openCase(ref);
    }
  });
  addEventListener('pagehide', () => page.actions.stop());
  return page;
}

function usePageProps(page: PageStore): PageProps {
  const state = useStoreState(page);
  return {
    tab: state.tab,
    site: state.site,
    context: state.context,
    follow: state.prefs.follow,
    onProposeRule: page.actions.proposeRule,
    onFollow: (on) => void page.actions.setFollow(on),
    onTestRule: page.actions.testRule,
    onEnable: page.actions.enableSite,
    onChangeRule: page.actions.changeRule,
    onDisable: page.actions.disableSite,
  };
}
