import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ResourceList } from '../../components/ResourceList';
import { findCaseReference } from '../../core/case-rules';
import { readManagedConfig } from '../../core/managed';
import { readPackFile } from '../../core/pack/file';
import { BUILT_IN_PACK_IDS } from '../../core/pack/info';
import { EXAMPLE_PACK_TEXT } from '../example-pack';

const page = (url: string) => ({ url, title: '', textOf: () => null });
const readPack = (pack: unknown) => {
  const text = JSON.stringify(pack);
  return readPackFile(text, text.length, BUILT_IN_PACK_IDS);
};

describe('a case reference given twice in the address', () => {
  it('finds no case rather than guess which', () => {
    const rule = { kind: 'query', name: 'caseId' } as const;
    expect(findCaseReference(rule, page('https://lcs.example.gov.uk/view?caseId=111&caseId=222'))).toBeNull();
    expect(findCaseReference(rule, page('https://lcs.example.gov.uk/view?caseId=111&CASEID=222'))).toBeNull();
    expect(findCaseReference(rule, page('https://lcs.example.gov.uk/view?caseId=111'))).toBe('111');
  });
});

describe('links with a name and password before the host', () => {
  const spoof = 'https://www.gov.uk@evil.example/';

  it('are refused in a pack, with a reason', () => {
    const pack = JSON.parse(EXAMPLE_PACK_TEXT);
    pack.resources[0].url = spoof;
    const result = readPack(pack);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(/resources\.0\.url: .*name or password/);
  });

  it('are refused in policy', () => {
    const { config, problems } = readManagedConfig({
      extraResources: [{ title: 'Local guidance', url: spoof }],
      proceduresManualUrl: spoof,
    });
    expect(config.extraResources).toEqual([]);
    expect(config.proceduresManualUrl).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe('titles and names that hide or reverse what they say', () => {
  it.each([
    ['a right-to-left override', 'Safer sleep \u202Egnp.exe'],
    ['an isolate', 'Local \u2067guidance\u2069'],
    ['only zero-width characters', '\u200B\u200C\u200D'],
    ['a control character', 'Safer\u0000 sleep'],
    ['an escape sequence', 'Safer sleep \u001B[31mred'],
    ['half of a character', 'Safer sleep \uD83D'],
  ])('are refused as a pack title with %s', (_what, title) => {
    expect(readPack({ ...JSON.parse(EXAMPLE_PACK_TEXT), title }).ok).toBe(false);
  });

  it('are refused as an organisation name', () => {
    const { config, problems } = readManagedConfig({ organisationName: 'Example \u202EPartnership' });
    expect(config.organisationName).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(
      readManagedConfig({ organisationName: 'Example\u0007 Partnership' }).config.organisationName,
    ).toBeUndefined();
  });

  it('leave text with line breaks, tabs and whole emoji as it is', () => {
    const title = 'Hearing the child \u{1F476}';
    const pack = { ...JSON.parse(EXAMPLE_PACK_TEXT), title };
    pack.review.notes = ['First line\nsecond line\twith a tab'];
    expect(readPack(pack)).toMatchObject({ ok: true, pack: { title } });
  });
});

describe('a link in the resources list', () => {
  it('shows its site beside its title, so where it goes is plain', () => {
    render(
      <ResourceList
        resources={[
          {
            id: 'r',
            title: 'Safer sleep advice',
            url: 'https://www.lullabytrust.org.uk/safer-sleep-advice/',
            publisher: 'The Lullaby Trust',
            description: 'Key messages.',
            fromSource: true,
            group: 'safer-sleep',
          },
        ]}
      />,
    );
    expect(screen.getByText(/lullabytrust\.org\.uk/)).toBeTruthy();
  });
});
