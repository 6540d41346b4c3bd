/**
 * The side panel's page-context part: which case is open in the tab beside the panel, which
 * themes that page raises, and turning Pause Point on for a case-system site. Loaded right
 * after the checklist starts, as its own chunk, so the checklist never waits for it.
 */
import type { ComponentType } from 'preact';
import { PageContext, type PageContextProps } from '../../components/PageContext';
import type { PageSlotProps } from '../../components/SidePanel';
import { openOptionsPage } from '../../platform/tabs';
import { createPageStore, type PageStore } from '../../store/page-store';
import type { PanelStore } from '../../store/panel-store';
import { useStoreState } from '../../store/use-store';

type PageProps = Omit<PageContextProps, keyof PageSlotProps>;

/** Starts following the page and returns the section the side panel shows for it. */
export function createPageSection(panel: PanelStore): ComponentType<PageSlotProps> {
  const page = startPage(panel);
  return function PageSection(slot: PageSlotProps) {
    return <PageContext {...usePageProps(page, panel)} {...slot} />;
  };
}

function startPage(panel: PanelStore): PageStore {
  const page = createPageStore();
  // sidepanel.html?tabId=N pins the panel to tab N; otherwise it follows the active tab.
  const pinned = Number.parseInt(new URLSearchParams(location.search).get('tabId') ?? '', 10);
  void page.actions.start(Number.isNaN(pinned) ? null : pinned);

  // "Open the case found on the page automatically": follow the page's case when it changes.
  page.subscribe((now, before) => {
    const ref = now.context?.ref;
    if (now.prefs.autoOpen && ref && (ref !== before.context?.ref || !before.prefs.autoOpen)) {
      if (ref !== panel.getState().openRef) void panel.actions.openCase(ref);
    }
  });
  addEventListener('pagehide', () => page.actions.stop());
  return page;
}

function usePageProps(page: PageStore, panel: PanelStore): PageProps {
  const state = useStoreState(page);
  return {
    tab: state.tab,
    site: state.site,
    context: state.context,
    autoOpen: state.prefs.autoOpen,
    onProposeRule: page.actions.proposeRule,
    onOpenCase: (ref) => void panel.actions.openCase(ref),
    onAutoOpen: (on) => void page.actions.setAutoOpen(on),
    onTestRule: page.actions.testRule,
    onEnable: page.actions.enableSite,
    onChangeRule: page.actions.changeRule,
    onDisable: page.actions.disableSite,
    onOpenSettings: () => void openOptionsPage(),
  };
}
