/**
 * National guidance that both the Ivy pack's questions and the safer sleep card cite, each with
 * the resource a practitioner can read it in. One definition, so a title is corrected once.
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
  title: 'Child Safeguarding Practice Review Panel, Out of routine (2020)',
  resourceId: 'csprp-out-of-routine',
};

export const INFO_SHARING: LinkedSource = {
  kind: 'national',
  title: 'HM Government, Information sharing: advice for practitioners (2024)',
  resourceId: 'information-sharing-2024',
};
