/**
 * The Ivy learning pack, whole: Cumbria Safeguarding Children Partnership's learning brief
 * from the Local Child Safeguarding Practice Review about "Ivy". Its parts live beside this
 * file so that the side panel can load the checklist first and the rest on demand.
 */
import { ivyChecklist } from './ivy-checklist';
import { ivyReference } from './ivy-reference';
import { joinPack, type Pack } from './schema';

export const ivyPack: Pack = joinPack(ivyChecklist, ivyReference);
