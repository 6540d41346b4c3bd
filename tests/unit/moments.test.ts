import { describe, expect, it } from 'vitest';
import { ivyPack } from '../../content/ivy';
import { RETIRED_PROMPT_IDS } from '../../content/ivy-checklist';
import { emptyChecklist, setAnswer } from '../../core/checklist';
import {
  caseMoment,
  hasVirtualItems,
  MOMENT_IDS,
  type MomentId,
  momentItems,
  momentsOf,
  momentTitle,
} from '../../core/moments';
import { validatePack } from '../../core/pack/schema';
import { NOT_AN_ASSESSMENT, summaryText } from '../../core/summary';
import { examplePack } from '../example-pack';

const ids = (choice: Parameters<typeof momentItems>[1], virtual = false) =>
  momentItems(ivyPack, choice, virtual).map((item) => item.prompt.id);

// Which of the brief's themes each moment's short list must draw on, so a list that loses one
// fails here. The supervision list is the one the brief's core finding most needs: a parent's
// history and cumulative harm, what is not working, optimism challenged, the father's part and
// family carers reassessed. Every list that meets a family (visit, change, conference) asks about
// alcohol and drugs, safer sleep and curiosity, because the brief's most dangerous combination is
// where a baby sleeps on a night a carer has drunk, used drugs or taken drowsy medicine.
const MOMENT_THEMES: Record<string, string[]> = {
  conference: [
    'parent-history',
    'fathers',
    'wider-family',
    'substances',
    'safer-sleep',
    'strengths-and-risk',
    'over-optimism',
    'procedures-and-challenge',
  ],
  visit: ['fathers', 'substances', 'safer-sleep', 'change-of-circumstances', 'over-optimism'],
  change: ['change-of-circumstances', 'wider-family', 'substances', 'safer-sleep', 'over-optimism'],
  disagreement: ['procedures-and-challenge'],
  supervision: ['parent-history', 'over-optimism', 'fathers', 'wider-family'],
};

// The essentials each moment's short list must ask, by prompt id (the wording is checked below).
const MOMENT_ESSENTIALS: Record<MomentId, Record<string, string>> = {
  visit: {
    'where the baby sleeps when a carer has drunk, used drugs or taken drowsy medicine': 'sleep-bespoke',
    'the prescribers know there is a baby on a plan': 'substances-prescribers-told',
    'professional curiosity: what you were told checked against what you saw and others know': 'optimism-curious',
    'the father or male carer seen': 'fathers-seen',
  },
  change: {
    'where the baby sleeps when a carer has drunk, used drugs or taken drowsy medicine': 'sleep-bespoke',
    'the prescribers know there is a baby on a plan': 'substances-prescribers-told',
    'professional curiosity': 'optimism-curious',
    'the history of anyone new in the child’s life': 'change-new-people',
  },
  conference: {
    'where the baby sleeps when a carer has drunk, used drugs or taken drowsy medicine': 'sleep-bespoke',
    'the prescribers know there is a baby on a plan': 'substances-prescribers-told',
    'professional curiosity, the check against over-optimism and disguised compliance': 'optimism-curious',
    'information from the GP and other prescribers': 'strengths-prescriber-information',
    'the father’s or male carer’s own history checked (“The myth of invisible men”)': 'fathers-history',
    'history applied to the child today (the review’s core finding)': 'history-applied',
    'the family has had the reports in time to read them before every conference': 'procedures-reports-shared',
  },
  disagreement: {
    'if the child is at immediate risk, act now, do not wait for escalation': 'procedures-child-paramount',
    'advice from the safeguarding lead or named or designated professional': 'procedures-safeguarding-lead',
    'resolving practitioner to practitioner first': 'procedures-resolve-quickly',
    'the escalation route and its next step': 'procedures-escalation-route',
    'recording the disagreement': 'procedures-recorded',
  },
  supervision: {
    'history applied to the child today': 'history-applied',
    'cumulative harm': 'history-cumulative-harm',
    'over-optimism challenged': 'optimism-challenged',
  },
};

