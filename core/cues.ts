/**
 * Finds a pack's cue words in a page's text, so the side panel can say which themes a case
 * record raises. Pure and fast: one compiled regular expression over lower-cased text, and a
 * second, small one for the abbreviations that count only in capitals.
 *
 * - Whole words only: "cot" is not found in "Scotland", nor "nan" in "finance".
 * - Case does not matter; plurals and possessives count ("sofas", "father's"), and
 *   apostrophes are ignored ("parents' bed", "parents bed").
 * - Hyphens and spaces are interchangeable in a cue ("co-sleeping", "co sleeping", "cosleeping").
 * - A theme's "not cues" are phrases in which a cue word means something else
 *   ("partner agency"); text inside them never counts.
 * - Values a broken field shows ("NaN", "undefined") are not words: "NaN" is not "nan".
 * - "Capital cues" are abbreviations that count only as written, in capitals: "F" (father) in
 *   "F not seen", never the letter f; "MP" (mum's partner), never "mp3".
 * - "Context cues" count only when one of their context words is in the same sentence: "sofa"
 *   raises safer sleep beside "baby", not in "dad's mate kips on the sofa". A sentence ends
 *   at ".", "!" or "?" before a space, or at a line break.
 * - A phrase also does what the whole words inside it do: "dad's drinking" (substances) still
 *   says "dad" (fathers), unless a theme lists the phrase as a not-cue.
 *
 * The pattern cannot backtrack badly: a cue is normalised so that each run of spaces and
 * hyphens is one unit, and every match must start with a letter or digit of a cue, so a long
 * run of dashes or spaces costs one pass.
 *
 * Only the pack's own cue terms come out, never the text of the page.
 */
import { APOSTROPHES, escapeRegExp, normaliseCue, SEPARATORS } from './cue-text';

export { normaliseCue } from './cue-text';

export interface ThemeCues {
  themeId: string;
  cues: readonly string[];
  notCues: readonly string[];
  /** Abbreviations that count only as written, in capitals ("F", "MP"). */
  capitalCues?: readonly string[];
  /** Cues that count only when one of the group's context words is in the same sentence. */
  contextCues?: readonly ContextCues[];
}

interface ContextCues {
  cues: readonly string[];
  context: readonly string[];
}

export interface RaisedTheme {
  themeId: string;
  /** The pack's cue terms that were found, in the pack's spelling, in pack order. */
  cues: string[];
}

interface CueEntry {
  themeId: string;
  cue: string;
  order: number;
  /** The context group that must be in the same sentence, if any. */
  group?: number;
}

/** What a phrase found in the text does: the cues it is, and the context groups it is a word of. */
interface PhraseRole {
  raises: CueEntry[];
  contexts: number[];
  /** Set when one of `raises` waits on a context word. */
  waits?: boolean;
}

export interface CueMatcher {
  pattern: RegExp;
  /** Canonical key of a phrase → what it does (nothing, for a not-cue). */
  entries: Map<string, PhraseRole>;
  /** Abbreviations counted only in capitals: matched on the text as written. */
  capitals: { pattern: RegExp; entries: Map<string, PhraseRole> } | null;
  themeOrder: string[];
}

/** Above this many characters a page is scanned only in part: work stays bounded. */
export const MAX_SCAN_CHARS = 5_000_000;

/** The lookup key of a cue or of matched text: lower case, separators and apostrophes removed. */
function keyOf(text: string): string {
  return text.toLowerCase().replace(APOSTROPHES, '').replace(SEPARATORS, '');
}

/** The key of a capital cue or of text matched against one: as written, separators removed. */
function capitalKeyOf(text: string): string {
  return text.replace(APOSTROPHES, '').replace(SEPARATORS, '');
}

// Placeholders a broken case-system field shows instead of a value; never read as words.
const PLACEHOLDERS = /\bNaN\b|\bundefined\b|\bnull\b|\[object Object\]/g;

// A cue is spelled as units: single characters, or a separator (a run of spaces or hyphens).
const SEP_REQUIRED = '\u0001'; // where the cue had a space: one or more separators
const SEP_OPTIONAL = '\u0002'; // where the cue had a hyphen: any run of separators, or none

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

