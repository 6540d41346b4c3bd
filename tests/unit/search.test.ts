import { describe, expect, it } from 'vitest';
import { ivyPack } from '../../content/ivy';
import { saferSleepCard } from '../../content/safer-sleep';
import { SAFER_SLEEP_CARD_ID, searchItemsOf } from '../../core/pack/search-items';
import { buildIndex, search, wordsOf } from '../../core/search';

const index = buildIndex(searchItemsOf(ivyPack, saferSleepCard));
const top = (query: string, n = 3) =>
  search(index, query)
    .slice(0, n)
    .map((r) => r.item.id);

describe('search', () => {
  it('ranks an exact title word first: "sleep" finds the safer sleep card and safer sleep resources', () => {
    const ids = top('sleep', 4);
    expect(ids[0]).toBe(SAFER_SLEEP_CARD_ID);
    expect(ids).toContain('lullaby-safer-sleep-advice');
  });

  it('matches the start of a word: "genogram" and "geno" find the genograms tool', () => {
    expect(top('genogram', 1)).toEqual(['rip-genograms']);
    expect(top('geno', 1)).toEqual(['rip-genograms']);
  });

  it('forgives a slip: "curious" and "curiousity" find the professional curiosity guidance', () => {
    // "curious" is also a word of its own in a theme's "why this matters", which may come first.
    expect(top('curious', 3)).toEqual(expect.arrayContaining(['over-optimism', 'cumbria-professional-curiosity']));
    expect(top('curiousity', 1)).toEqual(['cumbria-professional-curiosity']);
    expect(top('fathrs', 1)).toEqual(['fathers']);
  });

  it('searches prompts and themes too, and needs every word to match', () => {
    // The ground-rules question, and the theme whose "why this matters" names ground rules.
    expect(top('ground rules', 2)).toEqual(expect.arrayContaining(['virtual-ground-rules', 'virtual-meetings']));
    expect(search(index, 'genogram teams')).toEqual([]);
  });

  it('finds nothing for an empty query or one made only of common words', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, 'the and of')).toEqual([]);
  });

  it('reads words without case, accents or punctuation; a hyphenated word also counts as one word', () => {
    expect(wordsOf('Co-Sleeping, Café!')).toEqual(['co', 'sleeping', 'cafe', 'cosleeping']);
  });

  it('finds the same safer sleep material for "co-sleeping", "co sleeping" and "cosleeping", the card first', () => {
    const ids = (query: string) => search(index, query, 20).map((r) => r.item.id);
    const sleepPrompts = ivyPack.themes.find((t) => t.id === 'safer-sleep')?.prompts.map((p) => p.id) ?? [];
    for (const query of ['co-sleeping', 'co sleeping', 'cosleeping', 'Co‑Sleeping']) {
      const found = ids(query);
      expect(found[0], query).toBe(SAFER_SLEEP_CARD_ID);
      expect(found, query).toContain('lullaby-safer-sleep-advice');
      expect(found, query).toContain('cumbria-safer-sleep');
      expect(found.filter((id) => sleepPrompts.includes(id)).length, query).toBeGreaterThanOrEqual(2);
      // Nothing about a colleague's challenge: "co" alone is not a word to search by.
      expect(found, query).not.toContain('procedures-and-challenge');
    }
  });
});

describe('resources', () => {
  it('have well-formed https addresses, each once, and each in a group', () => {
    const urls = ivyPack.resources.map((r) => new URL(r.url));
    for (const url of urls) expect(url.protocol).toBe('https:');
    expect(new Set(urls.map(String)).size).toBe(urls.length);
    expect(ivyPack.resources.every((r) => r.group)).toBe(true);
  });

  it('include the national resources the issue names', () => {
    const titles = ivyPack.resources.map((r) => `${r.publisher}: ${r.title}`);
    expect(titles).toContain('The Lullaby Trust: Safer sleep advice');
    expect(titles.some((t) => t.includes('Out of routine'))).toBe(true);
    expect(titles.some((t) => t.includes('The myth of invisible men'))).toBe(true);
  });

  it('cover every resource the safer sleep card names as a source', () => {
    const ids = new Set(ivyPack.resources.map((r) => r.id));
    const card = saferSleepCard;
    for (const part of card.groups.flatMap((group) => group.parts)) {
      expect(ids, part.source.title).toContain(part.source.resourceId);
      expect(part.facts.length).toBeGreaterThan(0);
    }
  });
});
