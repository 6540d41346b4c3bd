/**
 * Enabled case-system sites and the practitioner's preferences, in browser.storage.local,
 * and the per-tab page context in browser.storage.session (memory only, never on disk).
 */
import { TAB_CONTEXTS, type TabContext } from '../core/messages';
import { PREFS, type Prefs, SITES, type Site } from '../core/sites';
import { loadManagedConfig } from '../platform/managed';
import { getAllStored, getStored, removeStored, setStored, watchStored } from '../platform/stored';

/** The practitioner's own sites only (what they can change). */
export function loadOwnSites(): Promise<{ sites: Record<string, Site>; problem: string | null }> {
  return getStored(SITES);
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
  await setStored(SITES, next);
  return next;
}

export async function removeSite(origin: string): Promise<Record<string, Site>> {
  const { sites } = await loadOwnSites();
  const { [origin]: _removed, ...rest } = sites;
  await setStored(SITES, rest);
  return rest;
}

export function loadPrefs(): Promise<Prefs> {
  return getStored(PREFS);
}

export function savePrefs(prefs: Prefs): Promise<void> {
  return setStored(PREFS, prefs);
}

export function loadTabContext(tabId: number): Promise<TabContext | null> {
  return getStored(TAB_CONTEXTS, String(tabId));
}

export function saveTabContext(tabId: number, context: TabContext): Promise<void> {
  return setStored(TAB_CONTEXTS, context, String(tabId));
}

export function clearTabContext(tabId: number): Promise<void> {
  return removeStored(TAB_CONTEXTS, String(tabId));
}

export async function allTabContexts(): Promise<Map<number, TabContext>> {
  const contexts = new Map<number, TabContext>();
  for (const [id, context] of await getAllStored(TAB_CONTEXTS)) if (context) contexts.set(Number(id), context);
  return contexts;
}

export interface SiteStorageListener {
  sites?(sites: Record<string, Site>): void;
  prefs?(prefs: Prefs): void;
  tabContext?(tabId: number, context: TabContext | null): void;
}

export function watchSiteStorage(listener: SiteStorageListener): () => void {
  const stops = [
    watchStored(SITES, (changes) => {
      for (const { value } of changes) listener.sites?.(value.sites);
    }),
    watchStored(PREFS, (changes) => {
      for (const { value } of changes) listener.prefs?.(value);
    }),
    watchStored(TAB_CONTEXTS, (changes) => {
      for (const { id, value } of changes) listener.tabContext?.(Number(id), value);
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
