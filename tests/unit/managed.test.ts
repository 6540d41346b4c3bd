import { describe, expect, it } from 'vitest';
import { effectiveRetentionDays, readManagedConfig } from '../../core/managed';
import { examplePack } from '../example-pack';

const example = examplePack();

describe('an organisation’s settings from policy', () => {
  it('reads every valid item', () => {
    const { config, problems } = readManagedConfig({
      organisationName: 'Example Safeguarding Children Partnership',
      proceduresManualUrl: 'https://example.proceduresonline.com/',
      extraResources: [{ title: 'Local safer sleep guidance', url: 'https://example.org/safer-sleep' }],
      sites: [{ origin: 'https://lcs.example.gov.uk', rule: { kind: 'query', name: 'SubjectID' } }],
      retentionDays: 30,
      allowExport: false,
    });
    expect(problems).toEqual([]);
    expect(config).toEqual({
      organisationName: 'Example Safeguarding Children Partnership',
      proceduresManualUrl: 'https://example.proceduresonline.com/',
      extraResources: [
        { title: 'Local safer sleep guidance', url: 'https://example.org/safer-sleep', description: '', publisher: '' },
      ],
      sites: [{ origin: 'https://lcs.example.gov.uk', rule: { kind: 'query', name: 'SubjectID' } }],
      retentionDays: 30,
      allowExport: false,
      packs: [],
    });
  });

  it('adds the organisation’s learning packs, ignoring each invalid one with its reasons', () => {
    const second = { ...example, id: 'second-pack', title: 'Second' };
    const { config, problems } = readManagedConfig({
      packs: [example, { ...example, id: 'cscp-ivy' }, { ...example, themes: [] }, second, 'not a pack'],
      defaultPackId: 'second-pack',
    });
    expect(config.packs.map((p) => p.id)).toEqual(['example-partnership-hearing-the-child', 'second-pack']);
    expect(config.defaultPackId).toBe('second-pack');
    expect(problems).toEqual([
      'Learning pack 2 from your organisation is not valid and is ignored: The id “cscp-ivy” belongs to a pack already in Pause Point. Give this pack an id of its own.',
      expect.stringMatching(/^Learning pack 3 from your organisation is not valid and is ignored: themes: /),
      expect.stringMatching(/^Learning pack 5 from your organisation is not valid and is ignored: /),
    ]);
  });

  it('ignores a default pack that is not on the device, and packs that are not a list', () => {
    expect(readManagedConfig({ defaultPackId: 'nowhere' })).toEqual({
      config: { extraResources: [], sites: [], packs: [] },
      problems: ['Your organisation’s default learning pack “nowhere” is not on this device and is ignored.'],
    });
    expect(readManagedConfig({ defaultPackId: 'cscp-ivy', packs: {} })).toEqual({
      config: { extraResources: [], sites: [], packs: [], defaultPackId: 'cscp-ivy' },
      problems: ['Your organisation’s learning packs are not a list and are ignored.'],
    });
  });

  it('ignores each invalid item on its own, says which, and keeps the rest', () => {
    const { config, problems } = readManagedConfig({
      organisationName: 'Good name',
      proceduresManualUrl: 'http://not-https.example.org',
      extraResources: [
        { title: 'Fine', url: 'https://example.org/a' },
        { title: 'Script', url: 'javascript:alert(1)' },
      ],
      sites: [
        { origin: 'https://lcs.example.gov.uk', rule: { kind: 'path', pattern: '/person/{ref}' } },
        { origin: 'https://*.example.gov.uk', rule: { kind: 'path', pattern: '/x' } },
      ],
      retentionDays: 9999,
      allowExport: 'no',
      colour: 'blue',
    });
    expect(config).toEqual({
      organisationName: 'Good name',
      extraResources: [{ title: 'Fine', url: 'https://example.org/a', description: '', publisher: '' }],
      sites: [{ origin: 'https://lcs.example.gov.uk', rule: { kind: 'path', pattern: '/person/{ref}' } }],
      packs: [],
    });
    expect(problems).toEqual([
      'Your organisation’s procedures manual address (it must start https://) is not valid and is ignored.',
      'Your organisation’s retention period (it must be 1 to 730 days) is not valid and is ignored.',
      'Your organisation’s “allow export” setting is not valid and is ignored.',
      'Extra resource 2 from your organisation is not valid and is ignored.',
      'Case-system site 2 from your organisation is not valid and is ignored.',
      'Your organisation set “colour”, which Pause Point does not know; it is ignored.',
    ]);
  });

  it('checks an extra resource’s description and publisher as it checks its title', () => {
    const resource = { title: 'Local guidance', url: 'https://example.org/a' };
    const { config, problems } = readManagedConfig({
      extraResources: [
        { ...resource, description: 'Read \u202Egnp.exe' },
        { ...resource, publisher: 'Example \u2067Partnership\u2069' },
        { ...resource, publisher: '\u200B\u200C' },
        { ...resource, description: 'What to do when a baby sleeps elsewhere.', publisher: 'Example Partnership' },
      ],
    });
    expect(config.extraResources).toEqual([
      { ...resource, description: 'What to do when a baby sleeps elsewhere.', publisher: 'Example Partnership' },
    ]);
    expect(problems).toEqual([
      'Extra resource 1 from your organisation is not valid and is ignored.',
      'Extra resource 2 from your organisation is not valid and is ignored.',
      'Extra resource 3 from your organisation is not valid and is ignored.',
    ]);
  });

  it('never throws on hostile or odd input', () => {
    for (const raw of [null, undefined, 42, 'text', [], { sites: 'x' }, { extraResources: {} }, { ['__proto__']: 1 }]) {
      expect(() => readManagedConfig(raw)).not.toThrow();
    }
    expect(readManagedConfig([]).problems).toEqual([
      'Your organisation’s settings could not be read, so none of them apply.',
    ]);
  });

  it('lets the organisation’s retention period win over the practitioner’s', () => {
    expect(effectiveRetentionDays({ extraResources: [], sites: [], packs: [], retentionDays: 30 }, 90)).toBe(30);
    expect(effectiveRetentionDays({ extraResources: [], sites: [], packs: [] }, 90)).toBe(90);
  });
});
