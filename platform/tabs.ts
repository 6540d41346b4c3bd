import { browser } from 'wxt/browser';
import { matchPatternOf } from '../core/sites';

export interface TabFacts {
  id: number;
  /** Known only where Pause Point has access to the tab's site (or was just invoked on it). */
  url?: string;
  title?: string;
}

function factsOf(tab: { id?: number; url?: string; title?: string }): TabFacts | null {
  return tab.id === undefined ? null : { id: tab.id, url: tab.url, title: tab.title };
}

async function getTab(tabId: number): Promise<TabFacts | null> {
  try {
    return factsOf(await browser.tabs.get(tabId));
  } catch {
    return null;
  }
}

/**
 * Follows one tab: the one the panel is pinned to, or else the active tab of the panel's
 * window as the practitioner switches tabs. Calls `onTab` with the tab's facts whenever the
 * followed tab changes or navigates; returns the way to stop.
 */
export function followTab(pinnedTabId: number | null, onTab: (tab: TabFacts | null) => void): () => void {
  let followed: number | null = pinnedTabId;
  let windowId: number | undefined;
  const refresh = async () => onTab(followed === null ? null : await getTab(followed));

  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (pinnedTabId !== null || (windowId !== undefined && info.windowId !== windowId)) return;
    followed = info.tabId;
    void refresh();
  };
  const onUpdated = (tabId: number, change: { url?: string; title?: string; status?: string }) => {
    if (
      tabId === followed &&
      (change.url !== undefined || change.title !== undefined || change.status === 'complete')
    ) {
      void refresh();
    }
  };
  const onRemoved = (tabId: number) => {
    if (tabId === followed) onTab(null);
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);

  void (async () => {
    if (pinnedTabId === null) {
      const current = await browser.windows.getCurrent();
      windowId = current.id;
      const [active] = await browser.tabs.query({ active: true, windowId });
      followed = active?.id ?? null;
    }
    await refresh();
  })();

  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
  };
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** The open tabs whose page is on `origin`. */
export async function tabsOnOrigin(origin: string): Promise<number[]> {
  try {
    const pattern = matchPatternOf(origin);
    if (pattern === null) return [];
    const tabs = await browser.tabs.query({ url: pattern });
    return tabs
      .filter((t) => t.url && new URL(t.url).origin === origin && t.id !== undefined)
      .map((t) => t.id as number);
  } catch {
    return [];
  }
}
