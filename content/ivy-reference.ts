/**
 * The Ivy pack's reference material: the review's details, the brief's "what to do next"
 * actions, its tools and resources (with a checked address for the procedures manual, which
 * the brief names without one), and its reflective questions. Written for the pack in plain
 * English; addresses exactly as the brief gives them.
 */

import type { PackReference, Source } from '../core/pack/schema';
import { INFO_SHARING } from './national-sources';

// The steps after the first are the procedures' own; the brief names the manual without them.
const LOCAL_PROCEDURES: Source = {
  kind: 'local',
  title: 'Pan-Cumbria multi-agency safeguarding children procedures (the Cumbria manual)',
  resourceId: 'cumbria-procedures-manual',
};

/**
 * Words a GP, police officer or new practitioner may not know, explained in a line. The panel
 * offers them on demand beside the questions that use them.
 */
const GLOSSARY: PackReference['glossary'] = [
  {
    term: 'core group',
    meaning:
      'The small group of professionals and family members who meet between conferences to carry out a child protection plan.',
  },
  {
    term: 'safety plan',
    meaning:
      'In Signs of Safety, the plan made with the family and the people around them of what each will do, day to day, to keep the child safe. It is not the child protection plan, which a conference agrees.',
  },
  {
    term: 'cumulative harm',
    meaning: 'Harm that builds up from many events or worries over time, each of which may look small on its own.',
  },
  {
    term: 'protective factor',
    meaning: 'Something or someone in the child’s life that makes harm less likely, such as a safe, caring adult.',
  },
  {
    term: 'pre-meets',
    meaning:
      'Short meetings before the main meeting, for example to help the family get ready and test the video or phone link.',
  },
  {
    term: 'escalation route',
    meaning:
      'The steps for settling a disagreement between professionals. First talk it through with the worker concerned. If that does not settle it, your manager and theirs, then more senior managers. If a child is at immediate risk, act now: do not wait.',
    source: LOCAL_PROCEDURES,
  },
  {
    term: 'prescribers',
    meaning:
      'Anyone who prescribes a carer’s medicine: a GP, a psychiatrist, a nurse or pharmacist prescriber, or a drug service (for example for methadone or buprenorphine). Asking the parent’s permission to speak to them is good practice. If asking would put the child at more risk or cause delay, information can be shared without it.',
    source: INFO_SHARING,
  },
  {
    term: 'strategy meeting',
    meaning:
      'A meeting or call between social care, the police, health and others when there is reason to think a child is suffering, or likely to suffer, significant harm. It decides what to do next.',
  },
  {
    term: 'professional curiosity',
    meaning: 'Checking what you are told, asking about what you see, and not taking things at face value.',
  },
];

