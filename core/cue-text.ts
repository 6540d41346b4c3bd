/**
 * How a cue is written down, apart from the matcher (cues.ts): pack checks need only this,
 * and keeping it small keeps the matcher out of every page that checks a pack.
 */
export const SEPARATORS = /[\s\u00a0\-\u2010\u2011\u2012\u2013]+/g;
export const APOSTROPHES = /['\u2018\u2019\u02bc]/g;

/**
 * A cue as the matcher reads it: trimmed, apostrophes dropped, and each run of spaces and
 * hyphens made one separator: a hyphen where the run has one ("co - sleeping" is
 * "co-sleeping"), else one space. Packs are normalised when they are checked; the matcher
 * normalises again so that no cue, from anywhere, can build a pattern that backtracks.
 */
export function normaliseCue(cue: string): string {
  // One character class per run, so this is linear however long or odd the text is.
  return cue
    .replace(APOSTROPHES, '')
    .trim()
    .replace(SEPARATORS, (run) => (/[-\u2010\u2011\u2012\u2013]/.test(run) ? '-' : ' '))
    .replace(/^-|-$/g, '');
}

/** Makes text match itself literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every cue term a theme's lists can raise, of every kind (cues, capital cues, context cues):
 * what a case page may report for the theme, and what a prompt's cues may name.
 */
export function raisableCues(lists: {
  cues: readonly string[];
  capitalCues?: readonly string[];
  contextCues?: readonly { cues: readonly string[] }[];
}): string[] {
  return [...lists.cues, ...(lists.capitalCues ?? []), ...(lists.contextCues ?? []).flatMap((group) => group.cues)];
}
