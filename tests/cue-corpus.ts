/**
 * A labelled corpus of fictional case-recording sentences, written for this project in the way
 * practitioners record visits, meetings and decisions (abbreviations, British spellings, typos
 * and all). No real people: every name and place is invented. Each sentence lists the themes it
 * should raise; any other theme raised counts against precision. `not` names themes that a
 * careless matcher would raise and that must not be: those are checked one by one.
 *
 * Theme ids: parent-history, fathers, wider-family, change-of-circumstances, substances,
 * safer-sleep, virtual-meetings, strengths-and-risk, over-optimism, procedures-and-challenge.
 */
export interface CorpusSentence {
  text: string;
  raises: string[];
  not?: string[];
}

const H = 'parent-history';
const F = 'fathers';
const W = 'wider-family';
const C = 'change-of-circumstances';
const S = 'substances';
const Z = 'safer-sleep';
const V = 'virtual-meetings';
const R = 'strengths-and-risk';
const O = 'over-optimism';
const P = 'procedures-and-challenge';

export const CUE_CORPUS: CorpusSentence[] = [
  // Words that mean something else in a record: these must raise nothing, or only what they say.
  { text: 'Mum was drinking tea in the kitchen when I arrived.', raises: [], not: [S] },
  { text: 'Mum and Dad had an argument about money; no violence reported.', raises: [F], not: [P] },
  { text: 'Ongoing dispute with the landlord about damp in the bedroom.', raises: [], not: [P] },
  { text: 'Core group meeting moved to Thursday at 2pm.', raises: [P], not: [C] },
  { text: 'Minutes shared with partner agencies on 3 March.', raises: [], not: [F] },
  { text: 'Date of birth: NaN/NaN/NaN', raises: [], not: [W] },
  { text: 'Baby drinking milk well, 5oz every three hours.', raises: [], not: [S] },
  { text: 'Baby had drunk 4oz of formula by the time I left.', raises: [], not: [S] },
  { text: 'There was virtually no food in the fridge or cupboards.', raises: [], not: [V] },
  { text: 'Smoke alarms fitted by the fire service last week.', raises: [], not: [Z] },
  { text: 'SDQ (strengths and difficulties questionnaire) completed with school.', raises: [], not: [R] },
  { text: 'The team met to review caseloads.', raises: [], not: [V] },
  { text: 'Amir is doing well at school and enjoys football.', raises: [], not: [O] },
  { text: 'The argument escalated to shouting and a neighbour called the police.', raises: [], not: [P] },
  { text: 'Nursery attendance is good; no incidents this term.', raises: [], not: [C] },
  { text: 'Working in partnership with the school nurse.', raises: [], not: [F] },
  { text: 'Letter sent to the family at their address in Scotland.', raises: [], not: [Z] },
  { text: 'Appointment moved to next week because the worker was off sick.', raises: [], not: [C] },
  { text: 'Housing officer confirmed the repairs are booked.', raises: [] },
  { text: 'Health visitor weighed baby: 5.1kg, on the 25th centile.', raises: [] },
  { text: 'Statutory partners agreed the new threshold document at the board.', raises: [P], not: [F] },
  { text: 'The family dog was friendly and kept in the garden.', raises: [] },
  { text: 'Record updated: field value undefined, please re-enter.', raises: [] },
  { text: 'Mum was watching TV when I arrived; the flat was warm.', raises: [] },

  // A parent's history.
  { text: 'Mum has a long history of depression and was under the perinatal mental health team.', raises: [H] },
  { text: 'Mother diagnosed with PND after her first child; GP restarted sertraline.', raises: [H, S] },
  { text: 'Mum is care experienced and was in care as a child in another authority.', raises: [H] },
  { text: 'Father disclosed he was abused as a child and has never had support.', raises: [H, F] },
  { text: 'Two previous children were removed and placed for adoption in 2019.', raises: [H] },
  { text: 'Previous care proceedings concluded with a placement order.', raises: [H] },
  { text: 'Mum self-harmed last month and was seen by the crisis team.', raises: [H] },
  { text: 'Psychiatrist letter confirms a diagnosis of EUPD.', raises: [H] },
  { text: 'CPN visit cancelled; mum reports feeling low and not sleeping.', raises: [H] },
  { text: 'Chronology shows cumulative harm from repeated neglect over three years.', raises: [H] },
  { text: 'Mother was sectioned in 2021 following a psychotic episode.', raises: [H] },
  { text: 'Mum talked about her own childhood and being moved between foster homes.', raises: [H] },
  { text: 'Mum is a care leaver and her PA from the leaving care team attends meetings.', raises: [H] },
  { text: 'Referral received following an overdose of paracetamol by mum.', raises: [H] },

  // Fathers and other men.
  { text: 'Dad was not present at the visit; mum said he was at work.', raises: [F] },
  { text: 'Father has not been invited to the conference; details not on file.', raises: [F] },
  { text: 'Mum’s boyfriend was in the bedroom and did not come out.', raises: [F] },
  { text: 'Birth father’s details are unknown; paternity not established.', raises: [F] },
  { text: 'Stepdad answered the door and said mum was asleep.', raises: [F] },
  { text: 'Her ex-partner has a history of domestic abuse and knows the address.', raises: [F] },
  { text: 'A male carer was seen leaving the property when I arrived.', raises: [F] },
  { text: 'Daddy collects her from nursery on Fridays.', raises: [F] },
  { text: 'Step-father has a conviction for assault in 2018.', raises: [F] },
  { text: 'Mum says the baby’s father is not involved and lives in Leeds.', raises: [F] },

  // Wider family.
  { text: 'MGM provides overnight care at weekends and has a new partner.', raises: [W, F, C] },
  { text: 'PGM has offered to be a connected carer; viability assessment requested.', raises: [W] },
  { text: 'FGC booked for next month to explore the family network.', raises: [W] },
  { text: 'Nan looks after the children after school most days.', raises: [W] },
  { text: 'Maternal aunt is putting herself forward as a kinship carer.', raises: [W] },
  { text: 'Special guardianship assessment of the grandparents is under way.', raises: [W] },
  { text: 'Uncle Dave stays over at weekends and sleeps on the settee.', raises: [W] },
  { text: 'Cousin (16) sometimes babysits in the evenings.', raises: [W] },
  { text: 'Great-grandmother is frail and can no longer help with childcare.', raises: [W] },
  { text: 'Family friend Shona supervises contact at the community centre.', raises: [W] },
  { text: 'SGO granted to maternal grandparents in 2022.', raises: [W] },
  { text: 'The safety network meets every fortnight with the family.', raises: [W] },

  // A change of circumstances.
  { text: 'Family have moved house to a two-bed flat on the Meadows estate.', raises: [C] },
  { text: 'Mum’s new partner moved in last week; checks requested.', raises: [C, F] },
  { text: 'Family are in temporary accommodation after the eviction.', raises: [C] },
  { text: 'Mum and baby are staying with her sister for the holidays.', raises: [C] },
  { text: 'Dad remanded in custody following the incident on Saturday.', raises: [C, F] },
  { text: 'Mum told me she is pregnant again, about 12 weeks.', raises: [C] },
  { text: 'Parents are back together after separating in the summer.', raises: [C] },
  { text: 'Father released from prison on licence last Tuesday.', raises: [C, F] },
  { text: 'Mum has been sofa surfing with friends since leaving the refuge.', raises: [C] },
  { text: 'Dad lost his job in March and money is very tight.', raises: [C, F] },
  { text: 'Parents separated in June; children live with mum.', raises: [C] },
  { text: 'Police attended a domestic incident at the address overnight.', raises: [C] },
  { text: 'Notice to quit served by the landlord, family may be homeless.', raises: [C] },

  // Alcohol and drugs.
  { text: 'Mum admitted she had been drinking the night before the visit.', raises: [S] },
  { text: 'Empty vodka bottles in the kitchen bin and cans of lager on the side.', raises: [S] },
  { text: 'Strong smell of cannabis on entering the property.', raises: [S] },
  { text: 'Dad is prescribed diazepam and methadone by the GP.', raises: [S, F] },
  { text: 'Father says he has been sober for six weeks and attends AA.', raises: [S, F] },
  { text: 'Hair strand test showed cocaine use over the last three months.', raises: [S] },
  { text: 'Mum denies any drug use but her friends use at the flat.', raises: [S, O] },
  { text: 'Referred to the recovery worker at the drug and alcohol service.', raises: [S] },
  { text: 'Dad appeared intoxicated and was slurring his words.', raises: [S, F] },
  { text: 'Mum takes pregabalin and sertraline; I asked to speak to her prescriber.', raises: [S] },
  { text: 'Binge drinking at weekends reported by the neighbour.', raises: [S] },
  { text: 'Drug paraphernalia seen on the coffee table within reach of the toddler.', raises: [S] },

  // Safer sleep.
  { text: 'Mum fell asleep with baby on the sofa after the night feed.', raises: [Z] },
  { text: 'Baby sleeps in the parents’ bed most nights.', raises: [Z] },
  { text: 'Baby was asleep in the car seat in the living room.', raises: [Z] },
  { text: 'No cot seen; mum says baby sleeps in the Moses basket at gran’s.', raises: [Z, W] },
  { text: 'Mum co-slept with the baby while she was staying at her mother’s.', raises: [Z, C] },
  { text: 'Baby was in a sling while mum cooked.', raises: [Z] },
  { text: 'Both parents smoke; cigarettes and ashtray in the bedroom.', raises: [Z] },
  { text: 'Safer sleep advice given again and leaflet left with dad.', raises: [Z, F] },
  { text: 'Travel cot set up in the front room at nan’s.', raises: [Z, W] },
  { text: 'Baby was swaddled under a duvet with a pillow in the cot.', raises: [Z] },
  { text: 'Mum says she bed-shares because baby will not settle in the crib.', raises: [Z] },
  { text: 'Discussed sleeping arrangements while the family stay at the hotel.', raises: [Z] },

  // Virtual meetings.
  { text: 'ICPC held via Teams; mum joined by phone from the car.', raises: [V, P] },
  { text: 'Core group took place virtually because of snow.', raises: [V, P] },
  { text: 'Dad joined the video call but kept his camera off.', raises: [V, F] },
  { text: 'Review held as a Teams meeting; mum was on mute for most of it.', raises: [V] },
  { text: 'Conference call with the school and the health visitor at 10am.', raises: [V] },
  { text: 'Mum dialled in but lost signal twice during the meeting.', raises: [V] },
  { text: 'Hybrid meeting: grandmother attended in person, social worker on Zoom.', raises: [V, W] },
  { text: 'Professionals met online via MS Teams to plan the RCPC.', raises: [V, P] },

  // Strengths-based working and risk.
  { text: 'Signs of Safety mapping completed with the family.', raises: [R] },
  { text: 'Danger statement and safety goal agreed at the meeting.', raises: [R] },
  { text: 'Safety plan updated: dad not to be alone with the baby.', raises: [R, F] },
  { text: 'Scaled at 4 by mum and 2 by the social worker.', raises: [R] },
  { text: 'What is working well: mum is warm and responsive to the baby.', raises: [R] },
  { text: 'Three houses tool used with the older sibling at school.', raises: [R] },
  { text: 'Bottom lines shared with the parents in writing.', raises: [R] },

  // Over-optimism.
  { text: 'Mum is engaging well and presented well at the visit.', raises: [O] },
  { text: 'Home conditions improved since the last visit; no concerns noted.', raises: [O] },
  { text: 'Mum assured me the boyfriend no longer visits.', raises: [O, F] },
  { text: 'Parents have been co-operative with all agencies.', raises: [O] },
  { text: 'Team manager agreed to give the family one more chance before proceedings.', raises: [O] },
  { text: 'Mum said all the right things but nothing has changed.', raises: [O] },
  { text: 'Good progress noted by family support; mum says things are going well.', raises: [O] },
  { text: 'Worker concerned about disguised compliance with the plan.', raises: [O] },
  { text: 'Dad says they have turned a corner since the move.', raises: [O, F] },

  // Procedures and challenge.
  { text: 'Strategy discussion held with police and health; S47 to start.', raises: [P] },
  { text: 'I disagreed with the decision to close the case and escalated to my manager.', raises: [P] },
  { text: 'Health visitor will escalate under the resolution process if not resolved by Friday.', raises: [P] },
  { text: 'Professional disagreement raised with the MASH about threshold.', raises: [P] },
  { text: 'Decision to step down to early help was challenged by the school.', raises: [P] },
  { text: 'NFA recorded after the strategy meeting; referrer not told.', raises: [P] },
  { text: 'Review child protection conference booked for 14 May.', raises: [P] },
  { text: 'Initial child protection conference: plan made under the category of neglect.', raises: [P] },
  { text: 'Core group has not met for eight weeks, against the procedures manual.', raises: [P] },

  // Longer notes raising several themes.
  {
    text: 'Home visit. Mum’s partner was present and smelled of alcohol. Baby asleep on the settee under a blanket.',
    raises: [F, S, Z],
  },
  {
    text: 'Mum disclosed relapse; she has been using heroin again and the baby has been staying with MGM.',
    raises: [C, S, W],
  },
  {
    text: 'ICPC to be held virtually; father not yet invited and his address not known.',
    raises: [P, V, F],
  },
  {
    text: 'Mum has bipolar disorder and stopped her medication when she found out she was pregnant.',
    raises: [H, S, C],
  },
  {
    text: 'Grandad smokes heavily and the baby stays with him on Fridays.',
    raises: [W, Z],
  },
  {
    text: 'Parents say the baby sleeps in the cot but the cot was full of washing.',
    raises: [Z],
  },

  // Written as a held-out set, then used to widen the lists (see HELD_OUT for the new one).
  { text: 'Mum was tearful and said her anxiety has got worse since Christmas.', raises: [H] },
  { text: 'Dad has a diagnosis of ADHD and depression and is on a waiting list for therapy.', raises: [H, F] },
  { text: 'Mum grew up in foster care and has no contact with her own family.', raises: [H] },
  { text: 'Baby’s father is in prison and due out in the spring.', raises: [F] },
  { text: 'Mum’s partner refused to give his date of birth.', raises: [F] },
  { text: 'Grandma has been looking after the kids while mum is in hospital.', raises: [W] },
  { text: 'Auntie Lou has agreed to have the children on Tuesdays and Thursdays.', raises: [W] },
  { text: 'The family moved to Carlisle last month and are not yet registered with a GP.', raises: [C] },
  { text: 'Mum has been given a new flat by the council and moves next week.', raises: [C] },
  { text: 'Dad has been bailed to an address away from the family home.', raises: [C, F] },
  { text: 'Parents told me they have split up and dad has gone back to his mum’s.', raises: [C, F, W] },
  { text: 'Mum said she had a couple of glasses of wine last night.', raises: [S] },
  { text: 'Cannabis grinder and rolling papers on the windowsill.', raises: [S] },
  { text: 'Dad has started using again according to his probation officer.', raises: [S, F] },
  { text: 'Mum is on a methadone script and picks up daily from the chemist.', raises: [S] },
  { text: 'Baby was asleep face down on a pillow on the big bed.', raises: [Z] },
  { text: 'Mum admits the baby sometimes sleeps between her and her partner.', raises: [Z, F] },
  { text: 'Baby asleep in the pram in the hallway with a blanket over the hood.', raises: [Z] },
  { text: 'Dad smokes in the kitchen with the back door open.', raises: [Z, F] },
  { text: 'Meeting held on Teams; dad did not join.', raises: [V, F] },
  { text: 'Mum took part in the conference by telephone.', raises: [V] },
  { text: 'Worries and strengths discussed with mum using the three columns.', raises: [R] },
  { text: 'Safety plan signed by both parents and the network.', raises: [R] },
  { text: 'Mum reports everything is fine and there are no problems at home.', raises: [O] },
  { text: 'Parents very welcoming and engaged with the visit.', raises: [O] },
  { text: 'Mum insists she has not seen the ex since the injunction.', raises: [O, F] },
  { text: 'I raised my concerns with the team manager about the decision to close.', raises: [P] },
  { text: 'Strategy meeting requested following the disclosure at school.', raises: [P] },
  { text: 'Conference chair escalated the lack of a health report.', raises: [P] },
  { text: 'Mum went to the shop for bread and milk.', raises: [] },
  { text: 'Home was clean and tidy; baby was settled in the bouncer.', raises: [Z] },
  { text: 'Meeting room booked at the family centre for the review.', raises: [] },
  { text: 'Referral received by phone from the school office.', raises: [], not: [V] },
  { text: 'Mum is engaged to her partner of three years.', raises: [F], not: [O] },
  { text: 'The line was engaged so I left a message.', raises: [], not: [O] },
];

