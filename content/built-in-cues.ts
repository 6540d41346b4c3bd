import type { Pack, PackCues } from '../core/pack/schema';
import { ivyCues } from './ivy-cues';

/** Cue lists of the built-in packs, which ship apart from their text (the side panel needs none). */
const BUILT_IN_CUES: Readonly<Record<string, PackCues>> = { 'cscp-ivy': ivyCues };

/** A pack's cue lists as the pack itself would hold them: a built-in pack's come from here. */
export function packCues(pack: Pack): PackCues | undefined {
  return pack.cues ?? BUILT_IN_CUES[pack.id];
}
