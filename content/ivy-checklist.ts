/**
 * The Ivy learning pack: Cumbria Safeguarding Children Partnership's learning brief from the
 * Local Child Safeguarding Practice Review about "Ivy", as prompts a practitioner can confirm.
 *
 * Every line a practitioner reads is written for the pack in plain English and traces to the
 * section of the brief named in `sourceSection`; where the advice itself is not the brief's
 * (the brief asks for safer sleep advice but does not give it), `source` names the national
 * guidance or local procedures it comes from. Prompt ids are stable: a prompt that is
 * reworded keeps its id; a prompt that is removed never has its id reused, because stored
 * answers refer to it: RETIRED_PROMPT_IDS lists them, and a test checks none comes back.
 *
 * Every prompt has a short checklist line (`short`, at most 8 words) for the moment lists; the
 * full question stays the prompt's `text`, which the summary and "why this matters" use. The
 * father and male-carer questions carry `fatherOrMaleCarer`, so that marking one not applicable
 * asks for the reason to go in the case note.
 *
 * This file holds what the checklist needs; the pack's reference material (the review's
 * details, actions, resources, reflective questions) is in ivy-reference.ts and loads when a
 * view needs it, and the cue lists are in ivy-cues.ts. ivy.ts puts the whole pack together.
 */

import type { PackChecklist, Source } from '../core/pack/schema';
import { INVISIBLE_MEN, NICE_POSTNATAL as NICE, OUT_OF_ROUTINE } from './national-sources';

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

/**
 * Ids of prompts taken out of the pack. Stored answers may still name them, so they are never
 * given to a new prompt. Add to the end; never remove.
 */
export const RETIRED_PROMPT_IDS: readonly string[] = [
  // Merged into procedures-checked (version 1.0.0).
  'procedures-meetings-frequency',
  'procedures-reports-records-plan',
  // Version 1.2.0: challenging a colleague is the first step of resolving a disagreement
  // (procedures-resolve-quickly), which made room for the safeguarding lead's advice.
  'procedures-challenge',
];

// Version 1.3.0 rewords questions a practitioner could not answer by something they can check
// (night-time sleep seen on a daytime visit; reports seen "before it starts"), makes short lines
// that read as a fact about the family into a check by the practitioner, and puts the
// immediate-risk step of a disagreement to the procedures, where it comes from.

