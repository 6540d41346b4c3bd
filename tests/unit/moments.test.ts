import { describe, expect, it } from 'vitest';
import { ivyPack } from '../../content/ivy';
import { emptyChecklist, setAnswer } from '../../core/checklist';
import { hasVirtualItems, MOMENT_IDS, type MomentId, momentItems, momentsOf, momentTitle } from '../../core/moments';
import { validatePack } from '../../core/pack/schema';
import { summaryText } from '../../core/summary';

const ids = (choice: Parameters<typeof momentItems>[1], virtual = false) =>
  momentItems(ivyPack, choice, virtual).map((item) => item.prompt.id);

// Which of the brief's themes each moment's short list must draw on, so a list that loses one
// fails here. The supervision list is the one the brief's core finding most needs: a parent's
// history and cumulative harm, what is not working, optimism challenged, the father's part and
// family carers reassessed.
const MOMENT_THEMES: Record<string, string[]> = {
  conference: [
    'parent-history',
    'fathers',
    'wider-family',
    'substances',
    'safer-sleep',
    'strengths-and-risk',
    'procedures-and-challenge',
  ],
  visit: ['fathers', 'substances', 'safer-sleep', 'change-of-circumstances', 'over-optimism'],
  change: ['change-of-circumstances', 'parent-history', 'wider-family', 'safer-sleep', 'procedures-and-challenge'],
  disagreement: ['procedures-and-challenge'],
  supervision: ['parent-history', 'over-optimism', 'fathers', 'wider-family'],
};

// The brief's essentials that must be asked at some moment, by prompt id.
const ESSENTIALS: Record<string, string> = {
  'history applied to the child today (the review’s core finding)': 'history-applied',
  'cumulative harm': 'history-cumulative-harm',
  'speaking to prescribers (the brief’s one concrete action)': 'substances-prescribers',
  'advice conveyed and understood': 'sleep-understood',
  'other professionals involved in safer sleep advice': 'sleep-multi-agency',
  'the family has seen the reports before every conference': 'procedures-reports-shared',
  'the escalation route and its next step': 'procedures-escalation-route',
  'resolving at the lowest level first': 'procedures-resolve-quickly',
  'no delay to the child’s services meanwhile': 'procedures-child-paramount',
  'recording the disagreement and its outcome': 'procedures-recorded',
};

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

  it.each(Object.entries(ESSENTIALS))('asks about %s at some moment', (_essential, promptId) => {
    const asked = (ivyPack.moments ?? []).flatMap((m) => m.promptIds);
    expect(asked).toContain(promptId);
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
    expect(virtual.slice(plain.length).map((i) => [i.prompt.id, i.virtual])).toEqual([['virtual-planned', true]]);
    expect(ids('visit', true)).toEqual(ids('visit', false));
  });

  it('gives each item the theme it comes from', () => {
    const [first] = momentItems(ivyPack, 'visit', false);
    expect(first?.theme.title).toBe('Considering and involving fathers');
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
        },
      ],
    });
  });
});

describe('the summary for the case record', () => {
  const at = (n: number) => Date.UTC(2026, 10, 26, 9, 0, n);
  let checklist = emptyChecklist('CS-2026-0412', 'cscp-ivy', '1.0.0');
  checklist = setAnswer(checklist, 'fathers-invited', 'done', at(1));
  checklist = setAnswer(checklist, 'sleep-bespoke', 'done', at(2));
  checklist = setAnswer(checklist, 'substances-who-in-home', 'na', at(3));
  checklist = setAnswer(checklist, 'virtual-planned', 'done', at(4));

  it('says the pack, date, case, moment, then confirmed, not applicable and outstanding, in plain text', () => {
    const text = summaryText({
      pack: ivyPack,
      ref: 'CS-2026-0412',
      choice: 'conference',
      virtual: true,
      checklist,
      now: new Date(Date.UTC(2026, 10, 26, 10, 32)),
    });
    expect(text).toMatchInlineSnapshot(`
      "Pause Point checklist
      Learning pack: Ivy, version 1.1.0
      The brief: CSCP Learning Briefing – Ivy, Local Child Safeguarding Practice Review, Cumbria Safeguarding Children Partnership (CSCP)
      Date: 26 Nov 2026, 10:32
      Case reference: CS-2026-0412
      Moment: Before a conference or core group (held by video or telephone)

      Confirmed (3):
      - Has the father been invited to this meeting, and been sent the key information in writing?
      - Does the safer sleep advice fit this family’s risks, such as alcohol, drugs, drowsy medication, smoking, a baby born early or small, or sleeping on a sofa? (from national guidance: The Lullaby Trust, safer sleep advice)
      - Is the video or phone meeting planned: pre-meets, support to join, ground rules, and checking how the family feel?

      Marked not applicable (1):
      - Have you asked who uses the home to drink or take drugs (allowing it is a child protection matter, even if the parent does not use)?

      Still outstanding (5):
      - Does your report or record say how each parent’s history affects their care of the child today?
      - Does the plan say whether each man in the child’s life is a risk, a protective factor, or both?
      - Has each family member the plan relies on been assessed as suitable for their part in it?
      - Does the safety plan name the risks to the child clearly, as well as the strengths?
      - Has the family seen the reports for this conference before it starts? (from local procedures: Pan-Cumbria multi-agency safeguarding children procedures (the Cumbria manual))

      Questions not marked otherwise are based on the brief.
      "
    `);
    expect(text).not.toMatch(/[<>*#]/);
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
    expect(text).toContain('Confirmed (0):\n- none');
    expect(text).toContain('Still outstanding (6):');
  });
});