/**
 * Sentences written after the cue lists were last changed and never used to tune them. No
 * floor applies: `npm run bench` reports their scores beside the corpus's, as a fairer guess
 * at how the lists read records they were not written against.
 */
export const HELD_OUT: CorpusSentence[] = [
  { text: 'Mum told me she has been struggling with her mood and has stopped going out.', raises: [H] },
  { text: 'Mum was in local authority care from the age of nine.', raises: [H] },
  { text: 'The children’s father rang during the visit and sounded angry.', raises: [F] },
  { text: 'A man called Lee was at the flat; mum said he is just a friend.', raises: [F] },
  { text: 'Paternal grandparents have asked to see the baby regularly.', raises: [W] },
  { text: 'Mum’s sister has offered to move in and help with night feeds.', raises: [W, C] },
  { text: 'Family were evicted on Friday and are now in a hotel.', raises: [C] },
  { text: 'Dad was arrested on Sunday after a fight in town.', raises: [C, F] },
  { text: 'Mum has a new boyfriend she met online two weeks ago.', raises: [C, F] },
  { text: 'Several empty wine bottles by the back door.', raises: [S] },
  { text: 'Mum tested positive for amphetamines at the maternity unit.', raises: [S] },
  { text: 'Dad says he only smokes weed at weekends when the kids are at his mum’s.', raises: [S, F, Z, W] },
  { text: 'Baby was lying on the sofa propped up with a bottle.', raises: [Z] },
  { text: 'Mum said baby comes into their bed after the 3am feed.', raises: [Z] },
  { text: 'The Moses basket was full of clothes and the baby was on the bed.', raises: [Z] },
  { text: 'Review conference will be a Teams call because of the strike.', raises: [V, P] },
  { text: 'Dad attended the core group on his phone from work.', raises: [P, F] },
  { text: 'Strengths: mum is loving and has kept every appointment.', raises: [R] },
  { text: 'Danger statement read to the parents; they disagreed with parts of it.', raises: [R] },
  { text: 'Mum says she has learned her lesson and it will not happen again.', raises: [O] },
  { text: 'Very positive visit, mum chatty and the house was spotless.', raises: [O] },
  { text: 'Health visitor challenged the plan to end the child protection plan.', raises: [P] },
  { text: 'Escalation letter sent to the head of service.', raises: [P] },
  { text: 'Mum rang to cancel; she had a hospital appointment.', raises: [] },
  { text: 'Bins were overflowing and the garden was full of rubbish.', raises: [] },
];
