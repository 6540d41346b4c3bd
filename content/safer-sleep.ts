/**
 * The safer sleep card: the key messages, safer bed-sharing, the times when sleeping with a
 * baby is most dangerous, and questions that make the advice fit one family. Written for the
 * pack in plain English. Each group lists its facts by source, so each source is named once
 * per group; the date says when the card was last checked against those sources.
 *
 * The brief asks every professional to give robust, bespoke safer sleep advice but does not
 * give the advice itself: the facts come from the Lullaby Trust, NICE and the national panel's
 * "Out of routine" review, and only the brief's own asks are put to the brief.
 */

import type { SourceKind } from '../core/pack/schema';
import { NICE_POSTNATAL as NICE, OUT_OF_ROUTINE } from './national-sources';

export interface CardSource {
  kind: SourceKind;
  /** Publisher and publication, or the brief's sections (separated by " | "). */
  title: string;
  /** Resource id of the source, to link to it. */
  resourceId: string;
}

/** Facts of one group that come from one source. */
export interface CardPart {
  source: CardSource;
  facts: string[];
}

export interface CardGroup {
  heading: string;
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

const LULLABY: CardSource = {
  kind: 'national',
  title: 'The Lullaby Trust, safer sleep advice and co-sleeping advice',
  resourceId: 'lullaby-safer-sleep-advice',
};
const IVY: CardSource = {
  kind: 'brief',
  title: 'Safer sleeping advice | What to do next',
  resourceId: 'cumbria-safer-sleep',
};

export const saferSleepCard: SaferSleepCard = {
  title: 'Safer sleep card',
  brief: 'the Cumbria “Ivy” learning brief',
  checked: '27 Nov 2026',
  checkedNote:
    'Checked against stored copies of the Lullaby Trust and NICE pages, without a live connection. Open the Lullaby Trust’s page for its latest wording before relying on the card.',
  groups: [
    {
      heading: 'Key messages for every family',
      parts: [
        {
          source: LULLABY,
          facts: [
            'Lie the baby on their back for every sleep, day and night.',
            'Give the baby their own clear, flat, firm sleep space, such as a cot or Moses basket, with nothing else in it.',
            'Keep the baby in the same room as you for every sleep, day and night, for the first six months.',
            'Keep the baby smoke-free, in pregnancy and after birth.',
            'Breastfeeding lowers the risk of sudden infant death.',
            'Do not let the baby get too hot, and keep their face and head uncovered.',
          ],
        },
      ],
    },
    {
      heading: 'If the family shares a bed',
      intro:
        'Many parents share a bed with their baby, planned or not. Talk about how to do it more safely at every postnatal contact, not only about the risks:',
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
      heading: 'Most dangerous',
      intro: 'Never sleep with a baby:',
      parts: [
        {
          source: LULLABY,
          facts: [
            'when anyone in the bed has taken medication or drugs that make them drowsy;',
            'when the baby was born early (before 37 weeks) or small (2.5 kg, 5½ lb, or less);',
            'on a sofa or in an armchair, at any time: this can make sudden infant death up to 50 times more likely;',
            'when anyone in the bed has drunk alcohol;',
            'when anyone in the bed smokes, even if they never smoke in the bedroom.',
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
        {
          source: IVY,
          facts: [
            'Have you given the advice yourself, rather than assuming another professional has?',
            'Do the other professionals working with the family give the same advice, and has the family understood it?',
          ],
        },
      ],
    },
  ],
};

/** Every fact on the card, for search. */
export function cardFacts(card: SaferSleepCard): string[] {
  return card.groups.flatMap((group) => group.parts.flatMap((part) => part.facts));
}
