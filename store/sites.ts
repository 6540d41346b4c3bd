/**
 * Turning a case-system site on and off: the browser's permission for that one site, the
 * run-time registration of the case-page script, and the saved site with its rule. This
 * coordinates the browser wrappers in platform/ with the stored sites.
 */
import { matchPatternOf, type Site, type SiteChange } from '../core/sites';
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
  const granted = requestSiteAccess(matchPatternOf(site.origin)).catch(() => false);
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
  const { sites } = await loadSites();
  const pattern = matchPatternOf(origin);
  // Another enabled site on the same host (another port) still needs the host permission.
  if (!Object.keys(sites).some((other) => matchPatternOf(other) === pattern)) await releaseSiteAccess(pattern);
  return { ok: true };
}

/** Registers the case-page script for exactly the sites stored when its turn comes. */
export function resyncCasePageScript(): Promise<void> {
  return registerCasePageScript(async () => Object.keys((await loadSites()).sites).map(matchPatternOf));
}