// Spaces (\s includes the no-break space), hyphens and the two Unicode hyphens, written as
// the characters themselves: a separator appears hundreds of times in a pack's pattern, and
// V8 optimises a pattern less once its source passes 20 KB (kRegExpTooLargeToOptimize).
const SEPARATOR_RUN = '[\\s\\-\u2010\u2011]+';
const SEPARATOR_RUN_OR_NONE = '[\\s\\-\u2010\u2011]*';

/** A unit as a pattern; `anyCase` spells a letter as both its cases ("[sS]"). */
function unitPattern(unit: string, anyCase: boolean): string {
  if (unit === SEP_REQUIRED) return SEPARATOR_RUN;
  if (unit === SEP_OPTIONAL) return SEPARATOR_RUN_OR_NONE;
  if (anyCase) {
    const lower = unit.toLowerCase();
    const upper = unit.toUpperCase();
    if (lower !== upper && lower.length === 1 && upper.length === 1) return `[${lower}${upper}]`;
  }
  return escapeRegExp(unit);
}

/**
 * All phrases as one trie-shaped pattern ("co(?:t|uch)" rather than "cot|couch"), so the
 * engine tries each character once instead of every phrase at every word: 1 MB of text
 * takes a few milliseconds. Greedy optional groups keep the longest phrase first.
 */
function triePattern(node: TrieNode): string {
  const branches = [...node.next.entries()].map(([unit, child]) => unit + triePattern(child));
  if (branches.length === 0) return '';
  if (node.end) return `(?:${branches.join('|')})?`;
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}

/**
 * A whole-word pattern for phrases already normalised (normaliseCue): each character is a
 * unit, and so is each separator (" " one or more, "-" any number), spelled by `spell`.
 */
function phrasePattern(lists: [Iterable<string>, (unit: string) => string][]): RegExp {
  const root: TrieNode = { end: false, next: new Map() };
  for (const [phrases, spell] of lists) {
    for (const phrase of phrases) {
      let node = root;
      for (const char of phrase) {
        const unit = spell(char === ' ' ? SEP_REQUIRED : char === '-' ? SEP_OPTIONAL : char);
        let child = node.next.get(unit);
        if (!child) {
          child = { end: false, next: new Map() };
          node.next.set(unit, child);
        }
        node = child;
      }
      node.end = true;
    }
  }
  return new RegExp(`\\b${triePattern(root)}(?:es|s)?\\b`, 'g');
}

function roleOf(map: Map<string, PhraseRole>, key: string): PhraseRole {
  let role = map.get(key);
  if (!role) {
    role = { raises: [], contexts: [] };
    map.set(key, role);
  }
  return role;
}

