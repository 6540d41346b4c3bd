/**
 * A case-system site the practitioner (or their organisation) has chosen to use Pause Point
 * on: its origin, and the rule for finding the case reference there. Pause Point reads no
 * other site.
 */
import * as v from 'valibot';
import { type CaseRule, RULE_VALUE_MAX_LENGTH, ruleProblem } from './case-rules';
import { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from './retention';
import { storedItem } from './stored';

export interface Site {
  /** Scheme, host and port, e.g. "https://lcs.example.gov.uk" or "http://127.0.0.1:4321". */
  origin: string;
  rule: CaseRule;
  /**
   * The learning pack a new case on this site starts with, when not the one new cases start
   * with everywhere: a partnership's own case system opens its cases on its own pack.
   */
  packId?: string;
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
export function matchPatternOf(origin: string): string | null {
  // Stored and policy origins are outside input: one that cannot be read has no pattern, and
  // must never stop the patterns of the others being built.
  const read = originOf(origin);
  if (!read.ok || read.origin !== origin) return null;
  const url = new URL(read.origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The match patterns of the origins that have one, each once. */
export function matchPatternsOf(origins: Iterable<string>): string[] {
  const patterns = new Set<string>();
  for (const origin of origins) {
    const pattern = matchPatternOf(origin);
    if (pattern !== null) patterns.add(pattern);
  }
  return [...patterns];
}

/** True for an origin exactly as originOf gives it: what stored sites and match patterns rely on. */
function isSiteOrigin(origin: string): boolean {
  const read = originOf(origin);
  return read.ok && read.origin === origin;
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

// Stored sites and preferences, and their schemas.

const RuleValue = v.pipe(v.string(), v.minLength(1), v.maxLength(RULE_VALUE_MAX_LENGTH));

export const CaseRuleSchema = v.pipe(
  v.variant('kind', [
    v.strictObject({ kind: v.literal('query'), name: RuleValue }),
    v.strictObject({ kind: v.literal('path'), pattern: RuleValue }),
    v.strictObject({ kind: v.literal('title'), pattern: RuleValue }),
    v.strictObject({ kind: v.literal('selector'), selector: RuleValue }),
  ]),
  v.check((rule: CaseRule) => ruleProblem(rule) === null, 'not a usable rule'),
);

// The same check as a typed address: a regex alone let "https://[::1" and "https://a.com:99999"
// through, and new URL() then threw while the match patterns were built.
const OriginSchema = v.pipe(
  v.string(),
  v.maxLength(300),
  v.regex(/^https?:\/\/[^/\s*]+$/),
  v.check(isSiteOrigin, 'not the origin of a web site'),
);

/** A pack's id as packs spell it (core/pack/schema.ts). */
export const PackIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));

const SiteSchema = v.strictObject({
  origin: OriginSchema,
  rule: CaseRuleSchema,
  packId: v.optional(PackIdSchema),
});

/** Reads the enabled sites, keeping every one that is still valid. */
export function readSites(raw: unknown): { sites: Record<string, Site>; problem: string | null } {
  if (raw === undefined) return { sites: {}, problem: null };
  const sites: Record<string, Site> = {};
  let dropped = 0;
  if (typeof raw === 'object' && raw !== null) {
    for (const [origin, value] of Object.entries(raw)) {
      const parsed = v.safeParse(SiteSchema, value);
      if (parsed.success && parsed.output.origin === origin) sites[origin] = parsed.output;
      else dropped += 1;
    }
  }
  return {
    sites,
    problem: dropped > 0 ? `${dropped} saved case-system site could not be read and is not in use.` : null,
  };
}

export const PrefsSchema = v.strictObject({
  /**
   * The panel shows the checklist of the case on the page beside it. On unless turned off in
   * settings: a checklist beside the wrong child's case is the harm it prevents.
   */
  follow: v.optional(v.boolean(), true),
  /**
   * Before following was the default, the panel opened the page's case only when this was
   * ticked. It is read and dropped: following is on for everyone until they turn it off.
   */
  autoOpen: v.optional(v.boolean()),
  /** Days a case or the supervision answers may stay untouched before they are deleted. */
  retentionDays: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(MIN_RETENTION_DAYS), v.maxValue(MAX_RETENTION_DAYS)),
    DEFAULT_RETENTION_DAYS,
  ),
  /**
   * Counting which questions were considered, per month and moment, with no case in the
   * counts (core/counting.ts): on (absent) unless the practitioner, or their organisation, turns it off.
   */
  counting: v.optional(v.boolean()),
});
export type Prefs = v.InferOutput<typeof PrefsSchema>;

export function readPrefs(raw: unknown): Prefs {
  const parsed = v.safeParse(PrefsSchema, raw);
  if (!parsed.success) return { follow: true, retentionDays: DEFAULT_RETENTION_DAYS };
  const { autoOpen: _dropped, ...prefs } = parsed.output;
  return prefs;
}

/** Case-system sites the practitioner turned on, by origin. Not in backups: each needs the browser's permission again. */
export const SITES = storedItem<{ sites: Record<string, Site>; problem: string | null }>('sites', {
  what: 'case-system sites turned on, by origin',
  schema: v.record(v.string(), SiteSchema),
  fallback: { sites: {}, problem: null },
  read: readSites,
});

/** The practitioner's settings; a backup holds them only if they were ever changed. */
export const PREFS = storedItem<Prefs>('prefs', {
  what: 'the practitioner’s settings',
  schema: PrefsSchema,
  fallback: readPrefs(undefined),
  read: readPrefs,
});
