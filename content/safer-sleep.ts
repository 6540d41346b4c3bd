/**
 * The safer sleep card. The "never sleep with a baby when…" list comes first; then what to do when unsafe sleep is seen, how to talk so a family can be honest about
 * unplanned co-sleeping, the key messages for everyone who looks after the baby, sharing a bed
 * more safely, medicines that cause drowsiness, car seats, slings, pods and nests, and questions
 * that make the advice fit one family. Written for the pack in plain English, in our own words.
 * Each group lists its facts by source, so each source is named once per group, with the date
 * each source was checked.
 *
 * The card itself is national advice only: the Lullaby Trust, NICE, PAGB and the national
 * panel's "Out of routine" review. What one review's brief asks about sleep (the Ivy brief asks
 * every professional to give the advice themselves and consistently) is kept per pack below and
 * added only on that pack's cases, put to that brief.
 */

import type { Pack, SourceKind } from '../core/pack/schema';
import { NICE_POSTNATAL, OUT_OF_ROUTINE as ROUTINE } from './national-sources';

interface CardSource {
  kind: SourceKind;
  /** Publisher and publication, or the brief's sections (separated by " | "). */
  title: string;
  /** Resource id of the source, to link to it. */
  resourceId?: string;
  /**
   * When the card's facts from this source were last checked against it. A partnership pack's
   * own findings have none: they are its author's, and the pack's version dates them.
   */
  checked?: string;
}

/** Facts of one group that come from one source. */
interface CardPart {
  source: CardSource;
  facts: string[];
}

interface CardGroup {
  heading: string;
  /** Open when the card is first shown (the first group always is). */
  open?: boolean;
  intro?: string;
  parts: CardPart[];
}

export interface SaferSleepCard {
  title: string;
  /** The brief the card's own asks come from, by name: the card shows whatever the case's pack. */
  brief: string;
  checked: string;
  checkedNote: string;
  groups: CardGroup[];
}

const CHECKED = '5 Dec 2026';

// Checked against published copies of the Lullaby Trust's safer sleep basics (as quoted by NHS
// and Healthwatch pages in 2025), its co-sleeping and product advice.
const LULLABY: CardSource = {
  kind: 'national',
  title: 'The Lullaby Trust, safer sleep advice and co-sleeping advice',
  resourceId: 'lullaby-safer-sleep-advice',
  checked: CHECKED,
};
// NG194 (2021): safer bed-sharing, and when parents are strongly advised not to; QS37
// statement 5: advice about safer bed-sharing at each routine postnatal contact.
const NICE: CardSource = { ...NICE_POSTNATAL, checked: CHECKED };
const OUT_OF_ROUTINE: CardSource = { ...ROUTINE, checked: CHECKED };
// The medicines trade body's factsheet on medicines bought over the counter that can cause
// drowsiness: the warning on the label, and asking the pharmacist.
const PAGB: CardSource = {
  kind: 'national',
  title: 'PAGB (the consumer healthcare association), Over-the-counter medicines and drowsiness',
  resourceId: 'pagb-drowsiness',
  checked: CHECKED,
};
const IVY: CardSource = {
  kind: 'brief',
  title: 'Safer sleeping advice | What to do next',
  resourceId: 'cumbria-safer-sleep',
  checked: CHECKED,
};

