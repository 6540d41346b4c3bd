/**
 * The Ivy learning pack: Cumbria Safeguarding Children Partnership's learning brief from the
 * Local Child Safeguarding Practice Review about "Ivy", as prompts a practitioner can confirm.
 *
 * Every line a practitioner reads is written for the pack in plain English and traces to the
 * section of the brief named in `sourceSection`; where the advice itself is not the brief's
 * (the brief asks for safer sleep advice but does not give it), `source` names the national
 * guidance or local procedures it comes from. Prompt ids are stable: a prompt that is
 * reworded keeps its id; a prompt that is removed never has its id reused, because stored
 * answers refer to it.
 *
 * This file holds what the checklist needs; the pack's reference material (the review's
 * details, actions, resources, reflective questions) is in ivy-reference.ts and loads when a
 * view needs it, and the cue lists are in ivy-cues.ts. ivy.ts puts the whole pack together.
 */

import type { PackChecklist, Source } from '../core/pack/schema';
import { NICE_POSTNATAL as NICE, OUT_OF_ROUTINE } from './national-sources';

const S = {
  history: "Awareness of a parent's history",
  fathers: 'Considering and involving fathers',
  family: 'Assessing wider family members who play a key role in supporting or safeguarding a child',
  change: 'Sharing concerns about the impact on a child of changes of circumstances',
  substances: 'The impact of alcohol and substance misuse on children and unborn babies',
  sleep: 'Safer sleeping advice',
  virtual: 'Using virtual technology for key meetings',
  strengths: 'Strengths based models of assessment and planning',
  optimism: 'Avoiding over-optimism and losing focus on the child',
  procedures:
    'Knowledge of multi-agency safeguarding procedures and professional confidence in challenging when they are not followed',
  next: 'What to do next',
  questions: 'Reflective questions',
} as const;

// Named guidance beyond the brief, each with the resource a practitioner can read it in.
const LULLABY: Source = {
  kind: 'national',
  title: 'The Lullaby Trust, safer sleep advice',
  resourceId: 'lullaby-safer-sleep-advice',
};
// Multi-agency procedures set out conference reports and escalation in detail; the brief
// names the manual without these steps.
const LOCAL_PROCEDURES: Source = {
  kind: 'local',
  title: 'Pan-Cumbria multi-agency safeguarding children procedures (the Cumbria manual)',
  resourceId: 'cumbria-procedures-manual',
};

