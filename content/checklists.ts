import type { PackChecklist } from '../core/pack/schema';
import { ivyChecklist } from './ivy-checklist';

/**
 * The checklist part of the default pack: what the side panel needs to show and store
 * answers. The whole pack (content/index.ts) loads only when a view needs the rest.
 */
export const DEFAULT_CHECKLIST: PackChecklist = ivyChecklist;
