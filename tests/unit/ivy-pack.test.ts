import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ivyPack } from '../../content/ivy';
import { ivyCues } from '../../content/ivy-cues';
import { cardFacts, saferSleepCard } from '../../content/safer-sleep';
import { MOMENT_IDS, MOMENTS } from '../../core/moments';
import { SHORT_LINE_MAX_WORDS, SOURCE_KINDS, validatePack, wordCount } from '../../core/pack/schema';
import { promptSource, termsUsed } from '../../core/pack/sources';
import { median, readingGrade } from '../../core/reading-grade';

// The brief's own structure, written out here so the test fails if the pack drifts from it.
const BRIEF_THEME_SECTIONS = [
  "Awareness of a parent's history",
  'Considering and involving fathers',
  'Assessing wider family members who play a key role in supporting or safeguarding a child',
  'Sharing concerns about the impact on a child of changes of circumstances',
  'The impact of alcohol and substance misuse on children and unborn babies',
  'Safer sleeping advice',
  'Using virtual technology for key meetings',
  'Strengths based models of assessment and planning',
  'Avoiding over-optimism and losing focus on the child',
  'Knowledge of multi-agency safeguarding procedures and professional confidence in challenging when they are not followed',
];

// Every section of the brief a prompt may be put to: its themes and its closing parts.
const BRIEF_SECTIONS = [...BRIEF_THEME_SECTIONS, 'What to do next', 'Reflective questions'];

const BRIEF_RESOURCE_ADDRESSES = [
  'www.researchinpractice.org.uk/children/publications/2021/february/using-genograms-in-practice-practice-tool-2021/',
  'https://cumbriasafeguardingchildren.co.uk/professionals/signsofsafety/signsofsafety.asp',
  'https://cumbriasafeguardingchildren.co.uk/professionals/safesleeping.asp',
  'https://cumbriasafeguardingchildren.co.uk/professionalcuriosity.asp',
];

const BRIEF_ACTIONS = [/professionally curious/i, /procedures manual/i, /safer sleep/i];

const BRIEF_QUESTION_TOPICS = [/strengths-based/i, /family and friends/i, /challenge decisions/i, /supervision/i];

