/**
 * Settings an organisation sets through browser policy (Chrome and Edge `3rdparty` extension
 * policy, Firefox `policies.json`). They win over the practitioner's own. Each item is checked
 * on its own: an invalid one is ignored with a warning the settings page shows, and the rest
 * still apply, so a typo in a policy never breaks the panel.
 */
import * as v from 'valibot';
import { checkPack } from './pack/file';
import { BUILT_IN_PACK_IDS } from './pack/info';
import type { Pack } from './pack/schema';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from './retention';
import {
  CREDENTIALS_PROBLEM,
  hasNoControlCharacters,
  hasNoCredentials,
  hasNoDirectionControls,
  hasVisibleText,
  SafeText,
} from './safe-text';
import { CaseRuleSchema, originOf, PackIdSchema, type Site } from './sites';

interface ManagedResource {
  title: string;
  url: string;
  description: string;
  publisher: string;
}

export interface ManagedConfig {
  organisationName?: string;
  proceduresManualUrl?: string;
  extraResources: ManagedResource[];
  sites: Site[];
  retentionDays?: number;
  allowExport?: boolean;
  /** False turns counting (core/counting.ts) off for everyone: no counts kept, no "Your practice". */
  counting?: boolean;
  /** Learning packs the organisation adds, each checked in full. */
  packs: Pack[];
  /** The pack new cases start with, when not the built-in one. */
  defaultPackId?: string;
}

const HttpsUrl = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.regex(/^https:\/\/[^\s/?#]+\.[^\s]*$/),
  v.check(hasNoCredentials, CREDENTIALS_PROBLEM),
);
const Text = SafeText;

/** Like SafeText, but may be left empty. */
const OptionalText = (max: number) =>
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(max),
      v.check(hasNoDirectionControls),
      v.check(hasNoControlCharacters),
      v.check((text: string) => text === '' || hasVisibleText(text)),
    ),
    '',
  );

const ResourceSchema = v.strictObject({
  title: Text(160),
  url: HttpsUrl,
  description: OptionalText(400),
  publisher: OptionalText(160),
});

// The origin is checked apart from the rest, with the same function as an address the
// practitioner types, so the warning can name it and say why.
const PolicySiteSchema = v.strictObject({
  origin: v.pipe(v.string(), v.maxLength(300)),
  rule: CaseRuleSchema,
  /** The pack new cases on this site start with; checked against the packs once they are read. */
  packId: v.optional(PackIdSchema),
});

