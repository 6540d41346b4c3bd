/**
 * Turning a case-system site on and off: the browser's permission for that one site, the
 * run-time registration of the case-page script, and the saved site with its rule. This
 * coordinates the browser wrappers in platform/ with the stored sites.
 */
import { matchPatternOf, matchPatternsOf, type Site, type SiteChange } from '../core/sites';
import { notSavedText } from '../core/storage-full';
import { registerCasePageScript, startCasePageScriptIn } from '../platform/case-page-script';
import { sendToTab } from '../platform/messaging';
import { releaseSiteAccess, requestSiteAccess } from '../platform/permissions';
import { tabsOnOrigin } from '../platform/tabs';
import { clearTabContext, loadSites, removeSite, saveSite } from './site-storage';

/** Stops the script in every open tab of a site, and forgets what it found there. */
async function stopOn(origin: string): Promise<void> {
  for (const tabId of await tabsOnOrigin(origin)) {
    await sendToTab(tabId, { type: 'case-page/stop' });
    await clearTabContext(tabId);
  }
}

/**
 * Turns a site on. Call it straight from the click that asked for it: the browser's permission
 * prompt needs that user gesture, so the request is the first thing done.
 */
export function enableSite(site: Site, openTabId?: number): Promise<SiteChange> {
  const pattern = matchPatternOf(site.origin);
  if (pattern === null) return Promise.resolve({ ok: false, reason: 'That is not the address of a web site.' });
  const granted = requestSiteAccess(pattern).catch(() => false);
  return granted.then(async (ok) => {
    if (!ok) return { ok: false, reason: 'The browser did not give Pause Point access to that site.' };
    try {
      await saveSite(site);
    } catch (error) {
      return { ok: false, reason: notSavedText('The site', error) };
    }
    await resyncCasePageScript();
    if (openTabId !== undefined) await startCasePageScriptIn(openTabId);
    return { ok: true };
  });
}

/** Saves a changed rule and restarts the script on the site's open tabs so it uses the new rule. */
export async function changeSiteRule(site: Site): Promise<SiteChange> {
  try {
    await saveSite(site);
  } catch (error) {
    return { ok: false, reason: notSavedText('The rule', error) };
  }
  await stopOn(site.origin);
  for (const tabId of await tabsOnOrigin(site.origin)) await startCasePageScriptIn(tabId);
  return { ok: true };
}

/** Turns a site off: the script stops and is unregistered, and the permission is given back. */
export async function disableSite(origin: string): Promise<SiteChange> {
  await stopOn(origin);
  await removeSite(origin);
  await resyncCasePageScript();
  await releaseUnused([origin]);
  return { ok: true };
}

/** Gives back the permission for each origin's host that no enabled site needs any more. */
async function releaseUnused(origins: readonly string[]): Promise<void> {
  // Another enabled site on the same host (another port) still needs the host permission.
  const inUse = new Set(matchPatternsOf(Object.keys((await loadSites()).sites)));
  for (const pattern of matchPatternsOf(origins)) if (!inUse.has(pattern)) await releaseSiteAccess(pattern);
}

/**
 * Turns off every site of the practitioner's own, for "Delete all data": each step is tried
 * whatever failed before it, so the deletion that follows always runs. Resolves with what
 * could not be done, in words for the practitioner.
 */
export async function turnOffOwnSites(origins: readonly string[]): Promise<string[]> {
  const notDone: string[] = [];
  const attempt = async (failed: string, step: () => Promise<unknown>) => {
    try {
      await step();
    } catch {
      notDone.push(failed);
    }
  };
  for (const origin of origins)
    await attempt(`Pause Point could not stop reading the open tabs of ${origin}: reload them.`, () => stopOn(origin));
  await attempt('Pause Point could not forget the sites you turned on.', async () => {
    for (const origin of origins) await removeSite(origin);
  });
  await attempt(
    'Pause Point could not stop its case-page script on the sites you turned on; it stops when you restart the browser.',
    resyncCasePageScript,
  );
  await attempt('Pause Point could not give back its access to the sites you turned on.', () => releaseUnused(origins));
  return notDone;
}

/** Registers the case-page script for exactly the sites stored when its turn comes. */
export function resyncCasePageScript(): Promise<void> {
  return registerCasePageScript(async () => matchPatternsOf(Object.keys((await loadSites()).sites)));
}
