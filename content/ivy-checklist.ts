/**
 * The Ivy learning pack: Cumbria Safeguarding Children Partnership's learning brief from the
 * Local Child Safeguarding Practice Review about "Ivy", as prompts a practitioner can confirm.
 *
 * Every line a practitioner reads is written for the pack in plain English and traces to the
 * section of the brief named in `sourceSection`. Prompt ids are stable: a prompt that is
 * reworded keeps its id; a prompt that is removed never has its id reused, because stored
 * answers refer to it.
 *
 * This file holds what the checklist needs; the pack's reference material (the review's
 * details, actions, resources, reflective questions) is in ivy-reference.ts and loads when a
 * view needs it, and the cue lists are in ivy-cues.ts. ivy.ts puts the whole pack together.
 */
import type { PackChecklist } from './schema';

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

export const ivyChecklist: PackChecklist = {
  schemaVersion: 1,
  id: 'cscp-ivy',
  version: '1.0.0',
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
          text: 'Have you thought about how each parent’s past affects their care of the child today?',
          sourceSection: S.history,
          moments: ['conference', 'visit', 'supervision'],
        },
        {
          id: 'history-cumulative-harm',
          text: 'Have you looked at how harm to the child may be building up over time, not only at the latest event?',
          sourceSection: S.history,
          moments: ['conference', 'change', 'supervision'],
        },
        {
          id: 'history-mental-health',
          text: 'Have you considered how a parent’s mental health, past and present, affects the child?',
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
          text: 'Has the father been invited to this meeting, and sent the key information in writing?',
          sourceSection: S.fathers,
          moments: ['conference'],
        },
        {
          id: 'fathers-risk-or-protective',
          text: 'Have you considered whether each man in the child’s life is a risk, a protective factor, or both?',
          sourceSection: S.fathers,
          moments: ['conference', 'visit', 'change'],
        },
        {
          id: 'fathers-other-men',
          text: 'Have you asked which other men live in or often visit the home?',
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
          text: 'Has each of them been assessed as suitable for the part the plan gives them?',
          sourceSection: S.family,
          moments: ['conference', 'change'],
        },
        {
          id: 'family-history',
          text: 'Have you considered any known risks from these family members’ own histories?',
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
          text: 'Has the assessment been updated since the family’s situation last changed?',
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
          text: 'Have you thought first about what this change means for the child?',
          sourceSection: S.change,
          moments: ['change'],
        },
        {
          id: 'change-shared',
          text: 'Have you told the other professionals involved about the change?',
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
          text: 'Have you asked who uses the home, and whether anyone drinks or uses drugs there?',
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
          text: 'Have you considered how any alcohol or drug use affects the carers’ ability to keep the child safe?',
          sourceSection: S.substances,
          moments: ['conference', 'change'],
        },
        {
          id: 'substances-prescribers',
          text: 'If a parent or expectant mother takes prescribed medication, have you asked her permission to speak to the prescribers, such as her GP and psychiatrist?',
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
          sourceSection: S.sleep,
          moments: ['visit', 'change'],
          resourceIds: ['cumbria-safer-sleep'],
        },
        {
          id: 'sleep-seen',
          text: 'Have you seen where and how the baby sleeps, day and night?',
          sourceSection: S.sleep,
          moments: ['visit'],
        },
        {
          id: 'sleep-bespoke',
          text: 'Is the advice tailored to this family’s own risks, such as alcohol, drugs, smoking or a disrupted routine?',
          sourceSection: S.sleep,
          moments: ['visit', 'conference', 'change'],
          resourceIds: ['cumbria-safer-sleep'],
        },
        {
          id: 'sleep-understood',
          text: 'Have you checked that the family understood the advice?',
          sourceSection: S.next,
          moments: ['visit'],
        },
        {
          id: 'sleep-multi-agency',
          text: 'Do the other agencies know what safer sleep advice was given, so the family hears one consistent message?',
          sourceSection: S.sleep,
          moments: ['conference'],
        },
        {
          id: 'sleep-away-from-home',
          text: 'If the baby will sleep somewhere else, such as with relatives, has the safer sleep plan covered it?',
          sourceSection: S.sleep,
          moments: ['change', 'visit'],
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
          text: 'If the meeting is by video or phone, has it been planned, with pre-meets?',
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
          text: 'Were clear ground rules agreed at the start of the meeting?',
          sourceSection: S.virtual,
          moments: ['conference'],
        },
        {
          id: 'virtual-empathic-connection',
          text: 'Did you keep checking how the child and family were feeling: their strengths, stress, worries and experiences?',
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
          text: 'Have you looked at what is not working, and the risks from it, as well as at strengths?',
          sourceSection: S.optimism,
          moments: ['visit', 'conference'],
        },
        {
          id: 'optimism-curious',
          text: 'Have you been professionally curious: checked what you were told rather than simply accepted it?',
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
          text: 'Have you checked what the multi-agency safeguarding procedures expect at this point in the case?',
          sourceSection: S.procedures,
          moments: ['conference', 'change', 'disagreement'],
          resourceIds: ['cumbria-procedures-manual'],
        },
        {
          id: 'procedures-meetings-frequency',
          text: 'Are meetings happening as often as the procedures expect?',
          sourceSection: S.procedures,
          moments: ['conference', 'disagreement'],
        },
        {
          id: 'procedures-reports-records-plan',
          text: 'Have reports been provided, meetings recorded and a plan produced, as the procedures require?',
          sourceSection: S.procedures,
          moments: ['conference', 'disagreement'],
        },
        {
          id: 'procedures-challenge',
          text: 'Where expectations have not been met, have you challenged the colleague or agency?',
          sourceSection: S.procedures,
          moments: ['disagreement', 'supervision'],
        },
        {
          id: 'procedures-child-paramount',
          text: 'In a disagreement between professionals, is the child’s safety still the first concern?',
          sourceSection: S.procedures,
          moments: ['disagreement'],
        },
        {
          id: 'procedures-resolve-quickly',
          text: 'Is the disagreement being resolved simply, quickly and in proportion to the concern?',
          sourceSection: S.procedures,
          moments: ['disagreement'],
        },
      ],
    },
  ],
  // The pause points' short lists: the killer items for each moment, in the order asked.
  moments: [
    {
      id: 'conference',
      promptIds: [
        'fathers-invited',
        'fathers-risk-or-protective',
        'family-suitable',
        'substances-explored',
        'sleep-bespoke',
        'strengths-risk-named',
        'strengths-all-information',
        'optimism-evidence-of-change',
      ],
      virtualPromptIds: [
        'virtual-planned',
        'virtual-support-to-attend',
        'virtual-reports-in-advance',
        'virtual-ground-rules',
        'virtual-empathic-connection',
      ],
    },
    {
      id: 'visit',
      promptIds: [
        'fathers-other-men',
        'fathers-seen',
        'substances-who-in-home',
        'sleep-seen',
        'sleep-advice-given',
        'change-daily-life',
        'optimism-evidence-of-change',
        'optimism-curious',
      ],
    },
    {
      id: 'change',
      promptIds: [
        'change-child-first',
        'change-shared',
        'change-new-people',
        'family-reassessed',
        'sleep-away-from-home',
        'change-clear-challenge',
        'procedures-checked',
      ],
    },
    {
      id: 'disagreement',
      promptIds: [
        'procedures-child-paramount',
        'procedures-checked',
        'procedures-challenge',
        'procedures-resolve-quickly',
        'procedures-meetings-frequency',
        'procedures-reports-records-plan',
        'fathers-challenge-others',
      ],
    },
  ],
};
