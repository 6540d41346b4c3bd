/**
 * The safer sleep card: the key messages, the situations in which sharing a bed or sofa with
 * a baby is most dangerous, and questions that make the advice fit one family. Written for
 * the pack in plain English. Each fact names its source; the date says when the card was
 * last checked against those sources.
 */

export interface CardFact {
  text: string;
  /** Publisher and publication the fact comes from. */
  source: string;
  /** Resource id of the source, to link to it. */
  resourceId: string;
}

export interface SaferSleepCard {
  title: string;
  checked: string;
  checkedNote: string;
  keyMessages: CardFact[];
  mostDangerous: { intro: string; facts: CardFact[] };
  bespoke: { intro: string; facts: CardFact[] };
}

const LULLABY = 'The Lullaby Trust, Safer sleep advice';
const OUT_OF_ROUTINE = 'Child Safeguarding Practice Review Panel, Out of routine (2020)';
const IVY = 'CSCP Learning Briefing – Ivy';

export const saferSleepCard: SaferSleepCard = {
  title: 'Safer sleep card',
  checked: '26 November 2026',
  checkedNote:
    'Checked against copies of the sources held here, without a live connection. Open the Lullaby Trust’s page for its latest wording before relying on the card.',
  keyMessages: [
    {
      text: 'Lie the baby on their back for every sleep, day and night.',
      source: LULLABY,
      resourceId: 'lullaby-safer-sleep-advice',
    },
    {
      text: 'Give the baby their own clear, flat, firm sleep space, such as a cot or Moses basket, with a firm, flat, waterproof mattress and nothing else in it.',
      source: LULLABY,
      resourceId: 'lullaby-safer-sleep-advice',
    },
    {
      text: 'Keep the baby in the same room as you for every sleep for at least the first six months.',
      source: LULLABY,
      resourceId: 'lullaby-safer-sleep-advice',
    },
    {
      text: 'Keep the baby smoke-free, in pregnancy and after birth.',
      source: LULLABY,
      resourceId: 'lullaby-safer-sleep-advice',
    },
    {
      text: 'Do not let the baby get too hot, and keep their face and head uncovered.',
      source: LULLABY,
      resourceId: 'lullaby-safer-sleep-advice',
    },
  ],
  mostDangerous: {
    intro: 'Sharing a bed with a baby is most dangerous when:',
    facts: [
      { text: 'anyone in the bed smokes;', source: LULLABY, resourceId: 'lullaby-safer-sleep-advice' },
      { text: 'anyone in the bed has drunk alcohol;', source: LULLABY, resourceId: 'lullaby-safer-sleep-advice' },
      {
        text: 'anyone in the bed has taken drugs, or medication that makes them drowsy;',
        source: LULLABY,
        resourceId: 'lullaby-safer-sleep-advice',
      },
      {
        text: 'the baby was born early (premature) or small (low birth weight).',
        source: LULLABY,
        resourceId: 'lullaby-safer-sleep-advice',
      },
      {
        text: 'Never sleep with a baby on a sofa or in an armchair.',
        source: LULLABY,
        resourceId: 'lullaby-safer-sleep-advice',
      },
    ],
  },
  bespoke: {
    intro: 'Make the advice fit this family. Ask:',
    facts: [
      {
        text: 'Is the family’s routine about to change or already disrupted (a move, a stay with relatives, a celebration, illness)? Many sudden infant deaths happen when routines break.',
        source: OUT_OF_ROUTINE,
        resourceId: 'csprp-out-of-routine',
      },
      {
        text: 'Where will the baby sleep when the family stays somewhere else, and is there a safe space there?',
        source: OUT_OF_ROUTINE,
        resourceId: 'csprp-out-of-routine',
      },
      {
        text: 'Does anyone who cares for the baby drink, use drugs or take medication that makes them drowsy?',
        source: IVY,
        resourceId: 'cumbria-safer-sleep',
      },
      {
        text: 'Who else cares for the baby overnight, and have they heard the same advice?',
        source: IVY,
        resourceId: 'cumbria-safer-sleep',
      },
      {
        text: 'Have you given the advice yourself, rather than assuming another professional has?',
        source: IVY,
        resourceId: 'cumbria-safer-sleep',
      },
    ],
  },
};
