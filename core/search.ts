/**
 * Type-ahead search over a pack: resources, prompts, themes and the safer sleep card. Words
 * match exactly, by their start ("geno" finds "genograms"), or with one slip of the keyboard
 * ("curious" finds "curiosity"), so a practitioner in a hurry still finds the thing. Pure.
 */

export type SearchKind = 'card' | 'resource' | 'theme' | 'prompt';

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

export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word));
}

export function buildIndex(items: readonly SearchItem[]): SearchIndex {
  return { items: items.map((item) => ({ item, titleWords: wordsOf(item.title), textWords: wordsOf(item.text) })) };
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

const KIND_ORDER: Record<SearchKind, number> = { card: 0, resource: 1, theme: 2, prompt: 3 };

/** Items matching every word of the query, best first. */
export function search(index: SearchIndex, query: string, limit = 10): SearchResult[] {
  const queryWords = wordsOf(query);
  if (queryWords.length === 0) return [];
  const results: SearchResult[] = [];
  for (const entry of index.items) {
    let score = 0;
    let matchedAll = true;
    for (const word of queryWords) {
      // A word in the title counts double.
      const found = Math.max(2 * bestScore(word, entry.titleWords), bestScore(word, entry.textWords));
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
