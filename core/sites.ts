/**
 * A case-system site the practitioner (or their organisation) has chosen to use Pause Point
 * on: its origin, and the rule for finding the case reference there. Pause Point reads no
 * other site.
 */
import type { CaseRule } from './case-rules';

export interface Site {
  /** Scheme, host and port, e.g. "https://lcs.example.gov.uk" or "http://127.0.0.1:4321". */
  origin: string;
  rule: CaseRule;
}

/** The outcome of turning a site on or off, or changing its rule. */
export type SiteChange = { ok: true } | { ok: false; reason: string };

export type OriginCheck = { ok: true; origin: string } | { ok: false; reason: string };

/** Reads a typed address ("lcs.council.gov.uk/lcs", "https://…") as the origin of a site. */
export function originOf(address: string): OriginCheck {
  const trimmed = address.trim();
  if (trimmed === '') return { ok: false, reason: 'Enter the address of your case system.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: 'That is not a web address. Copy it from the address bar of your case system.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: 'Pause Point works only on web pages (addresses starting https:// or http://).' };
  }
  if (url.hostname.includes('*')) return { ok: false, reason: 'Give one site’s address, without wildcards.' };
  // Browsers differ on odd host names (Chrome turns spaces into %20); accept only real ones.
  if (
    !/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$|^\[[0-9a-f:.]+\]$/i.test(url.hostname)
  ) {
    return { ok: false, reason: 'That is not a web address. Copy it from the address bar of your case system.' };
  }
  return { ok: true, origin: url.origin };
}

/**
 * The browser's match pattern for a site. Match patterns cannot name a port, so the
 * permission covers the host; the content script still acts only on the exact origin.
 */
export function matchPatternOf(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The site a page belongs to, if it is enabled. */
export function siteForUrl(sites: Readonly<Record<string, Site>>, pageUrl: string | undefined): Site | null {
  if (!pageUrl) return null;
  try {
    return sites[new URL(pageUrl).origin] ?? null;
  } catch {
    return null;
  }
}

/** Only ordinary web pages can be case-system pages. */
export function isWebPage(pageUrl: string | undefined): boolean {
  return pageUrl !== undefined && /^https?:\/\//.test(pageUrl);
}