// What those essentials must say, so a rewording that loses the point fails here.
const ESSENTIAL_WORDING: Record<string, RegExp[]> = {
  'sleep-bespoke': [/where the baby sleeps/, /drunk/, /drugs/, /drowsy/],
  'substances-prescribers-told': [/prescribers/, /GP/, /drug service/, /baby on a plan/],
  'optimism-curious': [/what .* told/, /saw/, /other agencies know/, /professional curiosity/],
  'strengths-prescriber-information': [/GP/, /prescriber/, /information/],
  'fathers-history': [/father’s or male carer’s own history/, /checks/i],
  'procedures-child-paramount': [/immediate risk/, /acted now/, /without waiting/],
  'procedures-safeguarding-lead': [/safeguarding lead/, /named or designated professional/],
  'procedures-resolve-quickly': [/first/, /worker concerned/],
};

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the Ivy pack’s pause points', () => {
  it('has a short list for each of the five moments, 5 to 9 items each, every id a prompt', () => {
    expect(momentsOf(ivyPack)).toEqual(['conference', 'visit', 'change', 'disagreement', 'supervision']);
    const promptIds = new Set(ivyPack.themes.flatMap((t) => t.prompts.map((p) => p.id)));
    for (const moment of ivyPack.moments ?? []) {
      expect(moment.promptIds.length, moment.id).toBeGreaterThanOrEqual(5);
      expect(moment.promptIds.length, moment.id).toBeLessThanOrEqual(9);
      for (const id of [...moment.promptIds, ...(moment.virtualPromptIds ?? [])]) expect(promptIds).toContain(id);
    }
  });

  it.each(Object.entries(MOMENT_THEMES))('draws the %s list from the themes it must', (moment, themes) => {
    const drawn = new Set(momentItems(ivyPack, moment as MomentId, false).map((item) => item.theme.id));
    for (const theme of themes) expect([...drawn], `${moment} lacks ${theme}`).toContain(theme);
  });

  it.each(
    Object.entries(MOMENT_ESSENTIALS).flatMap(([moment, essentials]) =>
      Object.entries(essentials).map(([essential, promptId]) => [moment, essential, promptId] as const),
    ),
  )('asks at %s about %s', (moment, _essential, promptId) => {
    expect(ids(moment as MomentId)).toContain(promptId);
  });

  it.each(Object.entries(ESSENTIAL_WORDING))('words %s so that it asks what it must', (promptId, patterns) => {
    const text = ivyPack.themes.flatMap((t) => t.prompts).find((p) => p.id === promptId)?.text ?? '';
    for (const pattern of patterns) expect(text, promptId).toMatch(pattern);
  });

  it('asks the immediate-risk question first when professionals disagree', () => {
    expect(ids('disagreement')[0]).toBe('procedures-child-paramount');
  });

  it('keeps every question of every list short and single: at most 25 words and one question', () => {
    for (const moment of MOMENT_IDS) {
      for (const { prompt } of momentItems(ivyPack, moment, true)) {
        expect(words(prompt.text), prompt.id).toBeLessThanOrEqual(25);
        expect(prompt.text.match(/\?/g), prompt.id).toHaveLength(1);
      }
    }
    // Not only the listed ones: "All prompts" shows every question.
    for (const prompt of ivyPack.themes.flatMap((t) => t.prompts)) {
      expect(words(prompt.text), prompt.id).toBeLessThanOrEqual(25);
    }
  });

  it('splits the video-meeting questions and asks about their limits', () => {
    const virtual = ivyPack.themes.find((t) => t.id === 'virtual-meetings')?.prompts ?? [];
    const texts = virtual.map((p) => p.text).join('\n');
    expect(texts).toMatch(/right for this family/);
    expect(texts).toMatch(/speak freely/);
    expect(texts).toMatch(/off camera/);
    // The old four-in-one question ("pre-meets, support to join, ground rules, and…") is gone.
    for (const prompt of virtual) expect(prompt.text, prompt.id).not.toMatch(/:/);
    const conference = ivyPack.moments?.find((m) => m.id === 'conference');
    expect(conference?.virtualPromptIds).toContain('virtual-right-for-family');
  });

  it('never reuses the id of a question that was taken out', () => {
    const current = new Set(ivyPack.themes.flatMap((t) => t.prompts.map((p) => p.id)));
    expect(RETIRED_PROMPT_IDS.length).toBeGreaterThan(0);
    for (const id of RETIRED_PROMPT_IDS) expect(current.has(id), id).toBe(false);
  });

  it('keeps the conference list to nine with the video questions, and every conference asks about reports', () => {
    expect(ids('conference').length).toBeLessThanOrEqual(9);
    expect(ids('conference', true).length).toBeLessThanOrEqual(9);
    expect(ids('conference')).toContain('procedures-reports-shared');
    // A "before" list asks nothing in the past tense about the meeting itself.
    for (const item of momentItems(ivyPack, 'conference', true)) expect(item.prompt.text).not.toMatch(/^(Were|Did) /);
  });

  it('adds the virtual-meeting items only when the meeting is by video or telephone', () => {
    expect(hasVirtualItems(ivyPack, 'conference')).toBe(true);
    expect(hasVirtualItems(ivyPack, 'visit')).toBe(false);
    const plain = ids('conference');
    const virtual = momentItems(ivyPack, 'conference', true);
    expect(virtual.slice(0, plain.length).map((i) => i.prompt.id)).toEqual(plain);
    expect(virtual.slice(plain.length).map((i) => [i.prompt.id, i.virtual])).toEqual([
      ['virtual-right-for-family', true],
    ]);
    expect(ids('visit', true)).toEqual(ids('visit', false));
  });

  it('gives each item the theme it comes from', () => {
    const [first] = momentItems(ivyPack, 'visit', false);
    expect(first?.theme.title).toBe('Considering and involving fathers');
  });

  it('shows a case at a moment its pack has a list for: never an empty list', () => {
    const example = examplePack();
    expect(momentsOf(example)).toEqual(['conference']);
    // Last used with Ivy at a visit; this case's pack asks only before a conference.
    expect(caseMoment(undefined, 'visit', example)).toEqual({ moment: 'conference', virtual: false });
    expect(caseMoment({ moment: 'change', virtual: true }, 'visit', example)).toEqual({
      moment: 'conference',
      virtual: false,
    });
    expect(caseMoment(undefined, 'all', example).moment).toBe('all');
    expect(caseMoment(undefined, 'visit', ivyPack).moment).toBe('visit');
    expect(caseMoment({ moment: 'conference', virtual: true }, 'visit', ivyPack)).toEqual({
      moment: 'conference',
      virtual: true,
    });
    expect(caseMoment(undefined, 'visit', { ...example, moments: [] }).moment).toBe('all');
  });

  it('lists every prompt, in pack order, for "All prompts"', () => {
    expect(ids('all')).toEqual(ivyPack.themes.flatMap((t) => t.prompts.map((p) => p.id)));
    expect(momentTitle('all')).toBe('All prompts');
  });

  it('refuses a pack whose moment lists are too short, repeat a prompt, or name prompts not tagged with it', () => {
    const bad = {
      ...ivyPack,
      moments: [
        {
          id: 'visit',
          promptIds: ['fathers-seen', 'fathers-seen', 'sleep-seen', 'sleep-advice-given', 'fathers-invited'],
        },
      ],
    };
    const result = validatePack(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        'The moment "visit" lists a prompt twice.',
        'The prompt "fathers-invited" is in the "visit" list but does not name that moment.',
      ]);
    }
    expect(validatePack({ ...ivyPack, moments: [{ id: 'visit', promptIds: ['fathers-seen'] }] }).ok).toBe(false);
    expect(MOMENT_IDS).toContain('disagreement');
  });

  it('refuses a conference list that passes nine once its video questions are added', () => {
    const conference = ivyPack.moments?.find((m) => m.id === 'conference');
    if (!conference) throw new Error('no conference list');
    const long = {
      ...conference,
      virtualPromptIds: ['virtual-planned', 'virtual-support-to-attend', 'virtual-reports-in-advance'],
    };
    const result = validatePack({ ...ivyPack, moments: [long] });
    expect(result).toEqual({
      ok: false,
      problems: ['The moment "conference" has 11 prompts with its video-meeting ones; the most is 9.'],
      // Where it is, so Pack studio can move focus to the list.
      issues: [
        {
          path: 'moments.0.promptIds',
          message: 'The moment "conference" has 11 prompts with its video-meeting ones; the most is 9.',
          // Which check it is, for Pack studio's own words.
          code: 'list-long',
          count: 11,
        },
      ],
    });
  });
});

