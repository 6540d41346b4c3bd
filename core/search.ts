/**
 * Type-ahead search over a pack: resources, prompts, themes, words explained and the safer sleep card. Words
 * match exactly, by their start ("geno" finds "genograms"), or with one slip of the keyboard
 * ("curious" finds "curiosity"), so a practitioner in a hurry still finds the thing. Pure.
 */

type SearchKind = 'card' | 'resource' | 'theme' | 'prompt' | 'word';

export interface SearchItem {
  id: string;
  kind: SearchKind;
  title: string;
  /** Further text searched, shown as the result's second line. */
  text: string;
  url?: string;
  /** The theme a prompt or theme result belongs to. */
  themeId?: string;
}

interface IndexedItem {
  item: SearchItem;
  titleWords: string[];
  textWords: string[];
}

export interface SearchIndex {
  items: IndexedItem[];
  /** Each hyphenated word written joined ("cosleeping"), with the stem of its last part ("sleep"). */
  compounds: ReadonlyMap<string, string>;
}

export interface SearchResult {
  item: SearchItem;
  score: number;
}

// Words too common to tell items apart.
const STOP_WORDS = new Set(
  'a an and are as at be by do does for from has have how in is it its of on or that the their them there this to was were what when where who with you your'.split(
    ' ',
  ),
);

function plain(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** A word's stem, enough to find "sleep" from "sleeping" or "sleeps". */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '') || word;
}

/** Hyphenated words as written ("co-sleeping", "bed-sharing"), each as its parts. */
function hyphenated(text: string): string[][] {
  return [...plain(text).matchAll(/[a-z0-9]+(?:[-\u2010\u2011][a-z0-9]+)+/g)].map((m) => m[0].split(/[-\u2010\u2011]/));
}

/**
 * The words of a text, as search compares them. A hyphenated word counts as its parts and as
 * one word ("co-sleeping": co, sleeping, cosleeping), so "co-sleeping", "co sleeping" and
 * "cosleeping" find the same things.
 */
export function wordsOf(text: string): string[] {
  const words = plain(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word));
  for (const parts of hyphenated(text)) words.push(parts.join(''));
  return words;
}

export function buildIndex(items: readonly SearchItem[]): SearchIndex {
  const compounds = new Map<string, string>();
  for (const item of items) {
    for (const parts of hyphenated(`${item.title} ${item.text}`)) {
      const last = parts[parts.length - 1];
      if (last && last.length >= 3) compounds.set(parts.join(''), stem(last));
    }
  }
  return {
    items: items.map((item) => ({ item, titleWords: wordsOf(item.title), textWords: wordsOf(item.text) })),
    compounds,
  };
}

/**
 * What one word of a query may match: the word itself, and for a compound the stem of its last
 * part ("cosleeping" also finds "sleep" and "sleeping"), scored a little lower.
 */
function queryTerms(query: string, compounds: ReadonlyMap<string, string>): { word: string; also: string | null }[] {
  const chunks = plain(query)
    .split(/[^a-z0-9\-\u2010\u2011]+/)
    .filter((chunk) => chunk.replace(/[-\u2010\u2011]/g, '').length > 0);
  // Two words that are one hyphenated word of the pack ("co sleeping") are searched as one.
  for (let i = 0; i + 1 < chunks.length; i++) {
    const joined = `${chunks[i]}${chunks[i + 1]}`.replace(/[-\u2010\u2011]/g, '');
    if (compounds.has(joined)) chunks.splice(i, 2, joined);
  }
  const terms: { word: string; also: string | null }[] = [];
  for (const chunk of chunks) {
    const parts = chunk.split(/[-\u2010\u2011]+/).filter((part) => part.length > 0);
    const word = parts.join('');
    if (parts.length === 1 && STOP_WORDS.has(word)) continue;
    const last = parts[parts.length - 1] ?? word;
    const also = compounds.get(word) ?? (parts.length > 1 && last.length >= 3 ? stem(last) : null);
    terms.push({ word, also: also === word ? null : also });
  }
  return terms;
}

/** Edit distance with adjacent swaps, stopping early once it passes `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous: number[] = [];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((before[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (before[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous[j - 2] ?? 0) + 1);
      }
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = before;
    before = row;
  }
  return before[b.length] ?? limit + 1;
}

/** How well one query word matches one word of an item: 3 exact, 2 start, 1 near miss, 0 none. */
function wordScore(query: string, word: string): number {
  if (word === query) return 3;
  if (query.length >= 2 && word.startsWith(query)) return 2;
  if (query.length < 4) return 0;
  const limit = query.length >= 8 ? 2 : 1;
  // A near miss of the whole word, or of its start ("curious" ~ "curios…" of "curiosity").
  for (const length of [word.length, query.length - 1, query.length, query.length + 1]) {
    if (length < 3 || length > word.length) continue;
    if (editDistance(query, word.slice(0, length), limit) <= limit) return 1;
  }
  return 0;
}

function bestScore(query: string, words: readonly string[]): number {
  let best = 0;
  for (const word of words) {
    best = Math.max(best, wordScore(query, word));
    if (best === 3) break;
  }
  return best;
}

const KIND_ORDER: Record<SearchKind, number> = { card: 0, resource: 1, theme: 2, prompt: 3, word: 4 };

/** Items matching every word of the query, best first. */
export function search(index: SearchIndex, query: string, limit = 10): SearchResult[] {
  const terms = queryTerms(query, index.compounds);
  if (terms.length === 0) return [];
  const results: SearchResult[] = [];
  const scoreOf = (word: string, entry: IndexedItem) =>
    // A word in the title counts double.
    Math.max(2 * bestScore(word, entry.titleWords), bestScore(word, entry.textWords));
  for (const entry of index.items) {
    let score = 0;
    let matchedAll = true;
    for (const { word, also } of terms) {
      const found = Math.max(scoreOf(word, entry), also ? scoreOf(also, entry) - 1 : 0);
      if (found === 0) {
        matchedAll = false;
        break;
      }
      score += found;
    }
    if (matchedAll) results.push({ item: entry.item, score });
  }
  return results
    .sort(
      (a, b) =>
        b.score - a.score ||
        KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] ||
        a.item.title.localeCompare(b.item.title),
    )
    .slice(0, limit);
}
