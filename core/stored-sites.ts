/**
 * Stored case-system sites and preferences, and their schemas. Apart from stored-data.ts so
 * that the side panel's first load (which reads only cases) does not carry them.
 */
import * as v from 'valibot';
import { type CaseRule, RULE_VALUE_MAX_LENGTH, ruleProblem } from './case-rule-shape';
import { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from './retention';
import type { Site } from './sites';

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

const OriginSchema = v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[^/\s*]+$/));

export const SiteSchema = v.strictObject({ origin: OriginSchema, rule: CaseRuleSchema });

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
});
export type Prefs = v.InferOutput<typeof PrefsSchema>;

export function readPrefs(raw: unknown): Prefs {
  const parsed = v.safeParse(PrefsSchema, raw);
  if (!parsed.success) return { follow: true, retentionDays: DEFAULT_RETENTION_DAYS };
  const { autoOpen: _dropped, ...prefs } = parsed.output;
  return prefs;
}
