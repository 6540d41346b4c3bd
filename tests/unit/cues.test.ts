import { describe, expect, it } from 'vitest';
import { packCues } from '../../content/built-in-cues';
import { ivyPack } from '../../content/ivy';
import { compileCues, findCues, MAX_SCAN_CHARS, normaliseCue } from '../../core/cues';
import { cueListsOf } from '../../core/pack/cue-lists';
import { validatePack } from '../../core/pack/schema';

const ivy = compileCues(cueListsOf(ivyPack, packCues(ivyPack)));
const raised = (text: string) => Object.fromEntries(findCues(ivy, text).map((t) => [t.themeId, t.cues]));

describe('cue matching on the Ivy pack', () => {
  it('finds the themes a visit record raises, with the pack’s own cue words', () => {
    expect(
      raised(
        'Home visit. Baby has been co-sleeping with mum on the sofa since the move. Dad was not seen. ' +
          'Maternal grandmother helps overnight. Mum said she is engaging well.',
      ),
    ).toEqual({
      fathers: ['dad'],
      'wider-family': ['maternal grandmother'],
      'safer-sleep': ['co-sleeping', 'sofa'],
      'over-optimism': ['engaging well'],
    });
  });

  it.each([
    ['plural', 'two sofas in the lounge', 'safer-sleep', 'sofa'],
    ['possessive', "the father's car", 'fathers', 'father'],
    ['curly possessive', 'the father’s car', 'fathers', 'father'],
    ['capitals', 'CO-SLEEPING reported', 'safer-sleep', 'co-sleeping'],
    ['space for hyphen', 'co sleeping reported', 'safer-sleep', 'co-sleeping'],
    ['no hyphen', 'cosleeping reported', 'safer-sleep', 'co-sleeping'],
    ['line break inside a phrase', 'the Moses\nbasket', 'safer-sleep', 'Moses basket'],
    ['punctuation around', '(cannabis), smoked daily.', 'substances', 'cannabis'],
    ['phrase', 'Core group held as a Teams meeting', 'virtual-meetings', 'Teams meeting'],
  ])('counts a %s', (_kind, text, theme, cue) => {
    expect(raised(text)[theme]).toContain(cue);
  });

  it.each([
    ['a cue inside a longer word', 'Scotland, finance, escotting, dadaism'],
    ['a not-cue phrase', 'The partner agency and partner agencies were told; safeguarding partners agreed.'],
    ['feeding, not alcohol', 'Baby drinking milk well; drinking formula 5oz.'],
    ['a tool, not a strengths-based plan', 'SDQ: strengths and difficulties questionnaire completed.'],
    ['the team, not Microsoft Teams', 'The team met; teams across the county.'],
  ])('ignores %s', (_kind, text) => {
    expect(raised(text)).toEqual({});
  });

  it('still counts a cue word used in its own sense beside a not-cue', () => {
    expect(raised('The partner agency was told. Her partner lives with her.').fathers).toEqual(['partner']);
  });

  it('reports themes in pack order and each cue once', () => {
    const result = findCues(ivy, 'sofa sofa dad sofa father dad');
    expect(result).toEqual([
      { themeId: 'fathers', cues: ['father', 'dad'] },
      { themeId: 'safer-sleep', cues: ['sofa'] },
    ]);
  });

  it('returns only cue terms, never text from the page', () => {
    const text = 'Jane Smith, 12 Acacia Road: baby sleeps on the SETTEE with Uncle Bob.';
    const out = JSON.stringify(findCues(ivy, text));
    expect(out).not.toMatch(/Jane|Smith|Acacia|Bob|SETTEE/);
    expect(out).toContain('settee');
  });
});

describe('bounded work', () => {
  it('scans a 5 MB page and stops at its limit, past which nothing is read', () => {
    const filler = 'Routine contact recorded by the duty worker, nothing further to add today. ';
    const body = filler.repeat(Math.ceil(MAX_SCAN_CHARS / filler.length)).slice(0, MAX_SCAN_CHARS - 20);
    const text = `${body} sofa here. ${'x '.repeat(500)} cannabis beyond the limit`;
    expect(text.length).toBeGreaterThan(MAX_SCAN_CHARS);
    const result = findCues(ivy, text);
    expect(result).toEqual([{ themeId: 'safer-sleep', cues: ['sofa'] }]);
  });

  it('treats every character of a cue literally, never as a pattern', () => {
    const matcher = compileCues([{ themeId: 't', cues: ['a.b'], notCues: [] }]);
    expect(findCues(matcher, 'axb and c++ (dev) and a.b')).toEqual([{ themeId: 't', cues: ['a.b'] }]);
  });
});

describe('cues that cannot make a case page slow', () => {
  it('normalises cues: spaces round a hyphen, runs of separators, apostrophes', () => {
    expect(normaliseCue('co - sleeping')).toBe('co-sleeping');
    expect(normaliseCue('  bed  --  share ')).toBe('bed-share');
    expect(normaliseCue('parents’ bed')).toBe('parents bed');
    expect(normaliseCue('via   Teams')).toBe('via Teams');
    expect(normaliseCue(' - co-sleeping - ')).toBe('co-sleeping');
  });

  it('normalises a long, odd cue in linear time', () => {
    const start = performance.now();
    normaliseCue(`${' '.repeat(200_000)}x${' -'.repeat(100_000)}`);
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('does not read a broken field as a word, but still reads Nan', () => {
    expect(findCues(ivy, 'DOB NaN/NaN, [object Object], undefined')).toEqual([]);
    expect(findCues(ivy, 'Nan helps on Fridays')).toEqual([{ themeId: 'wider-family', cues: ['nan'] }]);
  });

  it('normalises cues when a pack is checked, so a stored pack reads back normalised', () => {
    const result = validatePack({
      ...ivyPack,
      cues: { themes: { 'safer-sleep': { cues: ['co - sleeping'], notCues: [] } }, prompts: {} },
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.cues?.themes['safer-sleep']?.cues).toEqual(['co-sleeping']);
  });

  // Each text is a page an attacker or a broken system could show; each scan must stay quick.
  const adversarial: [string, string][] = [
    ['4,000 dashes', '-'.repeat(4000)],
    ['a cue word then 4,000 dashes', `co${'-'.repeat(4000)}x`],
    ['4,000 spaced dashes', `co${' -'.repeat(4000)}`],
    ['a cue word repeated with dashes', 'co-'.repeat(4000)],
    ['20,000 spaces after a cue', `moses${' '.repeat(20_000)}x`],
    ['100,000 letters', 'a'.repeat(100_000)],
    ['mixed separators', `bed${'\u2010 \u2011\u00a0-'.repeat(3000)}share`],
  ];
  // A cue from an organisation's pack, spaced round its hyphen, as in the report.
  const hostile = compileCues([
    ...cueListsOf(ivyPack, packCues(ivyPack)),
    { themeId: 'safer-sleep', cues: ['co - sleeping', 'bed -  - share', 'co  sleep'], notCues: [] },
  ]);

  it.each(adversarial)('scans %s in well under 100 ms', (_name, text) => {
    const start = performance.now();
    findCues(hostile, text);
    findCues(ivy, text);
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('still finds the spaced cue in ordinary text', () => {
    expect(
      Object.fromEntries(findCues(hostile, 'Baby co - sleeping with mum').map((t) => [t.themeId, t.cues])),
    ).toEqual({
      'safer-sleep': ['co-sleeping', 'co - sleeping'],
    });
  });
});
