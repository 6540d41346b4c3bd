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
      'change-of-circumstances': ['since the move'],
      'safer-sleep': ['co-sleeping', 'sofa'],
      'over-optimism': ['engaging well'],
    });
  });

  it.each([
    ['plural', 'two cots in the bedroom', 'safer-sleep', 'cot'],
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
    const result = findCues(ivy, 'baby: sofa sofa dad sofa father dad');
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
    const text = `${body} cot here. ${'x '.repeat(500)} cannabis beyond the limit`;
    expect(text.length).toBeGreaterThan(MAX_SCAN_CHARS);
    const result = findCues(ivy, text);
    expect(result).toEqual([{ themeId: 'safer-sleep', cues: ['cot'] }]);
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
    ['5,000 capital abbreviations', 'F MP '.repeat(5_000)],
    ['one sentence of 5,000 context cues', `baby ${'sofa settee '.repeat(5_000)}`],
    ['5,000 one-word sentences', 'sofa. baby. '.repeat(5_000)],
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

  it('keeps the Ivy pattern under 20 KB, past which V8 optimises a regular expression less', () => {
    expect(ivy.pattern.source.length).toBeLessThan(20_000);
    expect(ivy.capitals?.pattern.source.length ?? 0).toBeLessThan(2_000);
  });

  it('still finds the spaced cue in ordinary text', () => {
    expect(
      Object.fromEntries(findCues(hostile, 'Baby co - sleeping with mum').map((t) => [t.themeId, t.cues])),
    ).toEqual({
      'safer-sleep': ['co-sleeping', 'co - sleeping'],
    });
  });
});

describe('capital cues and context cues, as a pack lists them', () => {
  const matcher = compileCues([
    {
      themeId: 'fathers',
      cues: ['dad'],
      notCues: ['sex: F', 'F/U'],
      capitalCues: ['F', 'MP'],
    },
    {
      themeId: 'sleep',
      cues: ['cot'],
      notCues: ['sofa surfing'],
      contextCues: [{ cues: ['sofa', 'settee'], context: ['baby', 'newborn'] }],
    },
  ]);
  const themes = (text: string) => Object.fromEntries(findCues(matcher, text).map((t) => [t.themeId, t.cues]));

  it('counts an abbreviation written in capitals, with its possessive', () => {
    expect(themes('F not seen; MP’s car outside; F’s phone off.')).toEqual({ fathers: ['F', 'MP'] });
  });

  it('does not count the same letters in small letters, or inside a not-cue in any case', () => {
    expect(themes('f not seen; mp3 player; the mp was out. Sex: F. F/U 2/52. SEX: F')).toEqual({});
  });

  it('counts a context cue only when a context word is in the same sentence', () => {
    expect(themes('The baby sleeps on the sofa.')).toEqual({ sleep: ['sofa'] });
    expect(themes('Sofa in the lounge. The newborn was seen.')).toEqual({});
    expect(themes('Dad kips on the settee.\nBaby in the cot.')).toEqual({ fathers: ['dad'], sleep: ['cot'] });
    // The context word may come first or last, and a repeated cue is reported once.
    expect(themes('Newborn asleep on the settee, then the sofa, then the settee')).toEqual({
      sleep: ['sofa', 'settee'],
    });
  });

  it('lets a not-cue block a context cue', () => {
    expect(themes('Mum and baby have been sofa surfing.')).toEqual({});
  });
});

