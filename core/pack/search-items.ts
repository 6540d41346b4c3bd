import type { SearchItem } from '../search';
import type { Pack } from './schema';

export const SAFER_SLEEP_CARD_ID = 'safer-sleep-card';

/** What search needs of a safer sleep card: its title and the facts of each group. */
export interface SearchableCard {
  title: string;
  groups: readonly { parts: readonly { facts: readonly string[] }[] }[];
}

/** Everything a practitioner can search for in a pack, and its safer sleep card. */
export function searchItemsOf(pack: Pack, card: SearchableCard): SearchItem[] {
  const cardText = card.groups.flatMap((group) => group.parts.flatMap((part) => part.facts)).join(' ');
  return [
    {
      id: SAFER_SLEEP_CARD_ID,
      kind: 'card',
      title: card.title,
      text: `Key safer sleep messages, when sharing a bed or sofa is most dangerous, and questions for this family. ${cardText} co-sleeping bed-sharing cot death SIDS SUDI`,
    },
    ...pack.resources.map((r) => ({
      id: r.id,
      kind: 'resource' as const,
      title: r.title,
      text: `${r.description} ${r.publisher}`,
      url: r.url,
    })),
    ...pack.themes.map((t) => ({ id: t.id, kind: 'theme' as const, title: t.title, text: t.why, themeId: t.id })),
    ...pack.themes.flatMap((t) =>
      t.prompts.map((p) => ({ id: p.id, kind: 'prompt' as const, title: p.text, text: t.title, themeId: t.id })),
    ),
    // Words explained, found by the word or by its meaning ("who prescribes" finds "prescribers").
    ...(pack.glossary ?? []).map((entry, i) => ({
      id: `word-${i}`,
      kind: 'word' as const,
      title: entry.term,
      text: entry.meaning,
    })),
  ];
}
