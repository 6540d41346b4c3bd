import { browser } from 'wxt/browser';

/**
 * Asks the browser for access to one site. Must be called straight from a click, before any
 * `await`: the browser shows its own prompt only in answer to a user gesture.
 */
export function requestSiteAccess(matchPattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [matchPattern] });
}

/** Gives access back. A build that carries the site in its manifest (test builds) cannot, and that is fine. */
export async function releaseSiteAccess(matchPattern: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: [matchPattern] });
  } catch {
    // Required permissions cannot be removed; nothing else to do.
  }
}