/** A site's origin from policy, as the practitioner's own would be read; or why it cannot be used. */
function policyOrigin(text: string): { ok: true; origin: string } | { ok: false; reason: string } {
  // The practitioner may leave out https://; a policy is written once, for many, and says it.
  if (!/^https?:\/\//i.test(text)) return { ok: false, reason: 'it must start https:// (or http://)' };
  const read = originOf(text);
  if (!read.ok) return { ok: false, reason: 'it is not the address of a web site' };
  // A name and password would be dropped silently; say so, since they should not be in a policy.
  if (!hasNoCredentials(text)) return { ok: false, reason: 'it has a name or password before the site (name@site)' };
  return read;
}

/**
 * A policy's address quoted in a warning: without a name and password before the site, direction
 * controls or invisible characters, and short.
 */
function quoted(text: string): string {
  const plain = text
    .replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1…@')
    // Control and format characters: direction overrides and isolates, zero-width characters.
    .replace(/[\p{Cc}\p{Cf}]/gu, '');
  return `“${plain.length > 80 ? `${plain.slice(0, 79)}…` : plain}”`;
}

const KNOWN = new Set([
  'organisationName',
  'proceduresManualUrl',
  'extraResources',
  'sites',
  'retentionDays',
  'allowExport',
  'counting',
  'packs',
  'defaultPackId',
]);

export function readManagedConfig(raw: unknown): { config: ManagedConfig; problems: string[] } {
  const config: ManagedConfig = { extraResources: [], sites: [], packs: [] };
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, problems: ['Your organisation’s settings could not be read, so none of them apply.'] };
  }
  const policy = raw as Record<string, unknown>;
  const item = <T>(name: string, schema: v.GenericSchema<unknown, T>, what: string): T | undefined => {
    if (policy[name] === undefined) return undefined;
    const parsed = v.safeParse(schema, policy[name]);
    if (parsed.success) return parsed.output;
    problems.push(`Your organisation’s ${what} is not valid and is ignored.`);
    return undefined;
  };
  config.organisationName = item('organisationName', Text(120), 'name');
  config.proceduresManualUrl = item(
    'proceduresManualUrl',
    HttpsUrl,
    'procedures manual address (it must start https://)',
  );
  config.retentionDays = item(
    'retentionDays',
    v.pipe(v.number(), v.integer(), v.minValue(MIN_RETENTION_DAYS), v.maxValue(MAX_RETENTION_DAYS)),
    `retention period (it must be ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS} days)`,
  );
  config.allowExport = item('allowExport', v.boolean(), '“allow export” setting');
  config.counting = item('counting', v.boolean(), '“counting” setting (it must be true or false)');
  const list = (name: string) => {
    const value = policy[name];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value as unknown[];
    const what = { sites: 'case-system sites', extraResources: 'extra resources', packs: 'learning packs' }[name];
    problems.push(`Your organisation’s ${what ?? name} are not a list and are ignored.`);
    return [];
  };
  list('extraResources').forEach((entry, i) => {
    const parsed = v.safeParse(ResourceSchema, entry);
    if (parsed.success) config.extraResources.push(parsed.output);
    else problems.push(`Extra resource ${i + 1} from your organisation is not valid and is ignored.`);
  });
  list('sites').forEach((entry, i) => {
    const parsed = v.safeParse(PolicySiteSchema, entry);
    if (!parsed.success) {
      problems.push(`Case-system site ${i + 1} from your organisation is not valid and is ignored.`);
      return;
    }
    const origin = policyOrigin(parsed.output.origin);
    if (origin.ok) {
      const { packId } = parsed.output;
      config.sites.push({ origin: origin.origin, rule: parsed.output.rule, ...(packId ? { packId } : {}) });
    } else {
      problems.push(
        `Case-system site ${i + 1} from your organisation (${quoted(parsed.output.origin)}) is ignored: ${origin.reason}.`,
      );
    }
  });
  list('packs').forEach((entry, i) => {
    const reserved = new Set([...BUILT_IN_PACK_IDS, ...config.packs.map((p) => p.id)]);
    const checked = checkPack(entry, reserved);
    if (checked.ok) config.packs.push(checked.pack);
    else {
      problems.push(
        `Learning pack ${i + 1} from your organisation is not valid and is ignored: ${checked.problems.slice(0, 3).join(' ')}`,
      );
    }
  });
  // A site's pack must be one the device has from the start: built in, or in this same policy.
  const knownPack = (id: string) => BUILT_IN_PACK_IDS.has(id) || config.packs.some((p) => p.id === id);
  config.sites.forEach((site, i) => {
    if (site.packId === undefined || knownPack(site.packId)) return;
    problems.push(
      `Case-system site ${i + 1} from your organisation (${site.origin}) names the learning pack “${site.packId}”, which is not on this device; its new cases start with the default pack.`,
    );
    delete site.packId;
  });
  const defaultPackId = item('defaultPackId', v.pipe(v.string(), v.maxLength(64)), 'default learning pack');
  if (defaultPackId !== undefined) {
    if (knownPack(defaultPackId)) {
      config.defaultPackId = defaultPackId;
    } else {
      problems.push(
        `Your organisation’s default learning pack “${defaultPackId}” is not on this device and is ignored.`,
      );
    }
  }
  for (const name of Object.keys(policy)) {
    if (!KNOWN.has(name))
      problems.push(`Your organisation set “${name}”, which Pause Point does not know; it is ignored.`);
  }
  for (const key of ['organisationName', 'proceduresManualUrl', 'retentionDays', 'allowExport', 'counting'] as const) {
    if (config[key] === undefined) delete config[key];
  }
  return { config, problems };
}

/** Whether counting is on: the organisation can turn it off for everyone; else the practitioner decides. */
export function countingOn(config: ManagedConfig, own: boolean): boolean {
  return config.counting !== false && own;
}

/** The retention period in force: the organisation's if it set one, else the practitioner's. */
export function effectiveRetentionDays(config: ManagedConfig, ownDays: number): number {
  return config.retentionDays ?? ownDays;
}
