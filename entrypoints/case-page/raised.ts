import { raisableCues } from '../../core/cue-text';
import type { RaisedTheme, ThemeCues } from '../../core/cues';

/**
 * The themes raised anywhere in `found` (blocks of the page, notes being typed), each with
 * every cue word found for it, in the pack's order of themes and of cue words: the same
 * answer findCues gives for all the text at once.
 */
export function unionOfRaised(pack: readonly ThemeCues[], found: Iterable<readonly RaisedTheme[]>): RaisedTheme[] {
  const cuesByTheme = new Map<string, Set<string>>();
  for (const raised of found) {
    for (const { themeId, cues } of raised) {
      const seen = cuesByTheme.get(themeId) ?? new Set<string>();
      for (const cue of cues) seen.add(cue);
      cuesByTheme.set(themeId, seen);
    }
  }
  const union: RaisedTheme[] = [];
  for (const theme of pack) {
    const seen = cuesByTheme.get(theme.themeId);
    if (!seen) continue;
    // Every kind of cue the theme has: plain, capital ("F") and context ("sofa" beside "baby").
    const cues = [...new Set(raisableCues(theme))].filter((cue) => seen.has(cue));
    if (cues.length > 0) union.push({ themeId: theme.themeId, cues });
  }
  return union;
}