export const ivyReference: PackReference = {
  glossary: GLOSSARY,
  // Each theme's "why this matters", shown when the practitioner asks for it.
  whys: {
    'parent-history':
      'Long, heavy stress in childhood affects a person’s health and mental health for life, and can shape how they parent. In this review, agencies knew about the mother’s mental health history and her recent difficulties. The learning is to keep linking that history, and harm that builds up over time, to what is happening for the child now.',
    fathers:
      'Fathers and other men who care for a child are often “unseen” by services. This happens when professionals are not curious, look only at the mother’s care, or do not share information. At every meeting, think about whether each man in the child’s life is a risk, a protection, or both. Every professional must engage with fathers, and ask questions when other agencies do not.',
    'wider-family':
      'Plans often rely on grandparents, aunts, uncles or other relatives to care for or protect a child. Their own histories may carry risks. When the plan relies on someone, check and assess them; do not assume they are safe. Assessment should keep changing as the child’s needs and risks change.',
    'change-of-circumstances':
      'Things can change quickly in a baby’s life: a house move, a new partner, a stay with relatives. When something changes, ask first what it means for the child. Support a vulnerable parent, but be clear with them about any harm the change could bring to the child. Look into the history of anyone new in the child’s life.',
    substances:
      'Think about everyone who is in the home, not only the parents. If a parent lets the home be used for drinking or drug taking, that is a child protection matter, even if the parent does not use. Chaotic use of alcohol or drugs harms children and unborn babies, and makes it harder for carers to keep the child safe. Explore it in depth with the family. If a parent or expectant mother takes prescribed medicine, from a GP or a psychiatrist for example, it is good practice to ask their permission to speak to the prescribers.',
    'safer-sleep':
      'Safer sleep advice must be thorough and fit this family’s own risks, looked at in detail. Every professional who works with the family is responsible for giving safer sleep messages. Never assume someone else has already given them. Agree the advice with the other agencies working with the child and family.',
    'virtual-meetings':
      'Holding an important meeting, such as a child protection conference, by video or phone can make it harder for vulnerable families to take part. It needs extra planning and pre-meets. Families need support to attend and to see the key reports in advance. Set clear ground rules, and stay in touch with how the child and family are feeling throughout.',
    'strengths-and-risk':
      'Strengths-based approaches look at what is going well as well as at needs and difficulties. In Cumbria this approach is Signs of Safety, used for conferences and assessments. A strengths-based plan must still keep a clear focus on risk, and the safety plan must be based on all the information available.',
    'over-optimism':
      'A good relationship with a family can lead us to see progress that is not there. This is sometimes called the “rule of optimism”. It can make us play down worries, expect the plan to work, give “one more try”, or look only at strengths. Stay professionally curious and keep asking what life is really like for the child.',
    'procedures-and-challenge':
      'Look at the multi-agency safeguarding procedures at key points: after an incident, when a strategy meeting or conference is needed, and when agencies disagree. Know what they expect, such as how often meetings happen, reports, minutes and a plan, so that you can challenge colleagues when it does not happen. In any disagreement the child’s safety comes first. Sort it out simply, quickly and in proportion.',
  },
  review: {
    type: 'Local Child Safeguarding Practice Review',
    name: 'Ivy',
    publisher: 'Cumbria Safeguarding Children Partnership (CSCP)',
    sourceTitle: 'CSCP Learning Briefing – Ivy',
    contact:
      'CSCP@cumbria.gov.uk (the brief’s address; since 1 April 2025 the Cumberland partnership’s business team uses it)',
    nameNote:
      'The review calls the child it is about “Ivy”. That is not the child’s real name: the child’s family agreed it for the review.',
    supervisionInvite:
      'Cumbria Safeguarding Children Partnership (CSCP) invites teams to discuss these questions in team meetings or group supervision, and to send the answers to their organisation’s safeguarding lead.',
    summary:
      'Ivy was a young baby on a child protection plan because of the risk of neglect. She died, and the cause of her death was accidental. The review looked at how agencies worked together and what should change.',
    notes: [
      'On 1 April 2025 the Cumbria Safeguarding Children Partnership was replaced by two: the Cumberland Safeguarding Children Partnership and the Westmorland and Furness Safeguarding Children Partnership. The Cumbria links below are the ones the brief gives; the old .asp pages may have gone. Where an address could not be confirmed, the resource says what to search for.',
      'Checked on 5 Dec 2026, from the partnerships’ 2025 newsletters: the Cumberland partnership’s business team (the former Cumbria team) is at CSCP@cumbria.gov.uk, and the Westmorland and Furness partnership’s at wfscp@cumbria.gov.uk. Each opened its own website on 8 September 2025 (cumberlandsafeguardingchildren.co.uk and wfscp.org.uk). We could not confirm which of them now holds the Ivy brief.',
    ],
  },
  actions: [
    {
      id: 'action-be-curious',
      title: 'Be professionally curious',
      text: 'Find out about the history of the parents and the wider family network, so you understand it well.',
      resourceIds: ['cumbria-professional-curiosity', 'rip-genograms'],
    },
    {
      id: 'action-know-procedures',
      title: 'Know the Cumbria safeguarding children procedures manual',
      text: 'When did you last use it? Look again at what it expects of you.',
      resourceIds: ['cumbria-procedures-manual'],
    },
    {
      id: 'action-know-safer-sleep',
      title: 'Know the safer sleep advice',
      text: 'Promote safer sleep with every family so that all professionals give the same message, and check it is understood. Never assume another professional has already given it.',
      resourceIds: ['cumbria-safer-sleep'],
    },
  ],
  resources: [
    {
      id: 'rip-genograms',
      title: 'Using genograms in practice: Practice Tool (2021)',
      url: 'https://www.researchinpractice.org.uk/children/publications/2021/february/using-genograms-in-practice-practice-tool-2021/',
      publisher: 'Research in Practice',
      description: 'How to map a family and its network with a genogram.',
      fromSource: true,
      group: 'practice-tools',
      note: 'Research in Practice updated this tool in August 2024; the 2021 address now leads to the latest version, which is for members or by purchase.',
      addressChecked: { on: '27 Nov 2026', confirmed: true },
    },
    {
      id: 'cumbria-signs-of-safety',
      title: 'Signs of Safety',
      url: 'https://cumbriasafeguardingchildren.co.uk/professionals/signsofsafety/signsofsafety.asp',
      publisher: 'Cumbria Safeguarding Children Partnership',
      description: 'The strengths-based approach Cumbria uses for assessments and conferences.',
      fromSource: true,
      group: 'practice-tools',
      note: 'Not confirmed since the partnership site moved. If the page has gone, search the Cumberland or the Westmorland and Furness partnership’s website for “Signs of Safety”.',
      addressChecked: { on: '27 Nov 2026', confirmed: false },
    },
    {
      id: 'cumbria-safer-sleep',
      title: 'Safer sleeping for babies',
      url: 'https://cumbriasafeguardingchildren.co.uk/professionals/safesleeping.asp',
      publisher: 'Cumbria Safeguarding Children Partnership',
      description: 'Safer sleep information for professionals working with families.',
      fromSource: true,
      group: 'safer-sleep',
      note: 'A stored copy of this page was found, but not whether it is still there since the partnership site moved. If it has gone, search the new partnership websites for “safer sleep”.',
      addressChecked: { on: '27 Nov 2026', confirmed: false },
    },
    {
      id: 'cumbria-professional-curiosity',
      title: 'Professional curiosity guidance',
      url: 'https://cumbriasafeguardingchildren.co.uk/professionalcuriosity.asp',
      publisher: 'Cumbria Safeguarding Children Partnership',
      description: 'Guidance on being curious and checking what you are told.',
      fromSource: true,
      group: 'practice-tools',
      note: 'Not confirmed since the partnership site moved. If the page has gone, search the new partnership websites for “professional curiosity”.',
      addressChecked: { on: '27 Nov 2026', confirmed: false },
    },
    {
      id: 'cumbria-procedures-manual',
      title: 'Cumbria multi-agency safeguarding children procedures manual',
      url: 'https://cumbriascp.trixonline.co.uk/',
      publisher: 'Cumbria Safeguarding Children Partnership',
      description: 'The pan-Cumbria multi-agency procedures the brief asks you to know.',
      fromSource: false,
      group: 'local-procedures',
      note: 'The brief names the manual but gives no address. This is the address the Cumberland and Westmorland and Furness partnerships gave practitioners in their 2025 newsletters; both plan new manuals in 2026.',
      addressChecked: { on: '27 Nov 2026', confirmed: true },
    },
    {
      id: 'lullaby-safer-sleep-advice',
      title: 'Safer sleep advice',
      url: 'https://www.lullabytrust.org.uk/safer-sleep-advice/',
      publisher: 'The Lullaby Trust',
      description:
        'The national charity’s evidence-based safer sleep advice for families, with detail on each key message.',
      fromSource: false,
      group: 'safer-sleep',
      note: 'Not in the brief. The brief asks every professional to promote safer sleep; this is the main source of the safer sleep card.',
      addressChecked: { on: '27 Nov 2026', confirmed: true },
    },
    {
      id: 'nice-ng194-postnatal-care',
      title: 'Postnatal care (NG194, 2021) and quality standard QS37',
      url: 'https://www.nice.org.uk/guidance/ng194',
      publisher: 'National Institute for Health and Care Excellence (NICE)',
      description:
        'National guideline on care after birth, including talking with parents about safer bed-sharing and when not to share a bed.',
      fromSource: false,
      group: 'safer-sleep',
      note: 'Not in the brief. Source of the card’s safer bed-sharing advice. The quality standard is at nice.org.uk/guidance/qs37. If either has moved, search the NICE website for “NG194”.',
      addressChecked: { on: '27 Nov 2026', confirmed: false },
    },
    {
      id: 'csprp-out-of-routine',
      title:
        'Out of routine: a review of sudden unexpected death in infancy (SUDI) in families where the children are considered at risk of significant harm (July 2020)',
      url: 'https://www.gov.uk/government/publications/safeguarding-children-at-risk-from-sudden-unexpected-infant-death',
      publisher: 'Child Safeguarding Practice Review Panel',
      description:
        'National review of babies who died suddenly in families where children were at risk of significant harm; many deaths followed a break in routine.',
      fromSource: false,
      group: 'national-reviews',
      note: 'Not in the brief. Address of the GOV.UK publication page as named in the Panel’s July 2020 announcement. If it has moved, search GOV.UK for “Out of routine”.',
      addressChecked: { on: '27 Nov 2026', confirmed: false },
    },
    {
      id: 'csprp-myth-of-invisible-men',
      title:
        'The myth of invisible men: safeguarding children under 1 from non-accidental injury caused by male carers (September 2021)',
      url: 'https://www.gov.uk/government/publications/safeguarding-children-under-1-year-old-from-non-accidental-injury',
      publisher: 'Child Safeguarding Practice Review Panel',
      description:
        'National review of babies under one harmed by male carers, and how services can see and work with the men in a baby’s life.',
      fromSource: false,
      group: 'national-reviews',
      note: 'Not in the brief. Address of the GOV.UK publication page as named in the Panel’s September 2021 announcement. If it has moved, search GOV.UK for “The myth of invisible men”.',
      addressChecked: { on: '27 Nov 2026', confirmed: false },
    },
    {
      id: 'pagb-drowsiness',
      title: 'Over-the-counter medicines and drowsiness (factsheet)',
      url: 'https://www.pagb.co.uk/factsheets/drowsiness.html',
      publisher: 'PAGB, the consumer healthcare association',
      description:
        'Which medicines bought without a prescription can cause drowsiness, the warning on their label, and asking the pharmacist.',
      fromSource: false,
      group: 'national-guidance',
      note: 'Not in the brief. Source of the safer sleep card’s lines on telling whether a medicine causes drowsiness. A copy was found at the http:// form of this address; the https:// address could not be confirmed.',
      addressChecked: { on: '5 Dec 2026', confirmed: false },
    },
    {
      id: 'information-sharing-2024',
      title: 'Information sharing: advice for practitioners providing safeguarding services (2024)',
      url: 'https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice',
      publisher: 'HM Government (Department for Education)',
      description:
        'When and how to share information to keep a child safe, including when it can be shared without consent.',
      fromSource: false,
      group: 'national-guidance',
      note: 'Not in the brief. Source of the note that information can be shared without consent where that is needed to protect a child. If it has moved, search GOV.UK for “Information sharing: advice for practitioners”.',
      addressChecked: { on: '27 Nov 2026', confirmed: false },
    },
  ],
  reflectiveQuestions: [
    {
      id: 'question-strengths-based',
      text: 'What does strengths-based working mean to you, and how could you use it in your practice?',
    },
    {
      id: 'question-family-and-friends',
      text: 'Do you always speak to, and listen to, the family and friends who know a child well? What gets in the way?',
    },
    {
      id: 'question-challenge',
      text: 'What chances do you have, formal or informal, to challenge decisions in your own and other agencies, and to hear other professionals’ views?',
    },
    {
      id: 'question-supervision-dynamics',
      text: 'Do you talk about complex and changing family relationships in your supervision?',
    },
  ],
};
