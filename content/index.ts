import type { Pack } from '../core/pack/schema';
import { ivyPack } from './ivy';

/** The packs that ship with Pause Point, whole. More can be added later from validated files. */
export const BUILT_IN_PACKS: readonly Pack[] = [ivyPack];

export const DEFAULT_PACK: Pack = ivyPack;