describe('the summary for the case record', () => {
  const at = (n: number) => Date.UTC(2026, 10, 26, 9, 0, n);
  let checklist = emptyChecklist('CS-2026-0412', 'cscp-ivy', '1.3.0');
  checklist = setAnswer(checklist, 'history-applied', 'done', at(1));
  checklist = setAnswer(checklist, 'sleep-bespoke', 'done', at(2));
  checklist = setAnswer(checklist, 'fathers-history', 'na', at(3));
  checklist = setAnswer(checklist, 'virtual-right-for-family', 'done', at(4));
  const conference = () =>
    summaryText({
      pack: ivyPack,
      ref: 'CS-2026-0412',
      choice: 'conference',
      virtual: true,
      checklist,
      now: new Date(Date.UTC(2026, 10, 26, 10, 32)),
    });

  it('names the review, says the prompts are not an assessment, then the case and neutral sections, in plain text', () => {
    const text = conference();
    expect(text).toMatchInlineSnapshot(`
      "Pause Point: practice prompts checked for this case
      These are prompts from a published review about another child, used by professionals to check practice. They are not an assessment of this family.
      Review: Learning from the “Ivy” Local Child Safeguarding Practice Review, Cumbria Safeguarding Children Partnership (CSCP)
      The review calls the child it is about “Ivy”. That is not the child’s real name: the child’s family agreed it for the review.
      Questions from: the “Ivy” learning pack (cscp-ivy), version 1.3.0
      Summary made: 26 Nov 2026, 10:32
      Case reference: CS-2026-0412
      Checklist used: Before a conference or core group (held by video or telephone)

      Considered (3):
      - “Does your report or record say how each parent’s history affects their care of the child today?”
      - “Have you asked where the baby sleeps when a carer has drunk, used drugs or taken drowsy medicine?” (from national guidance: The Lullaby Trust, safer sleep advice)
      - “Has the chair agreed a video or phone meeting is right for this family, not meeting in person?”

      Not applicable, with the reason to be written in the case note (1):
      - “Have checks been made of the father’s or male carer’s own history with police and social care?” (from national guidance: Child Safeguarding Practice Review Panel, “The myth of invisible men: safeguarding children under 1 from non-accidental injury caused by male carers” (September 2021))

      Not yet considered (5):
      - “Has each family member the plan relies on been assessed as suitable for their part in it?”
      - “Do the prescribers of each carer’s medicine, such as the GP or drug service, know there is a baby on a plan?”
      - “Has the GP, and any other prescriber, sent information for this conference?”
      - “Have you checked what the family told you against what you saw and what other agencies know (professional curiosity)?”
      - “Has the family had the reports for this conference in time to read them before it starts?” (from local procedures: Pan-Cumbria multi-agency safeguarding children procedures (the Cumbria manual))

      How to read this summary:
      Each quoted line is a standard question the checklist puts to the practitioner (“you”) at this point, for every case. Its words, for example about drink, drugs, medicine or a father, do not mean that those things apply to this family.
      “Considered” means the practitioner marked the question as considered for this case. It records their own check, not a finding about the family.
      “Not applicable” means the practitioner judged that the question does not apply to this case. The reason should be written in the case note.
      “Not yet considered” means only that the question had not been marked when this summary was made. It does not say whether what it asks about was done.
      Questions without a named source are based on the review’s learning brief, “CSCP Learning Briefing – Ivy”.
      "
    `);
    expect(text).not.toMatch(/[<>*#]/);
  });

  it('leaves no question hanging: every listed question is quoted under a heading that says what was done', () => {
    const lines = conference().split('\n');
    for (const line of lines.filter((l) => l.startsWith('- ') && l !== '- none')) {
      expect(line, line).toMatch(/^- “[^”]+\?”( \(from (national guidance|local procedures): .+\))?$/);
    }
    // Outside the quotes nothing is asked: a reader of the record meets statements only.
    const unquoted = lines.map((l) => l.replace(/“[^”]*”/g, '')).join('\n');
    expect(unquoted).not.toContain('?');
    expect(lines).toContain(NOT_AN_ASSESSMENT);
    expect(NOT_AN_ASSESSMENT).toMatch(
      /published review about another child.*check practice.*not an assessment of this family/,
    );
    // The old headings read as findings about the family; they are gone.
    expect(conference()).not.toMatch(/Still outstanding|Marked not applicable|Confirmed \(/);
    expect(lines).toContain('Not applicable, with the reason to be written in the case note (1):');
  });

  it('names the review from the pack’s own details, so another partnership’s pack is named for its own review', () => {
    expect(conference()).toContain(
      'Learning from the “Ivy” Local Child Safeguarding Practice Review, Cumbria Safeguarding Children Partnership (CSCP)',
    );
    expect(conference()).not.toMatch(/^Learning pack: Ivy/m);
    const other = examplePack();
    const dated = { ...other, review: { ...other.review, published: 'March 2026' } };
    const text = summaryText({
      pack: dated,
      ref: 'X-2',
      choice: 'all',
      virtual: false,
      checklist: null,
      now: new Date(0),
    });
    expect(text).toContain(
      `Learning from the “${other.review.name}” ${other.review.type}, ${other.review.publisher}, published March 2026`,
    );
    expect(text).toContain(
      `Questions from: the “${other.title}” learning pack (${other.id}), version ${other.version}`,
    );
    expect(text).not.toMatch(/Ivy|Cumbria/);
  });

  it('says "none" for an empty section and leaves out what is not in the moment', () => {
    const text = summaryText({
      pack: ivyPack,
      ref: 'X-1',
      choice: 'disagreement',
      virtual: false,
      checklist: null,
      now: new Date(0),
    });
    expect(text).toContain('Considered (0):\n- none');
    expect(text).toContain('Not yet considered (6):');
  });
});