export const ivyChecklist: PackChecklist = {
  schemaVersion: 1,
  id: 'cscp-ivy',
  version: '1.1.0',
  title: 'Ivy',
  review: { sourceTitle: 'CSCP Learning Briefing – Ivy' },
  themes: [
    {
      id: 'parent-history',
      title: 'A parent’s own history',
      short: 'Parent’s history',
      sourceSection: S.history,
      prompts: [
        {
          id: 'history-read',
          text: 'Have you read what is known about each parent’s history, including their own childhood?',
          sourceSection: S.history,
          moments: ['conference', 'supervision'],
        },
        {
          id: 'history-applied',
          text: 'Does your report or record say how each parent’s history affects their care of the child today?',
          sourceSection: S.history,
          moments: ['conference', 'visit', 'supervision'],
        },
        {
          id: 'history-cumulative-harm',
          text: 'Does the assessment weigh cumulative harm, not only the latest event?',
          sourceSection: S.history,
          moments: ['conference', 'change', 'supervision'],
        },
        {
          id: 'history-mental-health',
          text: 'Does your report say how each parent’s mental health, past and present, affects the child today?',
          sourceSection: S.history,
          moments: ['conference', 'visit'],
        },
        {
          id: 'history-current-vulnerabilities',
          text: 'Have you checked for recent changes that make a parent more vulnerable now?',
          sourceSection: S.history,
          moments: ['visit', 'change'],
        },
      ],
    },
    {
      id: 'fathers',
      title: 'Considering and involving fathers',
      short: 'Fathers',
      sourceSection: S.fathers,
      prompts: [
        {
          id: 'fathers-identified',
          text: 'Do you know who the child’s father is, and are his details recorded?',
          sourceSection: S.fathers,
          moments: ['conference', 'visit'],
        },
        {
          id: 'fathers-seen',
          text: 'Have you seen and spoken with the father or male carer yourself?',
          sourceSection: S.fathers,
          moments: ['visit'],
        },
        {
          id: 'fathers-invited',
          text: 'Has the father been invited to this meeting, and been sent the key information in writing?',
          sourceSection: S.fathers,
          moments: ['conference'],
        },
        {
          id: 'fathers-risk-or-protective',
          text: 'Does the plan say whether each man in the child’s life is a risk, a protective factor, or both?',
          sourceSection: S.fathers,
          moments: ['conference', 'visit', 'change', 'supervision'],
        },
        {
          id: 'fathers-other-men',
          text: 'Have you asked which other adults, men included, live in or often visit the home?',
          sourceSection: S.fathers,
          moments: ['visit', 'change'],
        },
        {
          id: 'fathers-challenge-others',
          text: 'If another agency has not engaged with the father, have you asked them why?',
          sourceSection: S.fathers,
          moments: ['conference', 'disagreement'],
        },
      ],
    },
    {
      id: 'wider-family',
      title: 'Checking wider family members who support or protect the child',
      short: 'Wider family',
      sourceSection: S.family,
      prompts: [
        {
          id: 'family-named',
          text: 'Do you know which wider family members care for or supervise the child?',
          sourceSection: S.family,
          moments: ['conference', 'visit'],
        },
        {
          id: 'family-checked',
          text: 'Have checks been made on each family member the plan relies on?',
          sourceSection: S.family,
          moments: ['conference', 'change'],
        },
        {
          id: 'family-suitable',
          text: 'Has each family member the plan relies on been assessed as suitable for their part in it?',
          sourceSection: S.family,
          moments: ['conference', 'change'],
        },
        {
          id: 'family-history',
          text: 'Have you checked for known risks in the histories of family members who care for the child?',
          sourceSection: S.family,
          moments: ['conference'],
        },
        {
          id: 'family-views',
          text: 'Have you spoken to, and listened to, family and friends who know the child well?',
          sourceSection: S.questions,
          moments: ['visit', 'supervision'],
        },
        {
          id: 'family-reassessed',
          text: 'Has the assessment of family carers been updated since the family’s situation last changed?',
          sourceSection: S.family,
          moments: ['change', 'supervision'],
        },
      ],
    },
    {
      id: 'change-of-circumstances',
      title: 'The impact on the child of a change of circumstances',
      short: 'Change',
      sourceSection: S.change,
      prompts: [
        {
          id: 'change-child-first',
          text: 'Does your record of the change say first what it means for the child?',
          sourceSection: S.change,
          moments: ['change'],
        },
        {
          id: 'change-shared',
          text: 'Have you told the other professionals involved about the change and its impact on the child?',
          sourceSection: S.change,
          moments: ['change'],
        },
        {
          id: 'change-clear-challenge',
          text: 'While supporting the parent, have you been clear with them about any risk the change brings for the child?',
          sourceSection: S.change,
          moments: ['change', 'visit'],
        },
        {
          id: 'change-daily-life',
          text: 'Do you know what the child’s day and night are like now?',
          sourceSection: S.change,
          moments: ['visit', 'change'],
        },
        {
          id: 'change-new-people',
          text: 'Have you looked into the history of anyone new in the child’s life?',
          sourceSection: S.change,
          moments: ['change'],
        },
      ],
    },
    {
      id: 'substances',
      title: 'Alcohol and drug use: the impact on children and unborn babies',
      short: 'Alcohol and drugs',
      sourceSection: S.substances,
      prompts: [
        {
          id: 'substances-who-in-home',
          text: 'Have you asked who uses the home to drink or take drugs (allowing it is a child protection matter, even if the parent does not use)?',
          sourceSection: S.substances,
          moments: ['visit', 'conference'],
        },
        {
          id: 'substances-explored',
          text: 'Have you explored alcohol and drug use in depth with the family, beyond a single question?',
          sourceSection: S.substances,
          moments: ['visit', 'conference'],
        },
        {
          id: 'substances-ability-to-protect',
          text: 'Does your assessment say how any alcohol or drug use affects the carers’ ability to keep the child safe?',
          sourceSection: S.substances,
          moments: ['conference', 'change'],
        },
        {
          id: 'substances-prescribers',
          text: 'If a parent or expectant mother takes prescribed medication, have you asked their permission to speak to the prescribers, such as the GP or psychiatrist?',
          sourceSection: S.substances,
          moments: ['visit', 'conference'],
        },
        {
          id: 'substances-mitigation',
          text: 'Have you agreed with the family how any risks from alcohol or drug use will be reduced?',
          sourceSection: S.substances,
          moments: ['conference', 'visit'],
        },
      ],
    },
    {
      id: 'safer-sleep',
      title: 'Safer sleep advice',
      short: 'Safer sleep',
      sourceSection: S.sleep,
      prompts: [
        {
          id: 'sleep-advice-given',
          text: 'Have you given safer sleep advice yourself, rather than assuming another professional has?',
          sourceSection: S.next,
          moments: ['visit', 'change'],
          resourceIds: ['lullaby-safer-sleep-advice'],
        },
        {
          id: 'sleep-seen',
          text: 'Have you seen where and how the baby sleeps, day and night?',
          sourceSection: S.sleep,
          moments: ['visit'],
        },
        {
          id: 'sleep-bespoke',
          text: 'Does the safer sleep advice fit this family’s risks, such as alcohol, drugs, drowsy medication, smoking, a baby born early or small, or sleeping on a sofa?',
          sourceSection: S.sleep,
          source: LULLABY,
          moments: ['visit', 'conference', 'change'],
          resourceIds: ['lullaby-safer-sleep-advice'],
        },
        {
          id: 'sleep-understood',
          text: 'Have you checked that the family understood the advice, for example by asking them to tell it back?',
          sourceSection: S.next,
          moments: ['visit'],
        },
        {
          id: 'sleep-multi-agency',
          text: 'Do the other professionals working with the family know what safer sleep advice was given, so the family hears one message?',
          sourceSection: S.sleep,
          moments: ['conference', 'change'],
        },
        {
          id: 'sleep-away-from-home',
          text: 'If the baby will sleep somewhere else, such as with relatives, has the safer sleep plan covered it?',
          sourceSection: S.sleep,
          source: OUT_OF_ROUTINE,
          moments: ['change', 'visit'],
          resourceIds: ['csprp-out-of-routine'],
        },
        {
          id: 'sleep-bed-sharing',
          text: 'Have you talked with the parents about how to share a bed more safely, in case they do?',
          sourceSection: S.sleep,
          source: NICE,
          moments: ['visit'],
          resourceIds: ['nice-ng194-postnatal-care'],
        },
      ],
    },
    {
      id: 'virtual-meetings',
      title: 'Key meetings held by video or telephone',
      short: 'Video meetings',
      sourceSection: S.virtual,
      prompts: [
        {
          id: 'virtual-planned',
          text: 'Is the video or phone meeting planned: pre-meets, support to join, ground rules, and checking how the family feel?',
          sourceSection: S.virtual,
          moments: ['conference'],
        },
        {
          id: 'virtual-support-to-attend',
          text: 'Has the family been offered support to join and to be ready for the meeting?',
          sourceSection: S.virtual,
          moments: ['conference'],
        },
        {
          id: 'virtual-reports-in-advance',
          text: 'Has the family seen the key reports before the meeting?',
          sourceSection: S.virtual,
          moments: ['conference'],
        },
        {
          id: 'virtual-ground-rules',
          text: 'Is it planned how the chair will agree ground rules at the start and keep checking how the child and family are feeling?',
          sourceSection: S.virtual,
          moments: ['conference'],
        },
        {
          id: 'virtual-empathic-connection',
          text: 'Does the plan for the meeting say how the family’s feelings, strengths, stress and worries will be heard on screen or phone?',
          sourceSection: S.virtual,
          moments: ['conference'],
        },
      ],
    },
    {
      id: 'strengths-and-risk',
      title: 'Strengths-based working with a clear focus on risk',
      short: 'Strengths and risk',
      sourceSection: S.strengths,
      prompts: [
        {
          id: 'strengths-risk-named',
          text: 'Does the safety plan name the risks to the child clearly, as well as the strengths?',
          sourceSection: S.strengths,
          moments: ['conference'],
          resourceIds: ['cumbria-signs-of-safety'],
        },
        {
          id: 'strengths-all-information',
          text: 'Has all the information from every agency been considered before the safety plan is agreed?',
          sourceSection: S.strengths,
          moments: ['conference'],
        },
        {
          id: 'strengths-evidenced',
          text: 'Is each strength in the plan backed by something that has been seen, not only what was said?',
          sourceSection: S.strengths,
          moments: ['conference', 'visit'],
        },
        {
          id: 'strengths-danger-if-not-working',
          text: 'Does the plan say what will happen if the worries it names are not reduced?',
          sourceSection: S.strengths,
          moments: ['conference'],
        },
      ],
    },
    {
      id: 'over-optimism',
      title: 'Avoiding over-optimism and keeping the child in focus',
      short: 'Over-optimism',
      sourceSection: S.optimism,
      prompts: [
        {
          id: 'optimism-evidence-of-change',
          text: 'Is the progress you are recording backed by real change for the child, not only good engagement?',
          sourceSection: S.optimism,
          moments: ['visit', 'conference', 'supervision'],
        },
        {
          id: 'optimism-worries-kept',
          text: 'Have you looked again at every worry, without filtering it out or playing it down?',
          sourceSection: S.optimism,
          moments: ['visit', 'conference'],
        },
        {
          id: 'optimism-one-more-try',
          text: 'If you are giving the family “one more try”, do you know why this time will be different?',
          sourceSection: S.optimism,
          moments: ['conference', 'supervision'],
        },
        {
          id: 'optimism-what-is-not-working',
          text: 'Does your record say what is not working and the risks from it, as well as the strengths?',
          sourceSection: S.optimism,
          moments: ['visit', 'conference', 'supervision'],
        },
        {
          id: 'optimism-curious',
          text: 'Have you checked what you were told against what you saw and what others know (professional curiosity)?',
          sourceSection: S.optimism,
          moments: ['visit', 'change'],
          resourceIds: ['cumbria-professional-curiosity'],
        },
        {
          id: 'optimism-challenged',
          text: 'Has a colleague or supervisor challenged your view of how this family is doing?',
          sourceSection: S.optimism,
          moments: ['supervision'],
        },
      ],
    },
    {
      id: 'procedures-and-challenge',
      title: 'Knowing the procedures, and challenging when they are not followed',
      short: 'Procedures',
      sourceSection: S.procedures,
      prompts: [
        {
          id: 'procedures-checked',
          text: 'Have you checked what the procedures expect now, such as a strategy meeting, how often to meet, reports, minutes and a plan?',
          sourceSection: S.procedures,
          moments: ['conference', 'change', 'disagreement'],
          resourceIds: ['cumbria-procedures-manual'],
        },
        {
          id: 'procedures-reports-shared',
          text: 'Has the family seen the reports for this conference before it starts?',
          sourceSection: S.procedures,
          source: LOCAL_PROCEDURES,
          moments: ['conference'],
          resourceIds: ['cumbria-procedures-manual'],
        },
        {
          id: 'procedures-challenge',
          text: 'Where expectations have not been met, have you challenged the colleague or agency?',
          sourceSection: S.procedures,
          moments: ['disagreement', 'supervision'],
        },
        {
          id: 'procedures-child-paramount',
          text: 'Is the child’s safety still the first concern, with no delay to the child’s services while you disagree?',
          sourceSection: S.procedures,
          moments: ['disagreement'],
        },
        {
          id: 'procedures-resolve-quickly',
          text: 'Have you tried first to resolve it with the worker concerned, simply, quickly and in proportion?',
          sourceSection: S.procedures,
          moments: ['disagreement'],
        },
        {
          id: 'procedures-escalation-route',
          text: 'Do you know the next step of the escalation route, and when you will take it if this is not resolved?',
          sourceSection: S.procedures,
          source: LOCAL_PROCEDURES,
          moments: ['disagreement'],
          resourceIds: ['cumbria-procedures-manual'],
        },
        {
          id: 'procedures-recorded',
          text: 'Have you recorded the disagreement, and will you record its outcome?',
          sourceSection: S.procedures,
          source: LOCAL_PROCEDURES,
          moments: ['disagreement'],
          resourceIds: ['cumbria-procedures-manual'],
        },
      ],
    },
  ],
  // The pause points' short lists: the killer items for each moment, in the order asked.
  moments: [
    {
      id: 'conference',
      promptIds: [
        'history-applied',
        'fathers-invited',
        'fathers-risk-or-protective',
        'family-suitable',
        'substances-who-in-home',
        'sleep-bespoke',
        'strengths-risk-named',
        'procedures-reports-shared',
      ],
      // By video or telephone the planning question joins the list, keeping it to nine.
      virtualPromptIds: ['virtual-planned'],
    },
    {
      id: 'visit',
      promptIds: [
        'fathers-other-men',
        'fathers-seen',
        'substances-who-in-home',
        'substances-prescribers',
        'sleep-seen',
        'sleep-advice-given',
        'sleep-understood',
        'change-daily-life',
        'optimism-evidence-of-change',
      ],
    },
    {
      id: 'change',
      promptIds: [
        'change-child-first',
        'change-clear-challenge',
        'change-shared',
        'change-new-people',
        'history-cumulative-harm',
        'family-reassessed',
        'sleep-away-from-home',
        'sleep-multi-agency',
        'procedures-checked',
      ],
    },
    {
      id: 'disagreement',
      promptIds: [
        'procedures-child-paramount',
        'procedures-resolve-quickly',
        'procedures-escalation-route',
        'procedures-recorded',
        'procedures-checked',
        'procedures-challenge',
      ],
    },
    {
      id: 'supervision',
      promptIds: [
        'history-applied',
        'history-cumulative-harm',
        'optimism-what-is-not-working',
        'optimism-challenged',
        'optimism-one-more-try',
        'fathers-risk-or-protective',
        'family-reassessed',
        'family-views',
      ],
    },
  ],
};