/** The card every case shows: national advice, each fact put to its national source. */
const nationalSaferSleepCard: SaferSleepCard = {
  title: 'Safer sleep card',
  brief: '',
  checked: CHECKED,
  checkedNote:
    'Checked with a search of published copies of each source, without opening the live sites. Open the Lullaby Trust’s page for its latest wording before relying on the card.',
  groups: [
    {
      heading: 'Never sleep with a baby',
      intro: 'Never sleep with a baby, in a bed, on a sofa or in a chair:',
      parts: [
        {
          source: LULLABY,
          facts: [
            'when you, or anyone else in the bed, have drunk any alcohol;',
            'when you, or anyone else in the bed, have taken drugs, or medicine that causes drowsiness;',
            'on a sofa or in an armchair, at any time: this can make sudden infant death up to 50 times more likely;',
            'when the baby was born early (before 37 weeks) or small (2.5 kg, 5½ lb, or less);',
            'when anyone in the bed smokes, even if they never smoke in the bedroom.',
          ],
        },
        {
          source: OUT_OF_ROUTINE,
          facts: [
            'Most of the babies in the national panel’s review died while sleeping with an adult, in a bed or on a sofa or chair, often after the adult had used alcohol or drugs.',
          ],
        },
      ],
    },
    {
      heading: 'When you see unsafe sleep',
      parts: [
        {
          source: LULLABY,
          facts: [
            'If the baby has no clear, flat, firm space of their own, such as a cot or Moses basket, help the family get one before the next sleep.',
          ],
        },
        {
          source: OUT_OF_ROUTINE,
          facts: [
            'Plan with the family for the nights a carer may drink or use drugs: who will look after the baby, and where the baby will sleep.',
          ],
        },
      ],
    },
    {
      heading: 'Talking so families can be honest',
      parts: [
        {
          source: LULLABY,
          facts: [
            'Many parents fall asleep with their baby without meaning to. Ask what really happens at night, without blame.',
            'Parents who are only told “never” may not say what actually happens, and then miss the advice that keeps their baby safer.',
            'Help every family get ready for sleep they did not plan: a bed with pillows and duvets kept away from the baby, where the baby cannot fall out or get trapped between the mattress and the wall. Never leave a baby alone in an adult bed.',
            'If a parent may fall asleep while feeding or holding the baby on a sofa or chair, put the baby down in their own safe space first, or feed in a bed made ready for the baby.',
          ],
        },
        {
          source: NICE,
          facts: ['Talk about sharing a bed more safely at every routine postnatal contact, not once.'],
        },
      ],
    },
    {
      heading: 'Key messages for everyone who looks after the baby',
      intro:
        'Give the same advice to fathers and partners, grandparents, other relatives and babysitters, as well as to the mother. It applies wherever the baby sleeps.',
      parts: [
        {
          source: LULLABY,
          facts: [
            'Lie the baby on their back for every sleep, day and night.',
            'The safest place is the baby’s own clear, flat, firm sleep space, such as a cot or Moses basket.',
            'Use a firm, flat, waterproof mattress, with nothing else in the cot.',
            'Keep the baby in the same room as you for every sleep for at least the first six months.',
            'Keep the baby smoke-free, in pregnancy and after birth.',
            'Do not let the baby get too hot, and keep their face and head uncovered.',
            'Breastfeeding lowers the risk of sudden infant death.',
          ],
        },
      ],
    },
    {
      heading: 'If the family shares a bed',
      intro: 'Many parents share a bed with their baby, planned or not. Talk about how to make it safer:',
      parts: [
        {
          source: NICE,
          facts: [
            'a firm, flat mattress, with the baby on their back;',
            'no pillows or duvets near the baby;',
            'no other children or pets in the bed.',
          ],
        },
      ],
    },
    {
      heading: 'Medicines that cause drowsiness',
      parts: [
        {
          source: NICE,
          facts: [
            'If either parent has taken medicine that causes drowsiness, strongly advise them not to share a bed with the baby, whoever prescribed it: a GP, psychiatrist, nurse, pharmacist or drug service.',
          ],
        },
        {
          source: PAGB,
          facts: [
            'Some medicines bought in a shop or pharmacy, such as some for hay fever, coughs and travel sickness, can cause drowsiness too.',
            'A medicine that can cause drowsiness says so on its label and in the leaflet in the packet.',
            'If you are not sure, ask the pharmacist.',
            'The same medicine can make one person drowsy and not another, and alcohol makes it worse.',
          ],
        },
      ],
    },
    {
      heading: 'Car seats, slings, pods and nests',
      parts: [
        {
          source: LULLABY,
          facts: [
            'A car seat is for travelling, not for sleep. When you arrive, move a sleeping baby onto a firm, flat surface.',
            'On long journeys, stop and take the baby out of the seat at least every two hours.',
            'In a sling, keep the baby’s face in view and close enough to kiss, with their chin off their chest.',
            'Pods, nests and other soft or cushioned products are not safe places to sleep.',
          ],
        },
      ],
    },
    {
      heading: 'Advice that fits this family',
      intro: 'Ask:',
      parts: [
        {
          source: OUT_OF_ROUTINE,
          facts: [
            'Is the family’s routine about to change or already disrupted (a move, a stay with relatives, a celebration, illness)? Many of the babies in the review died when routines broke.',
            'Where will the baby sleep when the family stays somewhere else, and is there a safe space there?',
          ],
        },
        {
          source: LULLABY,
          facts: ['Does anyone who cares for the baby drink, use drugs or take medication that makes them drowsy?'],
        },
      ],
    },
  ],
};

