/** The pause points a pack's questions can be asked at, by id; the pack schema checks against them. */
export const MOMENTS = [
  { id: 'conference', title: 'Before a conference or core group', short: 'Conference' },
  { id: 'visit', title: 'Recording a visit or contact', short: 'Visit' },
  { id: 'change', title: 'A change of circumstances', short: 'Change' },
  { id: 'disagreement', title: 'A professional disagreement', short: 'Disagreement' },
  { id: 'supervision', title: 'Supervision or a team meeting', short: 'Supervision' },
] as const;

export type MomentId = (typeof MOMENTS)[number]['id'];

export const MOMENT_IDS = MOMENTS.map((m) => m.id) as [MomentId, ...MomentId[]];