export function compileCues(themes: readonly ThemeCues[]): CueMatcher {
  const entries = new Map<string, PhraseRole>();
  const phrases = new Set<string>();
  const capitalEntries = new Map<string, PhraseRole>();
  const capitalPhrases = new Set<string>();
  const notCuePhrases = new Set<string>();
  const notCueThemes = new Map<string, Set<string>>();
  let order = 0;
  let groups = 0;
  const addCue = (themeId: string, cue: string, group?: number) => {
    const key = keyOf(cue);
    if (key === '') return;
    const entry: CueEntry = { themeId, cue, order: order++ };
    if (group !== undefined) entry.group = group;
    roleOf(entries, key).raises.push(entry);
    phrases.add(normaliseCue(cue).toLowerCase());
  };
  for (const theme of themes) {
    for (const cue of theme.cues) addCue(theme.themeId, cue);
    for (const notCue of theme.notCues) {
      const key = keyOf(notCue);
      if (key === '') continue;
      // A not-cue blocks the phrase for every theme: its words mean something else there.
      roleOf(entries, key);
      const themesBlocked = notCueThemes.get(key) ?? new Set<string>();
      themesBlocked.add(theme.themeId);
      notCueThemes.set(key, themesBlocked);
      phrases.add(normaliseCue(notCue).toLowerCase());
      notCuePhrases.add(normaliseCue(notCue).toLowerCase());
    }
    for (const cue of theme.capitalCues ?? []) {
      const key = capitalKeyOf(normaliseCue(cue));
      if (key === '') continue;
      roleOf(capitalEntries, key).raises.push({ themeId: theme.themeId, cue, order: order++ });
      capitalPhrases.add(normaliseCue(cue));
    }
    for (const group of theme.contextCues ?? []) {
      const id = groups++;
      for (const cue of group.cues) addCue(theme.themeId, cue, id);
      for (const word of group.context) {
        const key = keyOf(word);
        if (key === '') continue;
        roleOf(entries, key).contexts.push(id);
        phrases.add(normaliseCue(word).toLowerCase());
      }
    }
  }
  inheritInnerPhrases(entries, phrases, notCueThemes);
  for (const role of entries.values()) if (role.raises.some((e) => e.group !== undefined)) role.waits = true;
  // Most units are the same few letters: each is spelled as a pattern once.
  const speller = (anyCase: boolean) => {
    const spellings = new Map<string, string>();
    return (unit: string) => {
      let spelling = spellings.get(unit);
      if (spelling === undefined) {
        spelling = unitPattern(unit, anyCase);
        spellings.set(unit, spelling);
      }
      return spelling;
    };
  };
  const exact = speller(false);
  // Capital cues are read on the text as written, where the not-cues that hold one of them as
  // a word ("F/U", "local MP") still block, in any case. Other not-cues cannot meet a capital
  // cue, so they stay out of this pattern and it stays small.
  const capitalWords = new Set([...capitalPhrases].map((phrase) => phrase.toLowerCase()));
  const blocking = new Set(
    [...notCuePhrases].filter((phrase) => phrase.split(/[^\p{L}\p{N}]+/u).some((word) => capitalWords.has(word))),
  );
  const capitals =
    capitalPhrases.size === 0
      ? null
      : {
          // Not-cues first: spelled in either case, they share no branch with a capital cue, and
          // the first branch that matches wins ("F/U" must be tried before "F").
          pattern: phrasePattern([
            [blocking, speller(true)],
            [capitalPhrases, exact],
          ]),
          entries: capitalEntries,
        };
  return {
    pattern: phrasePattern([[phrases, exact]]),
    entries,
    capitals,
    themeOrder: themes.map((t) => t.themeId),
  };
}

/**
 * The pattern finds the longest phrase at each place, so a phrase hides the shorter phrases
 * inside it: "dads drinking" (substances) hides "dad" (fathers), "in their bed" hides the
 * context word "bed". So each phrase also does what the whole words inside it do, except for
 * a theme that lists the phrase as a not-cue ("paternal grandmother" is not "paternal" for
 * fathers). Found word by word: a phrase of k words has k(k+1)/2 runs of words to look up.
 */
function inheritInnerPhrases(
  entries: Map<string, PhraseRole>,
  phrases: Set<string>,
  notCueThemes: Map<string, Set<string>>,
) {
  const inner = new Map<string, { raises: CueEntry[]; contexts: number[] }>();
  for (const phrase of phrases) {
    const words = phrase.split(/[ -]/).filter((w) => w !== '');
    if (words.length < 2) continue;
    const key = keyOf(phrase);
    const blocked = notCueThemes.get(key);
    const raises: CueEntry[] = [];
    const contexts: number[] = [];
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 1; to <= words.length; to++) {
        if (to - from === words.length) continue;
        const role = lookup(entries, words.slice(from, to).join(''));
        if (!role) continue;
        for (const entry of role.raises) if (!blocked?.has(entry.themeId)) raises.push(entry);
        contexts.push(...role.contexts);
      }
    }
    if (raises.length > 0 || contexts.length > 0) inner.set(key, { raises, contexts });
  }
  for (const [key, extra] of inner) {
    const role = roleOf(entries, key);
    const own = new Set(role.raises.map((e) => `${e.themeId}\u0000${e.cue}`));
    const themes = new Set(role.raises.filter((e) => e.group === undefined).map((e) => e.themeId));
    for (const entry of extra.raises) {
      // A phrase that raises a theme already says so in its own words: "maternal grandmother".
      if (themes.has(entry.themeId) && entry.group === undefined) continue;
      if (own.has(`${entry.themeId}\u0000${entry.cue}`)) continue;
      own.add(`${entry.themeId}\u0000${entry.cue}`);
      role.raises.push(entry);
    }
    for (const context of extra.contexts) if (!role.contexts.includes(context)) role.contexts.push(context);
  }
}

