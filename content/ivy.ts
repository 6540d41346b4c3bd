/**
 * The Ivy learning pack, whole: Cumbria Safeguarding Children Partnership's learning brief
 * from the Local Child Safeguarding Practice Review about "Ivy". Its parts live beside this
 * file so that the side panel can load the checklist first and the rest on demand.
 */

import type { Pack, PackChecklist, PackReference } from '../core/pack/schema';
import { ivyChecklist } from './ivy-checklist';
import { ivyReference } from './ivy-reference';

/** Puts a pack back together from its checklist and its reference material. */
function joinPack(checklist: PackChecklist, { whys, ...reference }: PackReference): Pack {
  return {
    ...checklist,
    ...reference,
    themes: checklist.themes.map((theme) => ({ ...theme, why: whys[theme.id] ?? '' })),
  };
}

export const ivyPack: Pack = joinPack(ivyChecklist, ivyReference);
