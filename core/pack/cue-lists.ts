import type { ThemeCues } from '../cues';
import type { Pack, PackCues } from './schema';

/**
 * A pack's cue lists, in the shape the matcher and the message checks use. A built-in pack
 * keeps its cue lists beside its text (content/built-in-cues.ts), so they come in as `cues`.
 */
export function cueListsOf(pack: Pack, cues: PackCues | undefined = pack.cues): ThemeCues[] {
  if (!cues) return [];
  return pack.themes.flatMap((theme) => {
    const lists = cues.themes[theme.id];
    if (!lists) return [];
    const { cues: words, notCues, capitalCues, contextCues } = lists;
    return [
      {
        themeId: theme.id,
        cues: words,
        notCues,
        ...(capitalCues ? { capitalCues } : {}),
        ...(contextCues ? { contextCues } : {}),
      },
    ];
  });
}
