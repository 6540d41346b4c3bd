/**
 * National guidance that both the Ivy pack's questions and the safer sleep card cite, each with
 * the resource a practitioner can read it in. One definition, so a title is corrected once.
 * Titles are the publications' own, checked with a search of published copies on 5 Dec 2026.
 */
import type { Source } from '../core/pack/schema';

type LinkedSource = Source & { resourceId: string };

export const NICE_POSTNATAL: LinkedSource = {
  kind: 'national',
  title: 'NICE guideline NG194, Postnatal care (2021), and quality standard QS37',
  resourceId: 'nice-ng194-postnatal-care',
};

export const OUT_OF_ROUTINE: LinkedSource = {
  kind: 'national',
  title:
    'Child Safeguarding Practice Review Panel, “Out of routine: a review of sudden unexpected death in infancy (SUDI) in families where the children are considered at risk of significant harm” (July 2020)',
  resourceId: 'csprp-out-of-routine',
};

export const INVISIBLE_MEN: LinkedSource = {
  kind: 'national',
  title:
    'Child Safeguarding Practice Review Panel, “The myth of invisible men: safeguarding children under 1 from non-accidental injury caused by male carers” (September 2021)',
  resourceId: 'csprp-myth-of-invisible-men',
};

export const INFO_SHARING: LinkedSource = {
  kind: 'national',
  title: 'HM Government, Information sharing: advice for practitioners (2024)',
  resourceId: 'information-sharing-2024',
};
