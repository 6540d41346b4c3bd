import { describe, expect, it } from 'vitest';
import { ivyPack } from '../../content/ivy';
import { validatePack } from '../../content/schema';
import { emptyChecklist, setAnswer } from '../../core/checklist';
import { hasVirtualItems, MOMENT_IDS, momentItems, momentsOf, momentTitle } from '../../core/moments';
import { summaryText } from '../../core/summary';

const ids = (choice: Parameters<typeof momentItems>[1], virtual = false) =>
  momentItems(ivyPack, choice, virtual).map((item) => item.prompt.id);

describe('the Ivy pack’s pause points', () => {
  it('has a short list for each of the four case moments, 5 to 9 items each, every id a prompt', () => {
    expect(momentsOf(ivyPack)).toEqual(['conference', 'visit', 'change', 'disagreement']);
    const promptIds = new Set(ivyPack.themes.flatMap((t) => t.prompts.map((p) => p.id)));
    for (const moment of ivyPack.moments ?? []) {
      expect(moment.promptIds.length, moment.id).toBeGreaterThanOrEqual(5);
      expect(moment.promptIds.length, moment.id).toBeLessThanOrEqual(9);
      for (const id of [...moment.promptIds, ...(moment.virtualPromptIds ?? [])]) expect(promptIds).toContain(id);
    }
  });

  it('asks before a conference about fathers, wider family, substances, safer sleep and the safety plan', () => {
    expect(ids('conference')).toEqual([
      'fathers-invited',
      'fathers-risk-or-protective',
      'family-suitable',
      'substances-explored',
      'sleep-bespoke',
      'strengths-risk-named',
      'strengths-all-information',
      'optimism-evidence-of-change',
    ]);
  });

  it('adds the virtual-meeting items only when the meeting is by video or telephone', () => {
    expect(hasVirtualItems(ivyPack, 'conference')).toBe(true);
    expect(hasVirtualItems(ivyPack, 'visit')).toBe(false);
    const virtual = momentItems(ivyPack, 'conference', true);
    expect(virtual.slice(8).map((i) => [i.prompt.id, i.virtual])).toEqual([
      ['virtual-planned', true],
      ['virtual-support-to-attend', true],
      ['virtual-reports-in-advance', true],
      ['virtual-ground-rules', true],
      ['virtual-empathic-connection', true],
    ]);
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
});

describe('the summary for the case record', () => {
  const at = (n: number) => Date.UTC(2026, 10, 26, 9, 0, n);
  let checklist = emptyChecklist('CS-2026-0412', 'cscp-ivy', '1.0.0');
  checklist = setAnswer(checklist, 'fathers-invited', 'done', at(1));
  checklist = setAnswer(checklist, 'sleep-bespoke', 'done', at(2));
  checklist = setAnswer(checklist, 'substances-explored', 'na', at(3));
  checklist = setAnswer(checklist, 'virtual-ground-rules', 'done', at(4));

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
      Learning: CSCP Learning Briefing – Ivy, Local Child Safeguarding Practice Review, Cumbria Safeguarding Children Partnership (CSCP) (pack cscp-ivy 1.0.0)
      Date: 26 November 2026 at 10:32
      Case reference: CS-2026-0412
      Moment: Before a conference or core group (held by video or telephone)

      Confirmed (3):
      - Has the father been invited to this meeting, and sent the key information in writing?
      - Is the advice tailored to this family’s own risks, such as alcohol, drugs, smoking or a disrupted routine?
      - Were clear ground rules agreed at the start of the meeting?

      Marked not applicable (1):
      - Have you explored alcohol and drug use in depth with the family, beyond a single question?

      Still outstanding (9):
      - Have you considered whether each man in the child’s life is a risk, a protective factor, or both?
      - Has each of them been assessed as suitable for the part the plan gives them?
      - Does the safety plan name the risks to the child clearly, as well as the strengths?
      - Has all the information from every agency been considered before the safety plan is agreed?
      - Is the progress you are recording backed by real change for the child, not only good engagement?
      - If the meeting is by video or phone, has it been planned, with pre-meets?
      - Has the family been offered support to join and to be ready for the meeting?
      - Has the family seen the key reports before the meeting?
      - Did you keep checking how the child and family were feeling: their strengths, stress, worries and experiences?
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
    expect(text).toContain('Still outstanding (7):');
  });
});
