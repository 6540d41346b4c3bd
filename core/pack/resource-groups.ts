/** How the Resources view groups a pack's resources. Apart from schema.ts so the view loads no schema code. */
export const RESOURCE_GROUPS = [
  // The review's own papers: its brief, its full report, a 7-minute briefing.
  { id: 'the-review', title: 'The review itself' },
  { id: 'safer-sleep', title: 'Safer sleep' },
  { id: 'local-procedures', title: 'Local procedures' },
  { id: 'national-guidance', title: 'National guidance' },
  { id: 'practice-tools', title: 'Practice tools' },
  { id: 'national-reviews', title: 'National reviews' },
] as const;

export type ResourceGroupId = (typeof RESOURCE_GROUPS)[number]['id'];