describe('the Ivy pack on records as practitioners write them', () => {
  it.each([
    ['F not present at visit, M says at work.', 'fathers', 'F'],
    ['MP stays 3-4 nights a week.', 'fathers', 'MP'],
    ['SF has a previous for assault.', 'fathers', 'SF'],
    ['Father released from HMP Ashdale on licence.', 'parent-history', 'HMP'],
    ['Tele CG 11/10, M not dialled in.', 'procedures-and-challenge', 'CG'],
    ['Plan for CIN to close at the next review.', 'procedures-and-challenge', 'CIN'],
    ['Pre-birth CP conference booked for 32/40.', 'procedures-and-challenge', 'CP conference'],
    ['MARAC referral made after the DASH.', 'procedures-and-challenge', 'MARAC'],
    ['PLO letter sent to both parents.', 'procedures-and-challenge', 'PLO'],
    ['Baby usually ends up in with us after the night feed.', 'safer-sleep', 'in with us'],
    ['Dad falls asleep on the recliner with the baby on his chest.', 'safer-sleep', 'recliner'],
    ['Nan has him Friday to Sunday.', 'wider-family', 'nan'],
    ['Lexi (14) babysits her brother overnight.', 'wider-family', 'babysits'],
    ['Mum has been sleeping in a B&B since the eviction.', 'change-of-circumstances', 'B&B'],
    ['SW accepted her account and will revisit in a month.', 'over-optimism', 'accepted'],
  ])('reads “%s” as %s (%s)', (text, theme, cue) => {
    expect(raised(text)[theme]).toContain(cue);
  });

  it.each([
    'zopiclone',
    'diazepam',
    'pregabalin',
    'methadone',
    'buprenorphine',
    'Subutex',
    'mirtazapine',
    'quetiapine',
    'promethazine',
    'codeine',
    'tramadol',
    'cannabis',
    'weed',
    'cocaine',
    'coke',
    'crack',
    'heroin',
    'spice',
    'ketamine',
    'MDMA',
  ])('knows %s as a drug', (drug) => {
    expect(raised(`Partner said he had taken ${drug} before bed.`).substances).toContain(drug);
  });

  it('still says “dad” when a longer cue holds it: “dad’s drinking”', () => {
    expect(raised('Dad’s drinking has not been asked about.')).toEqual({
      fathers: ['dad'],
      substances: ['dads drinking'],
      'over-optimism': ['not been asked'],
    });
  });

  it.each([
    ['spirits in the other sense', 'Spirits were high at the visit; mum passed her theory test.'],
    ['a sofa with no baby', 'Her mate kips on the settee most weekends.'],
    ['smoking with no baby’s sleep in it', 'Mum smokes 10 a day, outside in the yard.'],
    ['a car seat for the car', 'New car seat fitted to the car; ISOFIX base checked.'],
    ['a baby’s own medicine', 'Baby’s medication (Gaviscon) given before feeds.'],
    ['an appointment, not a change', 'Appointment rearranged for next week.'],
    ['Teams the admin tool', 'Worker on Teams training all afternoon.'],
    ['checking in, not bed-sharing', 'Chair to check in with mum after each report.'],
    ['follow-up and sex in a GP entry', 'Sex: F. F/U 2/52.'],
    ['a threshold strip at the door', 'Housing to fix the threshold strip at the front door.'],
  ])('ignores %s', (_kind, text) => {
    expect(raised(text)).toEqual({});
  });
});

describe('capital and context cues in a pack file', () => {
  const withCues = (lists: Record<string, unknown>) =>
    validatePack({
      ...ivyPack,
      cues: {
        themes: { 'safer-sleep': { cues: ['cot'], notCues: [], ...lists } },
        prompts: { 'sleep-seen': ['cot', 'sofa'] },
      },
    });

  it('accepts them, and a prompt may name a context cue', () => {
    const result = withCues({
      capitalCues: ['SIDS'],
      contextCues: [{ cues: ['sofa'], context: ['baby'] }],
    });
    expect(result.ok).toBe(true);
  });

  it('refuses a capital cue written in small letters, and a cue listed as both kinds', () => {
    const result = withCues({
      capitalCues: ['Sids'],
      contextCues: [{ cues: ['sofa', 'cot'], context: ['baby'] }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.join('\n')).toMatch(/a capital cue is written in capitals/);
    }
    const both = withCues({ contextCues: [{ cues: ['sofa', 'cot'], context: ['baby'] }] });
    expect(both.ok).toBe(false);
    if (!both.ok) {
      expect(both.problems).toContain(
        'The theme "safer-sleep" lists "cot" both as a cue and as a context cue, so its context would never matter.',
      );
    }
  });
});
