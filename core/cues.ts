/**
 * Finds a pack's cue words in a page's text, so the side panel can say which themes a case
 * record raises. Pure and fast: one compiled regular expression over lower-cased text.
 *
 * - Whole words only: "cot" is not found in "Scotland", nor "nan" in "finance".
 * - Case does not matter; plurals and possessives count ("sofas", "father's"), and
 *   apostrophes are ignored ("parents' bed", "parents bed").
 * - Hyphens and spaces are interchangeable in a cue ("co-sleeping", "co sleeping", "cosleeping").
 * - A theme's "not cues" are phrases in which a cue word means something else
 *   ("partner agency"); text inside them never counts.
 * - Values a broken field shows ("NaN", "undefined") are not words: "NaN" is not "nan".
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
}

export interface CueMatcher {
  pattern: RegExp;
  /** Canonical key of a cue or not-cue → the themes it raises (empty for a not-cue). */
  entries: Map<string, CueEntry[]>;
  themeOrder: string[];
}

/** Above this many characters a page is scanned only in part: work stays bounded. */
export const MAX_SCAN_CHARS = 5_000_000;

/** The lookup key of a cue or of matched text: lower case, separators and apostrophes removed. */
function keyOf(text: string): string {
  return text.toLowerCase().replace(APOSTROPHES, '').replace(SEPARATORS, '');
}

// Placeholders a broken case-system field shows instead of a value; never read as words.
const PLACEHOLDERS = /\bNaN\b|\bundefined\b|\bnull\b|\[object Object\]/g;

// A cue is spelled as units: single characters, or a separator (a run of spaces or hyphens).
const SEP_REQUIRED = '\u0001'; // where the cue had a space: one or more separators
const SEP_OPTIONAL = '\u0002'; // where the cue had a hyphen: any run of separators, or none

function unitsOf(phrase: string): string[] {
  const units: string[] = [];
  for (const part of normaliseCue(phrase).toLowerCase().split(/( |-)/)) {
    if (part === '-') units.push(SEP_OPTIONAL);
    else if (part === ' ') units.push(SEP_REQUIRED);
    else units.push(...part);
  }
  return units;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function unitPattern(unit: string): string {
  if (unit === SEP_REQUIRED) return '[\\s\\u00a0\\-\\u2010\\u2011]+';
  if (unit === SEP_OPTIONAL) return '[\\s\\u00a0\\-\\u2010\\u2011]*';
  return escapeRegExp(unit);
}

/**
 * All phrases as one trie-shaped pattern ("co(?:t|uch)" rather than "cot|couch"), so the
 * engine tries each character once instead of every phrase at every word: 1 MB of text
 * takes a few milliseconds. Greedy optional groups keep the longest phrase first.
 */
function triePattern(node: TrieNode): string {
  const branches = [...node.next.entries()].map(([unit, child]) => unitPattern(unit) + triePattern(child));
  if (branches.length === 0) return '';
  if (node.end) return `(?:${branches.join('|')})?`;
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}

export function compileCues(themes: readonly ThemeCues[]): CueMatcher {
  const entries = new Map<string, CueEntry[]>();
  const phrases = new Set<string>();
  let order = 0;
  for (const theme of themes) {
    for (const cue of theme.cues) {
      const key = keyOf(cue);
      if (key === '') continue;
      const list = entries.get(key) ?? [];
      list.push({ themeId: theme.themeId, cue, order: order++ });
      entries.set(key, list);
      phrases.add(normaliseCue(cue).toLowerCase());
    }
    for (const notCue of theme.notCues) {
      const key = keyOf(notCue);
      if (key === '') continue;
      // A not-cue blocks the phrase for every theme: its words mean something else there.
      if (!entries.has(key)) entries.set(key, []);
      phrases.add(normaliseCue(notCue).toLowerCase());
    }
  }
  const root: TrieNode = { end: false, next: new Map() };
  for (const phrase of phrases) {
    let node = root;
    for (const unit of unitsOf(phrase)) {
      let child = node.next.get(unit);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(unit, child);
      }
      node = child;
    }
    node.end = true;
  }
  const pattern = new RegExp(`\\b${triePattern(root)}(?:es|s)?\\b`, 'g');
  return { pattern, entries, themeOrder: themes.map((t) => t.themeId) };
}

function lookup(matcher: CueMatcher, matched: string): CueEntry[] {
  const key = keyOf(matched);
  const direct = matcher.entries.get(key);
  if (direct) return direct;
  for (const suffix of ['s', 'es']) {
    if (key.endsWith(suffix)) {
      const found = matcher.entries.get(key.slice(0, -suffix.length));
      if (found) return found;
    }
  }
  return [];
}

export function findCues(matcher: CueMatcher, text: string): RaisedTheme[] {
  const haystack = (text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text)
    .replace(PLACEHOLDERS, ' ')
    .toLowerCase()
    .replace(APOSTROPHES, '');
  const found = new Map<string, Map<string, number>>();
  matcher.pattern.lastIndex = 0;
  for (const match of haystack.matchAll(matcher.pattern)) {
    for (const entry of lookup(matcher, match[0])) {
      const cues = found.get(entry.themeId) ?? new Map<string, number>();
      cues.set(entry.cue, entry.order);
      found.set(entry.themeId, cues);
    }
  }
  return matcher.themeOrder
    .filter((themeId) => found.has(themeId))
    .map((themeId) => ({
      themeId,
      cues: [...(found.get(themeId) ?? new Map<string, number>()).entries()]
        .sort((a, b) => a[1] - b[1])
        .map(([cue]) => cue),
    }));
}
