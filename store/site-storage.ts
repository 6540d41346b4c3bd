/**
 * Enabled case-system sites and the practitioner's preferences, in browser.storage.local,
 * and the per-tab page context in browser.storage.session (memory only, never on disk).
 */
import { browser } from 'wxt/browser';
import { readTabContext, TAB_CONTEXT_PREFIX, type TabContext, tabContextKey } from '../core/messages';
import type { Site } from '../core/sites';
import { type Prefs, readPrefs, readSites } from '../core/sites';
import { STORAGE_KEYS } from '../core/stored-data';
import { loadManagedConfig } from '../platform/managed';

/** The practitioner's own sites only (what they can change). */
export async function loadOwnSites(): Promise<{ sites: Record<string, Site>; problem: string | null }> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.sites);
  return readSites(stored[STORAGE_KEYS.sites]);
}

/** Every site in use: the organisation's (from policy), then the practitioner's own. */
export async function loadSites(): Promise<{ sites: Record<string, Site>; problem: string | null }> {
  const [own, managed] = await Promise.all([loadOwnSites(), loadManagedConfig()]);
  const sites: Record<string, Site> = { ...own.sites };
  for (const site of managed.config.sites) sites[site.origin] = site;
  return { sites, problem: own.problem };
}

export async function saveSite(site: Site): Promise<Record<string, Site>> {
  const { sites } = await loadOwnSites();
  const next = { ...sites, [site.origin]: site };
  await browser.storage.local.set({ [STORAGE_KEYS.sites]: next });
  return next;
}

export async function removeSite(origin: string): Promise<Record<string, Site>> {
  const { sites } = await loadOwnSites();
  const { [origin]: _removed, ...rest } = sites;
  await browser.storage.local.set({ [STORAGE_KEYS.sites]: rest });
  return rest;
}

export async function loadPrefs(): Promise<Prefs> {
  return readPrefs((await browser.storage.local.get(STORAGE_KEYS.prefs))[STORAGE_KEYS.prefs]);
}

export function savePrefs(prefs: Prefs): Promise<void> {
  return browser.storage.local.set({ [STORAGE_KEYS.prefs]: prefs });
}

export async function loadTabContext(tabId: number): Promise<TabContext | null> {
  const key = tabContextKey(tabId);
  return readTabContext((await browser.storage.session.get(key))[key]);
}

export function saveTabContext(tabId: number, context: TabContext): Promise<void> {
  return browser.storage.session.set({ [tabContextKey(tabId)]: context });
}

export function clearTabContext(tabId: number): Promise<void> {
  return browser.storage.session.remove(tabContextKey(tabId));
}

export async function allTabContexts(): Promise<Map<number, TabContext>> {
  const contexts = new Map<number, TabContext>();
  for (const [key, value] of Object.entries(await browser.storage.session.get(null))) {
    const context = key.startsWith(TAB_CONTEXT_PREFIX) ? readTabContext(value) : null;
    if (context) contexts.set(Number(key.slice(TAB_CONTEXT_PREFIX.length)), context);
  }
  return contexts;
}

export interface SiteStorageListener {
  sites?(sites: Record<string, Site>): void;
  prefs?(prefs: Prefs): void;
  tabContext?(tabId: number, context: TabContext | null): void;
}

export function watchSiteStorage(listener: SiteStorageListener): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    for (const [key, change] of Object.entries(changes)) {
      if (area === 'local' && key === STORAGE_KEYS.sites) listener.sites?.(readSites(change.newValue).sites);
      else if (area === 'local' && key === STORAGE_KEYS.prefs) listener.prefs?.(readPrefs(change.newValue));
      else if (area === 'session' && key.startsWith(TAB_CONTEXT_PREFIX)) {
        listener.tabContext?.(Number(key.slice(TAB_CONTEXT_PREFIX.length)), readTabContext(change.newValue));
      }
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
