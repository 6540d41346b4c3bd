/**
 * The pause points at which Pause Point asks its questions. A prompt names the moments it
 * belongs to; the side panel can then show only the short list for the moment at hand.
 */
export const MOMENTS = [
  { id: 'conference', title: 'Before a conference or core group' },
  { id: 'visit', title: 'Recording a visit or contact' },
  { id: 'change', title: 'A change of circumstances' },
  { id: 'disagreement', title: 'A professional disagreement' },
  { id: 'supervision', title: 'Supervision or a team meeting' },
] as const;

export type MomentId = (typeof MOMENTS)[number]['id'];

export const MOMENT_IDS = MOMENTS.map((m) => m.id) as [MomentId, ...MomentId[]];