export const ivyChecklist: PackChecklist = {
  schemaVersion: 1,
  id: 'cscp-ivy',
  version: '1.3.0',
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
          short: 'Each parent’s history read, childhood included?',
          sourceSection: S.history,
          moments: ['conference', 'supervision'],
        },
        {
          id: 'history-applied',
          text: 'Does your report or record say how each parent’s history affects their care of the child today?',
          short: 'Parent’s history linked to the child today?',
          sourceSection: S.history,
          moments: ['conference', 'visit', 'supervision'],
        },
        {
          id: 'history-cumulative-harm',
          text: 'Does the assessment weigh cumulative harm, not only the latest event?',
          short: 'Cumulative harm weighed, not just latest event?',
          sourceSection: S.history,
          moments: ['conference', 'change', 'supervision'],
        },
        {
          id: 'history-mental-health',
          text: 'Does your report say how each parent’s mental health, past and present, affects the child today?',
          short: 'Parent’s mental health linked to the child?',
          sourceSection: S.history,
          moments: ['conference', 'visit'],
        },
        {
          id: 'history-current-vulnerabilities',
          text: 'Have you checked for recent changes that make a parent more vulnerable now?',
          short: 'Recent changes that make a parent vulnerable?',
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
          text: 'Are the name and contact details of the child’s father in the record?',
          short: 'Father’s name and details recorded?',
          sourceSection: S.fathers,
          moments: ['conference', 'visit'],
          fatherOrMaleCarer: true,
        },
        {
          id: 'fathers-seen',
          text: 'Have you seen and spoken with the father or male carer yourself?',
          short: 'Father or male carer seen yourself?',
          sourceSection: S.fathers,
          moments: ['visit'],
          fatherOrMaleCarer: true,
        },
        {
          id: 'fathers-invited',
          text: 'Has the father been invited in writing, with the key information for this meeting?',
          short: 'Father invited in writing, with key information?',
          sourceSection: S.fathers,
          moments: ['conference'],
          fatherOrMaleCarer: true,
        },
        {
          id: 'fathers-history',
          text: 'Have checks been made of the father’s or male carer’s own history with police and social care?',
          short: 'Father or male carer’s own history checked?',
          sourceSection: S.fathers,
          source: INVISIBLE_MEN,
          moments: ['conference', 'change', 'supervision'],
          resourceIds: ['csprp-myth-of-invisible-men'],
          fatherOrMaleCarer: true,
        },
        {
          id: 'fathers-risk-or-protective',
          text: 'Does the plan say whether each man in the child’s life is a risk, a protective factor, or both?',
          short: 'Each man: risk, protection, or both?',
          sourceSection: S.fathers,
          moments: ['conference', 'visit', 'change', 'supervision'],
          fatherOrMaleCarer: true,
        },
        {
          id: 'fathers-other-men',
          text: 'Have you asked which other adults, men included, live in or often visit the home?',
          short: 'Asked who else lives in or visits?',
          sourceSection: S.fathers,
          moments: ['visit', 'change'],
          fatherOrMaleCarer: true,
        },
        {
          id: 'fathers-challenge-others',
          text: 'If another agency has not engaged with the father, have you asked them why?',
          short: 'Asked other agencies why father not engaged?',
          sourceSection: S.fathers,
          moments: ['conference', 'disagreement'],
          fatherOrMaleCarer: true,
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
          text: 'Does the record name the wider family members who care for or supervise the child?',
          short: 'Family carers named in the record?',
          sourceSection: S.family,
          moments: ['conference', 'visit'],
        },
        {
          id: 'family-checked',
          text: 'Have checks been made on each family member the plan relies on?',
          short: 'Checks made on family the plan relies on?',
          sourceSection: S.family,
          moments: ['conference', 'change'],
        },
        {
          id: 'family-suitable',
          text: 'Has each family member the plan relies on been assessed as suitable for their part in it?',
          short: 'Family carers assessed as suitable?',
          sourceSection: S.family,
          moments: ['conference', 'change'],
        },
        {
          id: 'family-history',
          text: 'Have you checked for known risks in the histories of family members who care for the child?',
          short: 'Family carers’ histories checked for risks?',
          sourceSection: S.family,
          moments: ['conference'],
        },
        {
          id: 'family-views',
          text: 'Have you spoken to, and listened to, family and friends who know the child well?',
          short: 'Family and friends who know the child heard?',
          sourceSection: S.questions,
          moments: ['visit', 'supervision'],
        },
        {
          id: 'family-reassessed',
          text: 'Has the assessment of family carers been updated since the family’s situation last changed?',
          short: 'Family carers reassessed since the last change?',
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
          short: 'Record says first what it means for child?',
          sourceSection: S.change,
          moments: ['change'],
        },
        {
          id: 'change-shared',
          text: 'Have you told the other professionals involved about the change and its impact on the child?',
          short: 'Other professionals told about the change?',
          sourceSection: S.change,
          moments: ['change'],
        },
        {
          id: 'change-clear-challenge',
          text: 'While supporting the parent, have you told them clearly about any risk the change brings for the child?',
          short: 'Parent told clearly of any risk to child?',
          sourceSection: S.change,
          moments: ['change', 'visit'],
        },
        {
          id: 'change-daily-life',
          text: 'Has a parent talked you through the child’s last 24 hours?',
          short: 'Child’s last 24 hours talked through?',
          sourceSection: S.change,
          moments: ['visit', 'change'],
        },
        {
          id: 'change-new-people',
          text: 'Have you looked into the history of anyone new in the child’s life?',
          short: 'History of anyone new looked into?',
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
          text: 'Have you asked who drinks or takes drugs in the home, even if the parent does not?',
          short: 'Asked who drinks or takes drugs at home?',
          sourceSection: S.substances,
          moments: ['visit', 'conference'],
        },
        {
          id: 'substances-explored',
          text: 'Have you explored alcohol and drug use in depth with the family, beyond a single question?',
          short: 'Alcohol and drug use explored in depth?',
          sourceSection: S.substances,
          moments: ['visit', 'conference'],
        },
        {
          id: 'substances-ability-to-protect',
          text: 'Does your assessment say how any alcohol or drug use affects the carers’ ability to keep the child safe?',
          short: 'Effect of drink or drugs on care assessed?',
          sourceSection: S.substances,
          moments: ['conference', 'change'],
        },
        {
          id: 'substances-prescribers',
          text: 'Where it is safe to ask, have you asked the carer’s permission to speak to their prescribers?',
          short: 'Permission to speak to prescribers asked?',
          sourceSection: S.substances,
          moments: ['visit', 'conference'],
        },
        {
          id: 'substances-prescribers-told',
          text: 'Do the prescribers of each carer’s medicine, such as the GP or drug service, know there is a baby on a plan?',
          short: 'Prescribers know of the baby on a plan?',
          sourceSection: S.substances,
          moments: ['visit', 'change', 'conference'],
        },
        {
          id: 'substances-mitigation',
          text: 'Have you agreed with the family how any risks from alcohol or drug use will be reduced?',
          short: 'Plan agreed to reduce drink or drug risks?',
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
          short: 'Safer sleep advice given by you?',
          sourceSection: S.next,
          moments: ['visit', 'change'],
          resourceIds: ['lullaby-safer-sleep-advice'],
        },
        {
          id: 'sleep-seen',
          // Reworded in 1.3.0: night-time sleep cannot be seen on a daytime visit; the places can.
          text: 'Have you seen each place the baby sleeps, for naps and at night?',
          short: 'Every place the baby sleeps seen?',
          sourceSection: S.sleep,
          moments: ['visit'],
        },
        {
          // Reworded in 1.2.0 from a list of risks to the one the brief's case turned on, and in
          // 1.3.0 from "on nights" to "when", since daytime naps carry the same risk.
          id: 'sleep-bespoke',
          text: 'Have you asked where the baby sleeps when a carer has drunk, used drugs or taken drowsy medicine?',
          short: 'Asked: sleep after drink, drugs, drowsy medicine?',
          sourceSection: S.sleep,
          source: LULLABY,
          moments: ['visit', 'conference', 'change'],
          resourceIds: ['lullaby-safer-sleep-advice', 'nice-ng194-postnatal-care'],
        },
        {
          id: 'sleep-understood',
          text: 'Have you checked that the family understood the safer sleep advice?',
          short: 'Family understood the advice?',
          sourceSection: S.next,
          moments: ['visit'],
        },
        {
          id: 'sleep-multi-agency',
          text: 'Do the other professionals working with the family know what safer sleep advice was given?',
          short: 'Other professionals know the advice given?',
          sourceSection: S.sleep,
          moments: ['conference', 'change'],
        },
        {
          id: 'sleep-away-from-home',
          text: 'If the baby will sleep somewhere else, such as with relatives, does the safer sleep plan cover it?',
          short: 'Sleep plan covers nights away from home?',
          sourceSection: S.sleep,
          source: OUT_OF_ROUTINE,
          moments: ['change', 'visit'],
          resourceIds: ['csprp-out-of-routine'],
        },
        {
          id: 'sleep-bed-sharing',
          text: 'Have you talked with the parents about how to share a bed more safely, in case they do?',
          short: 'Sharing a bed more safely talked through?',
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
          id: 'virtual-right-for-family',
          text: 'Has the chair agreed a video or phone meeting is right for this family, not meeting in person?',
          short: 'Video or phone right for this family?',
          sourceSection: S.virtual,
          moments: ['conference'],
        },
        {
          id: 'virtual-speak-freely',
          text: 'Has the chair planned how to check that each parent can speak freely, with no one listening off camera?',
          short: 'Parents can speak freely, no one off camera?',
          sourceSection: S.virtual,
          moments: ['conference'],
        },
        {
          // Reworded in 1.2.0: it asked four things at once; the others are questions of their own.
          id: 'virtual-planned',
          text: 'Have pre-meets with the family been held or booked before the video or phone meeting?',
          short: 'Pre-meets with the family held or booked?',
          sourceSection: S.virtual,
          moments: ['conference'],
        },
        {
          id: 'virtual-support-to-attend',
          text: 'Has the family been offered help to join the video or phone meeting?',
          short: 'Family offered help to join?',
          sourceSection: S.virtual,
          moments: ['conference'],
        },
        {
          id: 'virtual-reports-in-advance',
          text: 'Has the family seen the key reports before the meeting?',
          short: 'Family seen the key reports beforehand?',
          sourceSection: S.virtual,
          moments: ['conference'],
        },
        {
          id: 'virtual-ground-rules',
          text: 'Has the chair planned to agree ground rules with everyone at the start?',
          short: 'Ground rules agreed at the start?',
          sourceSection: S.virtual,
          moments: ['conference'],
        },
        {
          id: 'virtual-empathic-connection',
          text: 'Has the chair planned how to check, during the meeting, how the child and family are feeling?',
          short: 'Family’s feelings checked during the meeting?',
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
          short: 'Plan names the risks, not just strengths?',
          sourceSection: S.strengths,
          moments: ['conference'],
          resourceIds: ['cumbria-signs-of-safety'],
        },
        {
          id: 'strengths-all-information',
          text: 'Has all the information from every agency been considered before the safety plan is agreed?',
          short: 'Every agency’s information in before the plan?',
          sourceSection: S.strengths,
          moments: ['conference'],
        },
        {
          // The brief asks for all the information before a plan is decided, and names the
          // GP and psychiatrist as prescribers to speak to.
          id: 'strengths-prescriber-information',
          text: 'Has the GP, and any other prescriber, sent information for this conference?',
          short: 'GP and prescriber information in?',
          sourceSection: S.strengths,
          moments: ['conference'],
        },
        {
          id: 'strengths-evidenced',
          text: 'Is each strength in the plan backed by something that has been seen, not only what was said?',
          short: 'Each strength backed by what was seen?',
          sourceSection: S.strengths,
          moments: ['conference', 'visit'],
        },
        {
          id: 'strengths-danger-if-not-working',
          text: 'Does the plan say what will happen if the worries it names are not reduced?',
          short: 'Plan says what happens if worries stay?',
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
          short: 'Progress shown by real change for the child?',
          sourceSection: S.optimism,
          moments: ['visit', 'conference', 'supervision'],
        },
        {
          id: 'optimism-worries-kept',
          text: 'Have you looked again at every worry, without filtering it out or playing it down?',
          short: 'Every worry looked at again, none dropped?',
          sourceSection: S.optimism,
          moments: ['visit', 'conference'],
        },
        {
          id: 'optimism-one-more-try',
          text: 'If you are giving the family “one more try”, do you know why this time will be different?',
          short: '“One more try”: why different this time?',
          sourceSection: S.optimism,
          moments: ['conference', 'supervision'],
        },
        {
          id: 'optimism-what-is-not-working',
          text: 'Does your record say what is not working and the risks from it, as well as the strengths?',
          short: 'Record says what is not working?',
          sourceSection: S.optimism,
          moments: ['visit', 'conference', 'supervision'],
        },
        {
          // Checking what the family says against what is seen is also how apparent
          // cooperation without change for the child comes to light.
          id: 'optimism-curious',
          text: 'Have you checked what the family told you against what you saw and what other agencies know (professional curiosity)?',
          short: 'What you were told checked against evidence?',
          sourceSection: S.optimism,
          moments: ['visit', 'change', 'conference'],
          resourceIds: ['cumbria-professional-curiosity'],
        },
        {
          id: 'optimism-challenged',
          text: 'Has a colleague or supervisor challenged your view of how this family is doing?',
          short: 'Your view challenged by a colleague?',
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
          short: 'Procedures checked for what they expect?',
          sourceSection: S.procedures,
          moments: ['conference', 'change', 'disagreement'],
          resourceIds: ['cumbria-procedures-manual'],
        },
        {
          // Reworded in 1.3.0: "before it starts" could mean minutes before; the family needs time.
          id: 'procedures-reports-shared',
          text: 'Has the family had the reports for this conference in time to read them before it starts?',
          short: 'Family had the reports in time to read?',
          sourceSection: S.procedures,
          source: LOCAL_PROCEDURES,
          moments: ['conference'],
          resourceIds: ['cumbria-procedures-manual'],
        },
        {
          // Reworded in 1.2.0: the child's safety first, made concrete for a disagreement. The brief
          // says the child's safety is paramount; acting at once on immediate risk is the
          // procedures' step (1.3.0 says so), as in the glossary's escalation route.
          id: 'procedures-child-paramount',
          text: 'If the child is at immediate risk, have you acted now, without waiting for the disagreement to be settled?',
          short: 'Immediate risk: acted now, without waiting?',
          sourceSection: S.procedures,
          source: LOCAL_PROCEDURES,
          moments: ['disagreement'],
          resourceIds: ['cumbria-procedures-manual'],
        },
        {
          id: 'procedures-resolve-quickly',
          text: 'Have you tried first to resolve it with the worker concerned, simply, quickly and in proportion?',
          short: 'Raised first with the worker concerned?',
          sourceSection: S.procedures,
          moments: ['disagreement'],
        },
        {
          id: 'procedures-safeguarding-lead',
          text: 'Have you taken advice from your safeguarding lead or a named or designated professional?',
          short: 'Advice from your safeguarding lead taken?',
          sourceSection: S.procedures,
          source: LOCAL_PROCEDURES,
          moments: ['disagreement'],
          resourceIds: ['cumbria-procedures-manual'],
        },
        {
          id: 'procedures-escalation-route',
          text: 'Have you decided when you will take the next step of the escalation route if this is not resolved?',
          short: 'Next escalation step and when decided?',
          sourceSection: S.procedures,
          source: LOCAL_PROCEDURES,
          moments: ['disagreement'],
          resourceIds: ['cumbria-procedures-manual'],
        },
        {
          id: 'procedures-recorded',
          text: 'Have you recorded the disagreement in the child’s record?',
          short: 'Disagreement recorded in the child’s record?',
          sourceSection: S.procedures,
          source: LOCAL_PROCEDURES,
          moments: ['disagreement'],
          resourceIds: ['cumbria-procedures-manual'],
        },
      ],
    },
  ],
  // The pause points' short lists: the killer items for each moment, in the order asked.
  // Visit, change and conference each ask where the baby sleeps when a carer has drunk,
  // used drugs or taken drowsy medicine, whether the prescribers know of the baby, and for
  // professional curiosity: the combination the brief's case turned on.
  moments: [
    {
      id: 'conference',
      promptIds: [
        'history-applied',
        'fathers-history',
        'family-suitable',
        'sleep-bespoke',
        'substances-prescribers-told',
        'strengths-prescriber-information',
        'optimism-curious',
        'procedures-reports-shared',
      ],
      // By video or telephone, whether that suits this family joins the list, keeping it to nine.
      virtualPromptIds: ['virtual-right-for-family'],
    },
    {
      id: 'visit',
      promptIds: [
        'fathers-other-men',
        'fathers-seen',
        'substances-who-in-home',
        'sleep-seen',
        'sleep-bespoke',
        'substances-prescribers-told',
        'sleep-advice-given',
        'change-daily-life',
        'optimism-curious',
      ],
    },
    {
      id: 'change',
      promptIds: [
        'change-child-first',
        'change-clear-challenge',
        'change-shared',
        'change-new-people',
        'family-reassessed',
        'sleep-away-from-home',
        'sleep-bespoke',
        'substances-prescribers-told',
        'optimism-curious',
      ],
    },
    {
      id: 'disagreement',
      promptIds: [
        'procedures-child-paramount',
        'procedures-resolve-quickly',
        'procedures-safeguarding-lead',
        'procedures-escalation-route',
        'procedures-recorded',
        'procedures-checked',
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
