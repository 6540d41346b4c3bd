/**
 * What the side panel knows about the page beside it: the tab it follows, whether that
 * tab's site is enabled, and what the case-page script found there (case reference, themes
 * raised). Separate from the checklist store: a page changes far more often than a case.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CaseRule } from '../core/case-rules';
import type { TabContext } from '../core/messages';
import { isWebPage, type Prefs, readPrefs, type Site, type SiteChange, siteForUrl } from '../core/sites';
import { sendToTab } from '../platform/messaging';
import { followTab, type TabFacts } from '../platform/tabs';
import { loadPrefs, loadSites, loadTabContext, savePrefs, watchSiteStorage } from './site-storage';
import { changeSiteRule, disableSite, enableSite } from './sites';

export interface PageState {
  tab: TabFacts | null;
  sites: Record<string, Site>;
  /** The enabled site of the followed tab, if any. */
  site: Site | null;
  context: TabContext | null;
  prefs: Prefs;
}

interface PageActions {
  start(pinnedTabId: number | null): Promise<void>;
  stop(): void;
  /** A rule guessed from the tab's address or title, for a site not yet enabled. */
  proposeRule(): Promise<CaseRule | null>;
  /** What a rule finds on the followed tab; null when it finds nothing. */
  testRule(rule: CaseRule): Promise<string | null>;
  /** Must be called straight from a click (the browser's permission prompt needs it). */
  enableSite(rule: CaseRule): Promise<SiteChange>;
  changeRule(rule: CaseRule): Promise<SiteChange>;
  disableSite(): Promise<SiteChange>;
  /** Turns following the page's case on or off (also in settings). */
  setFollow(follow: boolean): Promise<void>;
}

export type PageStore = StoreApi<PageState> & { actions: PageActions };

export function createPageStore(): PageStore {
  const store = createStore<PageState>(() => ({
    tab: null,
    sites: {},
    site: null,
    context: null,
    prefs: readPrefs(undefined),
  }));
  const stops: Array<() => void> = [];

  // Tabs can change faster than storage answers: only the latest call may set the state.
  let latest = 0;
  const showTab = async (tab: TabFacts | null) => {
    const call = ++latest;
    const site = siteForUrl(store.getState().sites, tab?.url);
    const context = tab && site ? await loadTabContext(tab.id) : null;
    if (call !== latest) return;
    store.setState({ tab, site, context: context && context.origin === site?.origin ? context : null });
  };

  const origin = (): string | null => {
    const url = store.getState().tab?.url;
    return url && isWebPage(url) ? new URL(url).origin : null;
  };

  const actions: PageActions = {
    async start(pinnedTabId) {
      const [{ sites }, prefs] = await Promise.all([loadSites(), loadPrefs()]);
      store.setState({ sites, prefs });
      stops.push(
        watchSiteStorage({
          sites: (next) => {
            store.setState({ sites: next });
            void showTab(store.getState().tab);
          },
          prefs: (next) => store.setState({ prefs: next }),
          tabContext: (tabId, context) => {
            const { tab, site } = store.getState();
            if (tab?.id === tabId)
              store.setState({ context: context && context.origin === site?.origin ? context : null });
          },
        }),
      );
      await new Promise<void>((ready) => {
        let first = true;
        stops.push(
          followTab(pinnedTabId, (tab) => {
            void showTab(tab).then(() => {
              if (first) ready();
              first = false;
            });
          }),
        );
      });
    },

    stop() {
      for (const stop of stops.splice(0)) stop();
    },

    // Rule code loads only when a practitioner sets a site up, keeping the panel's first load small.
    async proposeRule() {
      const { tab } = store.getState();
      if (!tab?.url) return null;
      const { proposeRule } = await import('../core/case-rules');
      return proposeRule({ url: tab.url, title: tab.title ?? '' });
    },

    async testRule(rule) {
      const { tab, site } = store.getState();
      if (!tab?.url) return null;
      if (rule.kind === 'selector') {
        if (!site) return null;
        const answer = (await sendToTab(tab.id, { type: 'case-page/find', rule })) as { ref?: unknown } | undefined;
        return typeof answer?.ref === 'string' ? answer.ref : null;
      }
      const { findCaseReference } = await import('../core/case-rules');
      return findCaseReference(rule, { url: tab.url, title: tab.title ?? '' });
    },

    enableSite(rule) {
      const siteOrigin = origin();
      const tabId = store.getState().tab?.id;
      if (!siteOrigin) return Promise.resolve({ ok: false, reason: 'This tab is not a web page.' });
      return enableSite({ origin: siteOrigin, rule }, tabId);
    },

    changeRule(rule) {
      const { site } = store.getState();
      if (!site) return Promise.resolve({ ok: false, reason: 'This site is not in use.' });
      return changeSiteRule({ ...site, rule });
    },

    disableSite() {
      const { site } = store.getState();
      if (!site) return Promise.resolve({ ok: true });
      return disableSite(site.origin);
    },

    async setFollow(follow) {
      const before = store.getState().prefs;
      store.setState({ prefs: { ...before, follow } });
      try {
        await savePrefs({ ...store.getState().prefs, follow });
      } catch {
        // Not saved (data from a newer version, which the panel says already, or storage
        // full): the switch shows what is kept.
        if (store.getState().prefs.follow === follow)
          store.setState({ prefs: { ...store.getState().prefs, follow: before.follow } });
      }
    },
  };

  return Object.assign(store, { actions });
}