describe('the Ivy pack', () => {
  it('passes its schema and cross-reference checks, with and without its cue lists', () => {
    expect(validatePack(ivyPack)).toEqual({ ok: true, pack: expect.anything() });
    expect(validatePack({ ...ivyPack, cues: ivyCues })).toEqual({ ok: true, pack: expect.anything() });
  });

  it('has careful cue lists: every theme has cues, every prompt points to some of them', () => {
    for (const theme of ivyPack.themes) {
      expect(ivyCues.themes[theme.id]?.cues.length, theme.id).toBeGreaterThanOrEqual(8);
      for (const prompt of theme.prompts) expect(ivyCues.prompts[prompt.id]?.length, prompt.id).toBeGreaterThan(0);
    }
    expect(Object.keys(ivyCues.themes)).toHaveLength(ivyPack.themes.length);
  });

  it('has all ten learning themes of the brief, in its order, each with 3 to 7 prompts', () => {
    expect(ivyPack.themes.map((t) => t.sourceSection)).toEqual(BRIEF_THEME_SECTIONS);
    for (const theme of ivyPack.themes) {
      expect(theme.prompts.length).toBeGreaterThanOrEqual(3);
      expect(theme.prompts.length).toBeLessThanOrEqual(7);
      expect(theme.why.length).toBeGreaterThan(80);
    }
  });

  it('gives every id once only, across themes, prompts, actions, resources and questions', () => {
    const ids = [
      ...ivyPack.themes.map((t) => t.id),
      ...ivyPack.themes.flatMap((t) => t.prompts.map((p) => p.id)),
      ...ivyPack.actions.map((a) => a.id),
      ...ivyPack.resources.map((r) => r.id),
      ...ivyPack.reflectiveQuestions.map((q) => q.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('phrases every prompt as a question a practitioner can confirm, with its moments', () => {
    for (const prompt of ivyPack.themes.flatMap((t) => t.prompts)) {
      expect(prompt.text, prompt.id).toMatch(/^(Have|Has|Do|Does|Is|Are|Were|Did|If|While|Where|In) .+\?$/);
      expect(prompt.moments.length, prompt.id).toBeGreaterThan(0);
      for (const moment of prompt.moments) expect(MOMENT_IDS).toContain(moment);
    }
  });

  it('keeps the brief’s four tools and resources at their exact addresses', () => {
    const fromBrief = ivyPack.resources.filter((r) => r.fromSource);
    expect(fromBrief).toHaveLength(4);
    const addresses = fromBrief.map((r) => r.url);
    for (const address of BRIEF_RESOURCE_ADDRESSES) {
      const withScheme = address.startsWith('https://') ? address : `https://${address}`;
      expect(addresses).toContain(withScheme);
    }
  });

  // The brief itself sits in the shared folder beside a checkout (CI lays it there too).
  const briefPath = resolve(
    dirname(fileURLToPath(import.meta.url)),
    '../../../shared/source/cscp-learning-brief-ivy.txt',
  );
  it.skipIf(!existsSync(briefPath))('takes those addresses and section headings from the brief itself', () => {
    const brief = readFileSync(briefPath, 'utf8');
    for (const address of BRIEF_RESOURCE_ADDRESSES) expect(brief).toContain(address);
    for (const section of BRIEF_THEME_SECTIONS) expect(brief).toContain(section);
  });

  it('has the three “what to do next” actions', () => {
    expect(ivyPack.actions).toHaveLength(3);
    BRIEF_ACTIONS.forEach((topic, i) => {
      expect(ivyPack.actions[i]?.title).toMatch(topic);
    });
  });

  it('has the four reflective questions', () => {
    expect(ivyPack.reflectiveQuestions).toHaveLength(4);
    BRIEF_QUESTION_TOPICS.forEach((topic, i) => {
      expect(ivyPack.reflectiveQuestions[i]?.text).toMatch(topic);
    });
  });

  it('says who published it, what it is, and that Ivy is not the child’s real name', () => {
    expect(ivyPack.review.publisher).toMatch(/Cumbria Safeguarding Children Partnership/);
    expect(ivyPack.review.type).toBe('Local Child Safeguarding Practice Review');
    expect(ivyPack.review.nameNote).toMatch(/not the child’s real name/);
    expect(ivyPack.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is written for the pack, not pasted from the brief', () => {
    // No sentence of eight words or more is copied word for word from the brief.
    const briefSentences = [
      'Fathers should not be missed or an after-thought',
      'Safer sleeping advice needs to be robust and bespoke for families where there are additional vulnerabilities',
      'Professionals need to ensure that having a positive relationship with family members does not lead them to lose focus',
      'Consideration should always be given to who is in the family home',
    ];
    const packText = JSON.stringify(ivyPack);
    for (const sentence of briefSentences) expect(packText).not.toContain(sentence);
  });
});

describe('short checklist lines', () => {
  const prompts = ivyPack.themes.flatMap((t) => t.prompts);

  it('gives every Ivy question a short line of at most 8 words, ending as a question', () => {
    for (const prompt of prompts) {
      expect(prompt.short, prompt.id).toBeDefined();
      expect(wordCount(prompt.short ?? ''), `${prompt.id}: ${prompt.short}`).toBeLessThanOrEqual(SHORT_LINE_MAX_WORDS);
      expect(prompt.short, prompt.id).toMatch(/\?$/);
      // Shorter than the question it stands for.
      expect((prompt.short ?? '').length, prompt.id).toBeLessThan(prompt.text.length);
    }
    expect(new Set(prompts.map((p) => p.short)).size, 'each short line is its own').toBe(prompts.length);
  });

  it('refuses a short line of more than 8 words, or with hidden direction controls', () => {
    const theme = ivyPack.themes[0];
    const prompt = theme?.prompts[0];
    if (!theme || !prompt) throw new Error('pack has no prompts');
    const withShort = (short: string) =>
      validatePack({
        ...ivyPack,
        themes: [{ ...theme, prompts: [{ ...prompt, short }, ...theme.prompts.slice(1)] }, ...ivyPack.themes.slice(1)],
      });
    const long = withShort('One two three four five six seven eight nine?');
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.problems).toEqual(['themes.0.prompts.0.short: a short line has at most 8 words']);
    expect(withShort('Seen \u202Eyourself?').ok).toBe(false);
    expect(withShort('Each parent’s history read?').ok).toBe(true);
  });

  it('still reads a pack written before short lines and the father flag', () => {
    const older = {
      ...ivyPack,
      themes: ivyPack.themes.map((t) => ({
        ...t,
        prompts: t.prompts.map(({ short: _short, fatherOrMaleCarer: _father, ...rest }) => rest),
      })),
    };
    expect(validatePack(older).ok).toBe(true);
  });

  it('marks the father and male-carer questions by data, not by their words', () => {
    const flagged = prompts.filter((p) => p.fatherOrMaleCarer).map((p) => p.id);
    expect(flagged).toEqual(ivyPack.themes.find((t) => t.id === 'fathers')?.prompts.map((p) => p.id));
  });
});

describe('pack validation', () => {
  it('refuses cue lists that name prompts or themes not in the pack, or cues their theme lacks', () => {
    const result = validatePack({
      ...ivyPack,
      cues: {
        themes: { ...ivyCues.themes, ghosts: { cues: ['boo'], notCues: [] } },
        prompts: { 'fathers-seen': ['grandmother'], 'no-such-prompt': ['x'] },
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        'Cues are listed for the theme "ghosts", which is not in the pack.',
        'The prompt "fathers-seen" has the cue "grandmother", which its theme does not list.',
        'Cues are listed for the prompt "no-such-prompt", which is not in the pack.',
      ]);
    }
  });

  it('refuses a pack with a duplicate prompt id or a missing resource, with reasons', () => {
    const theme = ivyPack.themes[0];
    if (!theme) throw new Error('pack has no themes');
    const broken = {
      ...ivyPack,
      themes: [{ ...theme, prompts: [...theme.prompts, { ...theme.prompts[0], resourceIds: ['nowhere'] }] }],
    };
    const result = validatePack(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContain('The prompt id "history-read" is used more than once.');
      expect(result.problems).toContain('The resource "nowhere" is linked to but not in the pack.');
    }
  });

  it('refuses a link that is not https', () => {
    const result = validatePack({
      ...ivyPack,
      resources: [{ ...ivyPack.resources[0], url: 'javascript:alert(1)' }],
    });
    expect(result.ok).toBe(false);
  });
});

describe('where each line comes from', () => {
  const prompts = ivyPack.themes.flatMap((t) => t.prompts);
  const byId = new Map(prompts.map((p) => [p.id, p]));

  it('gives every prompt a source and a source kind', () => {
    for (const prompt of prompts) {
      const source = promptSource(prompt);
      expect(SOURCE_KINDS, prompt.id).toContain(source.kind);
      expect(source.title.length, prompt.id).toBeGreaterThan(0);
      if (source.kind === 'brief') expect(BRIEF_SECTIONS, prompt.id).toContain(source.title);
    }
  });

  // Advice the brief does not give: each names the national guidance or procedures it is from.
  it.each([
    ['sleep-away-from-home', 'national', /Out of routine/],
    ['sleep-bespoke', 'national', /Lullaby Trust/],
    ['sleep-bed-sharing', 'national', /NICE/],
    ['procedures-reports-shared', 'local', /procedures/],
    ['procedures-escalation-route', 'local', /procedures/],
    ['procedures-recorded', 'local', /procedures/],
  ])('puts %s to %s guidance, not to the brief', (id, kind, title) => {
    const prompt = byId.get(id);
    if (!prompt) throw new Error(`no prompt ${id}`);
    expect(promptSource(prompt)).toEqual(expect.objectContaining({ kind, title: expect.stringMatching(title) }));
  });

  it('gives every safer sleep card fact a source of a known kind, each source once per group', () => {
    const resourceIds = new Set(ivyPack.resources.map((r) => r.id));
    for (const group of saferSleepCard.groups) {
      const titles = group.parts.map((part) => part.source.title);
      expect(new Set(titles).size, group.heading).toBe(titles.length);
      for (const part of group.parts) {
        expect(SOURCE_KINDS).toContain(part.source.kind);
        expect(resourceIds).toContain(part.source.resourceId);
        expect(part.facts.length).toBeGreaterThan(0);
      }
    }
  });

  it('never puts advice the brief does not give to the brief on the card', () => {
    const fromBrief = saferSleepCard.groups.flatMap((g) => g.parts.filter((p) => p.source.kind === 'brief'));
    const text = fromBrief.flatMap((p) => p.facts).join(' ');
    expect(text).not.toMatch(/drowsy|overnight|sofa|smok|alcohol/i);
  });
});

describe('the safer sleep card says what the sources say', () => {
  const facts = (heading: RegExp) =>
    saferSleepCard.groups
      .filter((g) => heading.test(g.heading))
      .flatMap((g) => g.parts.flatMap((p) => p.facts.map((fact) => ({ fact, source: p.source.title }))));
  const all = cardFacts(saferSleepCard).join('\n');

  // The Lullaby Trust's current basics (2025) say "for at least the first six months"; the card
  // once mixed that with the older "for the first 6 months".
  it('says “at least the first six months”, as the Lullaby Trust now does, and not the older wording', () => {
    expect(all).toContain('for at least the first six months');
    expect(all).not.toMatch(/for the first (six|6) months/);
  });

  it('puts “never sleep with a baby” first: alcohol, drugs or drowsy medicine, the sofa, a baby born early or small, smoking', () => {
    expect(saferSleepCard.groups[0]?.heading).toBe('Never sleep with a baby');
    const never = facts(/^Never sleep with a baby$/).filter((f) => /Lullaby/.test(f.source));
    const dangers = never.map((f) => f.fact);
    expect(dangers[0]).toMatch(/anyone else in the bed, have drunk any alcohol/);
    expect(dangers[1]).toMatch(/drugs, or medicine that causes drowsiness/);
    expect(dangers[2]).toMatch(/sofa or in an armchair.*50 times/);
    expect(dangers[3]).toMatch(/before 37 weeks/);
    expect(dangers[3]).toMatch(/2\.5 kg, 5½ lb, or less/);
    expect(dangers[4]).toMatch(/even if they never smoke in the bedroom/);
    expect(all).toMatch(/Breastfeeding/);
    // The national panel's finding sits beside the list, put to the panel, not to the Lullaby Trust.
    expect(facts(/^Never sleep with a baby$/).find((f) => /Out of routine/.test(f.source))?.fact).toMatch(
      /alcohol or drugs/,
    );
  });

  it('says what to do when unsafe sleep is seen, how to talk, every carer, medicines, car seats, slings, pods and nests', () => {
    const headings = saferSleepCard.groups.map((g) => g.heading);
    expect(headings.slice(0, 3)).toEqual([
      'Never sleep with a baby',
      'When you see unsafe sleep',
      'Talking so families can be honest',
    ]);
    const seen = facts(/^When you see unsafe sleep$/)
      .map((f) => f.fact)
      .join(' ');
    expect(seen).toMatch(/lead professional and the core group/);
    expect(seen).toMatch(/cot or Moses basket/);
    expect(seen).toMatch(/nights a carer may drink or use drugs/);
    expect(
      facts(/honest/)
        .map((f) => f.fact)
        .join(' '),
    ).toMatch(/without blame/);
    const carers = saferSleepCard.groups.find((g) => /everyone who looks after/.test(g.heading))?.intro ?? '';
    expect(carers).toMatch(/fathers and partners, grandparents, other relatives and babysitters/);
    const medicines = facts(/^Medicines that cause drowsiness$/);
    expect(medicines.map((f) => f.fact).join(' ')).toMatch(/label and in the leaflet.*ask the pharmacist/s);
    expect(medicines.map((f) => f.fact).join(' ')).toMatch(/GP, psychiatrist, nurse, pharmacist or drug service/);
    expect(
      facts(/Car seats, slings, pods and nests/)
        .map((f) => f.fact)
        .join(' '),
    ).toMatch(/car seat.*sling.*chin off their chest.*Pods, nests/s);
  });

  it('dates every source the card cites', () => {
    for (const part of saferSleepCard.groups.flatMap((g) => g.parts)) {
      expect(part.source.checked, part.source.title).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    }
  });

  it('says how to share a bed more safely, from NICE', () => {
    const sharing = facts(/shares a bed/);
    expect(sharing.map((f) => f.fact).join(' ')).toMatch(
      /firm, flat mattress.*back.*pillows or duvets.*children or pets/s,
    );
    expect(sharing.every((f) => /NICE/.test(f.source))).toBe(true);
  });
});

describe('wording practitioners can act on', () => {
  const prompts = ivyPack.themes.flatMap((t) => t.prompts);

  it('asks what can be confirmed, not whether something was thought about', () => {
    for (const prompt of prompts) {
      expect(prompt.text, prompt.id).not.toMatch(
        /thought about|\bconsidered\b(?! before)|been (professionally )?curious/i,
      );
    }
  });

  it('asks about other adults, men included, and never assumes a parent is “her”', () => {
    const text = (id: string) => prompts.find((p) => p.id === id)?.text ?? '';
    expect(text('fathers-other-men')).toMatch(/other adults, men included/);
    expect(text('substances-prescribers')).not.toMatch(/\bher\b/);
    expect(text('substances-who-in-home')).toMatch(
      /who drinks or takes drugs in the home, even if the parent does not\?/,
    );
    // Why it matters (allowing the home to be used is a child protection matter) is said where
    // the theme explains itself, so the question stays within 25 words.
    expect(ivyPack.themes.find((t) => t.id === 'substances')?.why).toMatch(
      /lets the home be used for drinking or drug taking, that is a child protection matter, even if the parent does not use/,
    );
    expect(text('change-shared')).toMatch(/impact on the child/);
  });

  it('explains each piece of jargon a GP, police officer or new practitioner may not know', () => {
    const terms = (ivyPack.glossary ?? []).map((g) => g.term);
    for (const term of [
      'core group',
      'safety plan',
      'cumulative harm',
      'professional curiosity',
      'protective factor',
      'strategy meeting',
      'pre-meets',
    ]) {
      expect(terms).toContain(term);
    }
    const texts = [...prompts.map((p) => p.text), ...MOMENTS.map((m) => m.title)];
    for (const entry of ivyPack.glossary ?? []) {
      expect(
        termsUsed(ivyPack.glossary, texts).map((g) => g.term),
        entry.term,
      ).toContain(entry.term);
      expect(readingGrade(entry.meaning), entry.term).toBeLessThan(12);
    }
  });

  it('explains prescribers, the escalation route and the safety plan as the practice review asked', () => {
    const meaning = (term: string) => (ivyPack.glossary ?? []).find((g) => g.term === term)?.meaning ?? '';
    expect(meaning('prescribers')).toMatch(
      /GP.*psychiatrist.*nurse or pharmacist prescriber.*drug service.*methadone or buprenorphine/s,
    );
    // Permission is good practice, never a rule that holds up protecting the child.
    expect(meaning('prescribers')).toMatch(
      /If asking would put the child at more risk or cause delay, information can be shared without it/,
    );
    expect(meaning('prescribers')).not.toMatch(/Ask the parent’s permission first/);
    expect(meaning('escalation route')).toMatch(/^The steps .* First talk it through with the worker concerned\./);
    expect(meaning('escalation route')).toMatch(/immediate risk, act now/);
    expect(meaning('safety plan')).toMatch(/not the child protection plan/);
    // The brief does not say how to check the advice was understood.
    expect(JSON.stringify(ivyPack)).not.toMatch(/tell it back/);
  });

  it('keeps the questions plain: a median reading grade of 9 or below', () => {
    expect(median(prompts.map((p) => readingGrade(p.text)))).toBeLessThanOrEqual(9);
  });
});

describe('addresses', () => {
  it('says when each address was last checked, and what to search for where it could not be confirmed', () => {
    for (const resource of ivyPack.resources) {
      expect(resource.addressChecked?.on, resource.id).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    }
    const cumbria = ivyPack.resources.filter((r) => r.url.includes('cumbriasafeguardingchildren.co.uk'));
    expect(cumbria.length).toBeGreaterThan(0);
    for (const resource of cumbria) expect(resource.addressChecked?.confirmed, resource.id).toBe(false);
    expect(ivyPack.review.notes?.join(' ')).toMatch(/1 April 2025.*Cumberland.*Westmorland and Furness/s);
  });
});
