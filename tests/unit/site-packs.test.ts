import { describe, expect, it } from 'vitest';
import { readManagedConfig } from '../../core/managed';
import { readSites } from '../../core/sites';
import { harbourPack } from '../fixtures/harbour-pack';

const rule = { kind: 'path', pattern: '/cases/{ref}' } as const;

describe('the pack a site’s new cases start with', () => {
  it('is kept with a practitioner’s own site', () => {
    const origin = 'https://lcs.example.gov.uk';
    expect(readSites({ [origin]: { origin, rule, packId: 'test-harbour-early-years' } })).toEqual({
      sites: { [origin]: { origin, rule, packId: 'test-harbour-early-years' } },
      problem: null,
    });
  });

  it('is taken from the organisation’s policy per site when the pack is built in or in the same policy', () => {
    const pack = harbourPack();
    const { config, problems } = readManagedConfig({
      packs: [pack],
      sites: [
        { origin: 'https://harbour.example.gov.uk', rule, packId: pack.id },
        { origin: 'https://ivy.example.gov.uk', rule, packId: 'cscp-ivy' },
        { origin: 'https://plain.example.gov.uk', rule },
      ],
    });
    expect(problems).toEqual([]);
    expect(config.sites).toEqual([
      { origin: 'https://harbour.example.gov.uk', rule, packId: pack.id },
      { origin: 'https://ivy.example.gov.uk', rule, packId: 'cscp-ivy' },
      { origin: 'https://plain.example.gov.uk', rule },
    ]);
  });

  it('is ignored, with a warning that names it, when the policy names a pack the device does not have; the site still works', () => {
    const { config, problems } = readManagedConfig({
      sites: [{ origin: 'https://lcs.example.gov.uk', rule, packId: 'not-here' }],
    });
    expect(config.sites).toEqual([{ origin: 'https://lcs.example.gov.uk', rule }]);
    expect(problems).toEqual([
      'Case-system site 1 from your organisation (https://lcs.example.gov.uk) names the learning pack “not-here”, which is not on this device; its new cases start with the default pack.',
    ]);
  });
});
