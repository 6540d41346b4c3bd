import type { SearchItem } from '../core/search';
import { cardFacts, type SaferSleepCard } from './safer-sleep';
import type { Pack } from './schema';

export const SAFER_SLEEP_CARD_ID = 'safer-sleep-card';

/** Everything a practitioner can search for in a pack, and its safer sleep card. */
export function searchItemsOf(pack: Pack, card: SaferSleepCard): SearchItem[] {
  const cardText = cardFacts(card).join(' ');
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
  ];
}