/** What one review's own brief asks about safer sleep, placed in the card's groups by heading. */
interface PackSleepFindings {
  /** The brief, by name, as a source line reads it ("From the Cumbria “Ivy” learning brief …"). */
  brief: string;
  parts: { heading: string; at: 'first' | 'last'; part: CardPart }[];
}

/**
 * Each built-in pack's own safer sleep asks, by pack id: shown on the card only for cases that
 * use that pack, so one review's findings never appear on another review's case.
 */
const PACK_SLEEP_FINDINGS: Readonly<Record<string, PackSleepFindings>> = {
  'cscp-ivy': {
    brief: 'the Cumbria “Ivy” learning brief',
    parts: [
      {
        heading: 'When you see unsafe sleep',
        at: 'first',
        part: {
          source: IVY,
          facts: [
            'Give the safer sleep advice yourself, there and then. Do not assume someone else has.',
            'So that every professional gives the family the same message, tell the lead professional and the core group what you saw and the advice you gave, and write it in the child’s record.',
          ],
        },
      },
      {
        heading: 'Advice that fits this family',
        at: 'last',
        part: {
          source: IVY,
          facts: [
            'Have you given the advice yourself, rather than assuming another professional has?',
            'Do the other professionals working with the family give the same advice, and has the family understood it?',
          ],
        },
      },
    ],
  },
};

/**
 * A partnership pack's own findings about sleep (its `sleepFindings`, pack format 3), as a group
 * of their own right after "Never sleep with a baby", open, so a practitioner on that pack's case
 * sees them beside the national advice. Each finding is put to its section of that review.
 */
function packFindingsGroup(pack: SleepPack): CardGroup | null {
  const findings = pack.sleepFindings ?? [];
  if (findings.length === 0) return null;
  const parts: CardPart[] = [];
  for (const finding of findings) {
    const last = parts.at(-1);
    if (last && last.source.title === finding.sourceSection) last.facts.push(finding.text);
    else parts.push({ source: { kind: 'brief', title: finding.sourceSection }, facts: [finding.text] });
  }
  return { heading: `What the “${pack.review.name}” review found`, open: true, parts };
}

/** What the card needs of a case's pack. */
export type SleepPack = Pick<Pack, 'id' | 'sleepFindings'> & { review: Pick<Pack['review'], 'name' | 'sourceTitle'> };

/**
 * The card for a case using this pack: the national advice, with the pack's own findings if it
 * has any (a built-in pack's, kept here; a partnership pack's, from its `sleepFindings`).
 */
export function saferSleepCardFor(pack: SleepPack): SaferSleepCard {
  const packId = pack.id;
  const own = Object.hasOwn(PACK_SLEEP_FINDINGS, packId) ? PACK_SLEEP_FINDINGS[packId] : undefined;
  if (!own) {
    const group = packFindingsGroup(pack);
    if (!group) return nationalSaferSleepCard;
    const [never, ...rest] = nationalSaferSleepCard.groups;
    return {
      ...nationalSaferSleepCard,
      brief: `the review “${pack.review.sourceTitle}”`,
      groups: never ? [never, group, ...rest] : [group],
    };
  }
  return {
    ...nationalSaferSleepCard,
    brief: own.brief,
    groups: nationalSaferSleepCard.groups.map((group) => {
      const first = own.parts.filter((p) => p.heading === group.heading && p.at === 'first').map((p) => p.part);
      const last = own.parts.filter((p) => p.heading === group.heading && p.at === 'last').map((p) => p.part);
      return first.length + last.length === 0 ? group : { ...group, parts: [...first, ...group.parts, ...last] };
    }),
  };
}

/** The card on an Ivy case (the built-in pack's), as the tests of Ivy's card read it. */
export const saferSleepCard: SaferSleepCard = saferSleepCardFor({
  id: 'cscp-ivy',
  review: { name: 'Ivy', sourceTitle: 'Ivy' },
});

/** Every fact on the card, for search. */
export function cardFacts(card: SaferSleepCard): string[] {
  return card.groups.flatMap((group) => group.parts.flatMap((part) => part.facts));
}