function lookup(entries: Map<string, PhraseRole>, key: string): PhraseRole | undefined {
  const direct = entries.get(key);
  if (direct) return direct;
  for (const suffix of ['s', 'es']) {
    if (key.endsWith(suffix)) {
      const found = entries.get(key.slice(0, -suffix.length));
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Counts sentences up to each position asked for, positions rising: a full stop, "!" or "?"
 * before a space or the end, or a line break, ends a sentence. One pass over the text, at most.
 */
function sentenceCounter(text: string): (index: number) => number {
  const ends = /[.!?](?=\s|$)|\n/g;
  let count = 0;
  let next = -1; // the next sentence end not yet counted; -1 until looked for
  return (index) => {
    for (;;) {
      if (next === -1) next = ends.exec(text)?.index ?? Number.POSITIVE_INFINITY;
      if (next >= index) return count;
      count++;
      next = -1;
    }
  };
}

export function findCues(matcher: CueMatcher, text: string): RaisedTheme[] {
  const written = (text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text)
    .replace(PLACEHOLDERS, ' ')
    .replace(APOSTROPHES, '');
  const raised = new Set<CueEntry>();
  // Matches come in text order, so a context group needs only the last sentence that had
  // one of its context words, and the context cues waiting in the current sentence: memory
  // stays the size of the pack, whatever the page.
  const contextAt = new Map<number, number>();
  const waiting = new Map<number, { sentence: number; entries: CueEntry[] }>();
  const read = (haystack: string, pattern: RegExp, entries: Map<string, PhraseRole>, key: (s: string) => string) => {
    const sentenceAt = sentenceCounter(haystack);
    // The same few phrases match again and again: each is looked up once.
    const roles = new Map<string, PhraseRole | undefined>();
    pattern.lastIndex = 0;
    for (const match of haystack.matchAll(pattern)) {
      const matched = match[0];
      let role = roles.get(matched);
      if (role === undefined && !roles.has(matched)) {
        role = lookup(entries, key(matched));
        if (roles.size < 10_000) roles.set(matched, role);
      }
      if (!role) continue;
      const sentence = role.contexts.length > 0 || role.waits ? sentenceAt(match.index) : -1;
      for (const group of role.contexts) {
        contextAt.set(group, sentence);
        const held = waiting.get(group);
        if (held?.sentence === sentence) for (const entry of held.entries) raised.add(entry);
        waiting.delete(group);
      }
      for (const entry of role.raises) {
        if (entry.group === undefined || contextAt.get(entry.group) === sentence) {
          raised.add(entry);
          continue;
        }
        const held = waiting.get(entry.group);
        if (held?.sentence !== sentence) waiting.set(entry.group, { sentence, entries: [entry] });
        else if (!held.entries.includes(entry)) held.entries.push(entry);
      }
    }
  };
  read(written.toLowerCase(), matcher.pattern, matcher.entries, keyOf);
  // Capital cues never wait on context: the schema has no capital context cues.
  if (matcher.capitals) read(written, matcher.capitals.pattern, matcher.capitals.entries, capitalKeyOf);
  const byTheme = new Map<string, CueEntry[]>();
  for (const entry of raised) {
    const list = byTheme.get(entry.themeId) ?? [];
    if (!list.some((e) => e.cue === entry.cue)) list.push(entry);
    byTheme.set(entry.themeId, list);
  }
  return matcher.themeOrder
    .filter((themeId) => byTheme.has(themeId))
    .map((themeId) => ({
      themeId,
      cues: (byTheme.get(themeId) ?? []).sort((a, b) => a.order - b.order).map((e) => e.cue),
    }));
}
