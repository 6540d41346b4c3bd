import { ivyPack } from './ivy';
import type { Pack } from './schema';

/** The packs that ship with Pause Point, whole. More can be added later from validated files. */
export const BUILT_IN_PACKS: readonly Pack[] = [ivyPack];

export const DEFAULT_PACK: Pack = ivyPack;
