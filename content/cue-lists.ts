import type { ThemeCues } from '../core/cues';
import { ivyCues } from './ivy-cues';
import type { Pack, PackCues } from './schema';

/** Cue lists of the built-in packs, which ship apart from their text (the side panel needs none). */
const BUILT_IN_CUES: Readonly<Record<string, PackCues>> = { 'cscp-ivy': ivyCues };

/** A pack's cue lists as the pack itself would hold them: a built-in pack's come from beside it. */
export function packCues(pack: Pack): PackCues | undefined {
  return pack.cues ?? BUILT_IN_CUES[pack.id];
}

/** A pack's cue lists, in the shape the matcher and the message checks use. */
export function cueListsOf(pack: Pack): ThemeCues[] {
  const cues = packCues(pack);
  if (!cues) return [];
  return pack.themes.flatMap((theme) => {
    const lists = cues.themes[theme.id];
    return lists ? [{ themeId: theme.id, cues: lists.cues, notCues: lists.notCues }] : [];
  });
}
