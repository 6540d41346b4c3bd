/**
 * Sites from an organisation's policy (and stored sites) that cannot be read must never stop
 * the others working, nor "Delete all data": issue 22, items 1 and 12.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readManagedConfig } from '../../core/managed';
import { matchPatternOf, readSites } from '../../core/sites';
import { disableSite, resyncCasePageScript, turnOffOwnSites } from '../../store/sites';

const rule = { kind: 'query', name: 'SubjectID' } as const;
const valid = { origin: 'https://lcs.example.gov.uk', rule };

describe('a malformed site in policy', () => {
  it.each([
    ['an unclosed IPv6 host', 'https://[::1'],
    ['a port out of range', 'https://a.example.gov.uk:99999'],
    ['no host at all', 'https://'],
    ['a scheme Pause Point cannot read', 'ftp://files.example.gov.uk'],
  ])('is ignored with a warning naming it, and the valid site is kept (%s)', (_what, origin) => {
    const { config, problems } = readManagedConfig({ sites: [{ origin, rule }, valid] });
    expect(config.sites).toEqual([valid]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Case-system site 1 from your organisation/);
    expect(problems[0]).toContain(`“${origin}”`);
    expect(problems[0]).toMatch(/is ignored/);
  });

  it('is normalised when it only differs in case, or has a path or query', () => {
    const { config, problems } = readManagedConfig({
      sites: [
        { origin: 'https://LCS.Example.GOV.uk', rule },
        { origin: 'https://mosaic.example.gov.uk?x=1', rule },
        { origin: 'HTTPS://ehm.example.gov.uk:443', rule },
      ],
    });
    expect(problems).toEqual([]);
    expect(config.sites.map((s) => s.origin)).toEqual([
      'https://lcs.example.gov.uk',
      'https://mosaic.example.gov.uk',
      'https://ehm.example.gov.uk',
    ]);
  });

  it('is refused when it carries a name and password', () => {
    const { config, problems } = readManagedConfig({ sites: [{ origin: 'https://user:pw@lcs.example.gov.uk', rule }] });
    expect(config.sites).toEqual([]);
    // The warning names the site, but does not show the password to whoever reads the settings page.
    expect(problems).toEqual([
      'Case-system site 1 from your organisation (“https://…@lcs.example.gov.uk”) is ignored: it has a name or password before the site (name@site).',
    ]);
  });

  it('cannot plant direction controls in the warning that names it', () => {
    const { problems } = readManagedConfig({ sites: [{ origin: 'https://a\u202Eb.example', rule }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('match patterns', () => {
  it('are never thrown over for an origin that cannot be read', () => {
    for (const origin of ['https://[::1', 'https://a.com:99999', '', 'nope', 'https://A.COM']) {
      expect(() => matchPatternOf(origin)).not.toThrow();
      expect(matchPatternOf(origin)).toBeNull();
    }
    expect(matchPatternOf('http://127.0.0.1:4321')).toBe('http://127.0.0.1/*');
  });

  it('are never asked of a stored site that cannot be read', () => {
    const { sites, problem } = readSites({
      'https://[::1': { origin: 'https://[::1', rule },
      'https://A.example.gov.uk': { origin: 'https://A.example.gov.uk', rule },
      [valid.origin]: valid,
    });
    expect(sites).toEqual({ [valid.origin]: valid });
    expect(problem).not.toBeNull();
  });
});

describe('the case-page script and “Delete all data” with a malformed policy site', () => {
  let registered: string[][];
  let released: string[];
  beforeEach(async () => {
    fakeBrowser.reset();
    registered = [];
    released = [];
    const fake = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
    fake.scripting = {
      getRegisteredContentScripts: vi.fn(async () => []),
      registerContentScripts: vi.fn(
        async ([script]: { matches: string[] }[]) => void registered.push(script?.matches ?? []),
      ),
      unregisterContentScripts: vi.fn(async () => void registered.push([])),
      updateContentScripts: vi.fn(),
    };
    fake.permissions = {
      remove: vi.fn(async ({ origins }: { origins: string[] }) => void released.push(...origins)),
    };
    // Chrome hands policy over as it was set, without checking each value.
    await browser.storage.managed.set({ sites: [{ origin: 'https://[::1', rule }, valid] });
    await browser.storage.local.set({
      sites: { 'https://own.example.gov.uk': { origin: 'https://own.example.gov.uk', rule } },
    });
  });

  it('registers the script for every valid site', async () => {
    await resyncCasePageScript();
    expect(registered.at(-1)).toEqual(['https://lcs.example.gov.uk/*', 'https://own.example.gov.uk/*']);
  });

  it('turns a site of the practitioner’s own off', async () => {
    await expect(disableSite('https://own.example.gov.uk')).resolves.toEqual({ ok: true });
    expect(released).toEqual(['https://own.example.gov.uk/*']);
    expect(registered.at(-1)).toEqual(['https://lcs.example.gov.uk/*']);
  });

  it('turns off every own site whatever fails, and says what it could not do', async () => {
    const fake = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
    (fake.scripting as Record<string, unknown>).registerContentScripts = vi.fn(async () => {
      throw new Error('Scripting failed');
    });
    const notDone = await turnOffOwnSites(['https://own.example.gov.uk']);
    expect((await browser.storage.local.get('sites')).sites).toEqual({});
    expect(released).toEqual(['https://own.example.gov.uk/*']);
    expect(notDone).toEqual([expect.stringContaining('case-page script')]);
  });
});
