import { describe, expect, it } from 'vitest';
import { type CaseRule, describeRuleText, findCaseReference, proposeRule } from '../../core/case-rules';
import { originOf } from '../../core/sites';

const page = (url: string, title = '', elements: Record<string, string> = {}) => ({
  url,
  title,
  textOf: (selector: string) => elements[selector] ?? null,
});

describe('finding the case reference', () => {
  it.each<[string, CaseRule, ReturnType<typeof page>, string | null]>([
    [
      'Liquidlogic-style query parameter, any case of name',
      { kind: 'query', name: 'subjectid' },
      page('https://lcs.example.gov.uk/lcs/SubjectSummary.aspx?SubjectID=1234567&Mode=View'),
      '1234567',
    ],
    [
      'query parameter absent',
      { kind: 'query', name: 'caseId' },
      page('https://ehm.example.gov.uk/ehm/Search.aspx?q=smith'),
      null,
    ],
    [
      'query parameter holding a name is refused',
      { kind: 'query', name: 'q' },
      page('https://ehm.example.gov.uk/ehm/Search.aspx?q=Jane%20Smith'),
      null,
    ],
    [
      'Mosaic-style path, with more after the reference',
      { kind: 'path', pattern: '/web/portal/person/{ref}' },
      page('https://mosaic.example.gov.uk/web/portal/person/1002345/summary?tab=2'),
      '1002345',
    ],
    [
      'path with a wildcard segment',
      { kind: 'path', pattern: '/teams/*/cases/{ref}/' },
      page('https://cases.example.org/teams/north-3/cases/CS-2024-0042'),
      'CS-2024-0042',
    ],
    [
      'path that does not fit',
      { kind: 'path', pattern: '/person/{ref}' },
      page('https://mosaic.example.gov.uk/web/portal/people'),
      null,
    ],
    [
      'path pattern does not match a longer segment',
      { kind: 'path', pattern: '/person/{ref}' },
      page('https://x.example/personnel/123456'),
      null,
    ],
    [
      'single-page app routing in the hash',
      { kind: 'path', pattern: '/person/{ref}' },
      page('https://eclipse.example.gov.uk/#/person/PER-000123/overview'),
      'PER-000123',
    ],
    [
      'title with a label',
      { kind: 'title', pattern: 'Case {ref}' },
      page('https://x.example/', 'Case 123456: Home visit – Mosaic'),
      '123456',
    ],
    [
      'title with brackets',
      { kind: 'title', pattern: '*({ref})*' },
      page('https://x.example/', 'Summary (LCS/22/1045) - Children’s System'),
      'LCS/22/1045',
    ],
    [
      'selector text with a label around the id',
      { kind: 'selector', selector: '#case-id' },
      page('https://x.example/', '', { '#case-id': '  Case ID: 778899 ' }),
      '778899',
    ],
    ['selector that finds nothing', { kind: 'selector', selector: '#missing' }, page('https://x.example/'), null],
    ['a page address that is not a URL', { kind: 'query', name: 'id' }, page('not a url'), null],
  ])('%s', (_name, rule, facts, expected) => {
    expect(findCaseReference(rule, facts)).toBe(expected);
  });
});

describe('proposing a rule from the open tab', () => {
  it.each<[string, ReturnType<typeof page>, CaseRule | null]>([
    [
      'an id-named query parameter',
      page('https://lcs.example.gov.uk/lcs/SubjectSummary.aspx?Mode=View&SubjectID=1234567'),
      { kind: 'query', name: 'SubjectID' },
    ],
    [
      'an id-looking query parameter value',
      page('https://x.example/view.aspx?tab=notes&k=CS-2024-0042'),
      { kind: 'query', name: 'k' },
    ],
    [
      'an id-like path segment, later segments dropped',
      page('https://mosaic.example.gov.uk/web/portal/person/1002345/summary'),
      { kind: 'path', pattern: '/web/portal/person/{ref}' },
    ],
    ['the demo case system', page('http://127.0.0.1:4321/cases/DEMO-1001'), { kind: 'path', pattern: '/cases/{ref}' }],
    [
      'a hash route',
      page('https://eclipse.example.gov.uk/#/person/PER-000123/overview'),
      { kind: 'path', pattern: '/person/{ref}' },
    ],
    [
      'a labelled id in the title, without the rest of the title',
      page('https://x.example/record', 'Smith family – Case 123456 – Mosaic'),
      { kind: 'title', pattern: 'Case {ref}' },
    ],
    [
      'a bracketed id in the title',
      page('https://x.example/record', 'Jones, Baby (445566) - LCS'),
      { kind: 'title', pattern: '*({ref})*' },
    ],
    ['nothing id-like, and no names kept', page('https://teams.example.com/meeting', 'Core group meeting'), null],
    ['dates are not ids', page('https://x.example/diary/2026-11-26', 'Diary'), null],
  ])('%s', (_name, facts, expected) => {
    const rule = proposeRule(facts);
    expect(rule).toEqual(expected);
    if (rule) expect(findCaseReference(rule, facts)).not.toBeNull();
  });

  it('never carries words from the title other than a label into the rule', () => {
    const rule = proposeRule(page('https://x.example/', 'Smith, Jane – ref 99887766'));
    expect(JSON.stringify(rule)).not.toMatch(/Smith|Jane/);
  });
});

it('describes each kind of rule in plain words', () => {
  expect(describeRuleText({ kind: 'path', pattern: '/cases/{ref}' })).toBe(
    'the page address, shaped like /cases/{ref}',
  );
  expect(describeRuleText({ kind: 'query', name: 'id' })).toMatch(/“id” part of the page address/);
});

describe('reading a typed site address', () => {
  it.each([
    ['lcs.example.gov.uk/lcs/Home.aspx', 'https://lcs.example.gov.uk'],
    ['https://mosaic.example.gov.uk:8443/web', 'https://mosaic.example.gov.uk:8443'],
    ['http://127.0.0.1:4321/cases/DEMO-1001', 'http://127.0.0.1:4321'],
    ['  HTTPS://Eclipse.Example.GOV.uk  ', 'https://eclipse.example.gov.uk'],
  ])('%s is the site %s', (address, origin) => {
    expect(originOf(address)).toEqual({ ok: true, origin });
  });

  it.each(['', 'not a web address at all', 'ftp://files.example.org', 'https://*.example.org', 'javascript:alert(1)'])(
    'refuses %j',
    (address) => {
      expect(originOf(address).ok).toBe(false);
    },
  );
});

describe('title rules on hostile titles', () => {
  it.each([
    ['brackets only', '('.repeat(100_000)],
    ['an open bracket then letters', `(${'a'.repeat(99_999)}`],
    ['letters and brackets', 'a('.repeat(50_000)],
    ['no brackets', 'x'.repeat(100_000)],
  ])('reads a 100,000-character title of %s in well under 100 ms', (_kind, title) => {
    const start = performance.now();
    findCaseReference({ kind: 'title', pattern: '*({ref})*' }, page('https://cases.example/', title));
    findCaseReference({ kind: 'title', pattern: 'Case * {ref} *' }, page('https://cases.example/', title));
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('still finds a bracketed reference in a long title', () => {
    const title = `${'Record — '.repeat(100)}(CS-2026-0412) – Case system`;
    expect(findCaseReference({ kind: 'title', pattern: '*({ref})*' }, page('https://cases.example/', title))).toBe(
      'CS-2026-0412',
    );
  });
});
