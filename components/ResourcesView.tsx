import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SaferSleepCard as Card } from '../content/safer-sleep';
import type { ManagedConfig } from '../core/managed';
import type { Pack } from '../core/pack/schema';
import { SAFER_SLEEP_CARD_ID } from '../core/pack/search-items';
import { type SearchIndex, type SearchItem, search } from '../core/search';
import { PackAbout } from './PackAbout';
import { ResourceLink, ResourceList } from './ResourceList';
import { SaferSleepCard } from './SaferSleepCard';

export interface ResourcesViewProps {
  pack: Pack;
  card: Card;
  index: SearchIndex;
  /** What to put the practitioner on when the view opens: the search box or the card. */
  focus?: 'search' | 'safer-sleep-card' | null;
  /** When that was asked for: each new request moves the keyboard again. */
  focusAt?: number;
  onShowTheme(themeId: string): void;
  /** Resources the organisation added through policy, listed first. */
  organisation?: ManagedConfig | null;
}

const KIND_LABEL: Record<SearchItem['kind'], string> = {
  card: 'Card',
  resource: 'Resource',
  theme: 'Theme',
  prompt: 'Prompt',
  word: 'Word explained',
};

/** Quick lookup: type-ahead search, the safer sleep card, and every resource grouped. */
/** What Firefox's F6 focuses first in a document. */
const FIRST_CONTROL = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function ResourcesView({ pack, card, index, focus, focusAt, onShowTheme, organisation }: ResourcesViewProps) {
  const fromOrganisation = [
    ...(organisation?.proceduresManualUrl
      ? [
          {
            title: 'Local safeguarding procedures manual',
            url: organisation.proceduresManualUrl,
            description: 'Your partnership’s multi-agency safeguarding procedures.',
            publisher: organisation.organisationName ?? '',
          },
        ]
      : []),
    ...(organisation?.extraResources ?? []),
  ];
  const [query, setQuery] = useState('');
  const box = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const results = useMemo(() => search(index, query, 10), [index, query]);

  // Each new request (focusAt) moves the keyboard again, even to the same place.
  useEffect(() => {
    if (!focus) return;
    const place = () => {
      if (focus === 'search') {
        // Show the section's heading too, not just the box.
        document.getElementById('lookup-heading')?.scrollIntoView({ block: 'start' });
        box.current?.focus({ preventScroll: true });
      } else {
        const cardSection = document.getElementById('safer-sleep-card');
        cardSection?.scrollIntoView({ block: 'start' });
        cardSection?.focus();
      }
    };
    // The panel's own window takes the keyboard first, where the browser lets it.
    window.focus();
    place();
    if (document.hasFocus()) return;
    // Firefox opens its sidebar without the keyboard (Mozilla bug 1502713): when the practitioner
    // moves it in with F6, Firefox puts it on the panel's first control; it goes on to the place
    // asked for. A click on another control keeps the keyboard there.
    const arrive = () => {
      const at = document.activeElement;
      if (at === null || at === document.body || at === document.querySelector(FIRST_CONTROL)) place();
    };
    window.addEventListener('focus', arrive, { once: true });
    return () => window.removeEventListener('focus', arrive);
  }, [focus, focusAt]);

  const showCard = () => {
    const cardSection = document.getElementById('safer-sleep-card');
    cardSection?.scrollIntoView({ block: 'start' });
    cardSection?.focus();
  };

  // Up and down arrows move between the search box and the results.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const targets = [box.current, ...(list.current?.querySelectorAll<HTMLElement>('a, button') ?? [])].filter(
      (el): el is HTMLElement => el !== null,
    );
    const at = targets.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const next = targets[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <>
      <section class="lookup" aria-labelledby="lookup-heading" onKeyDown={onKeyDown}>
        <h2 id="lookup-heading">Quick lookup</h2>
        <label for="lookup-search">Search Pause Point</label>
        <p class="hint" id="lookup-hint">
          Resources, prompts, themes and words explained. Try “sleep”, or a word from a question. Use the down arrow to
          reach the results.
        </p>
        <input
          ref={box}
          id="lookup-search"
          type="search"
          autocomplete="off"
          spellcheck={false}
          aria-describedby="lookup-hint"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <p role="status" class="hint">
          {query.trim() === '' ? '' : results.length === 0 ? 'No matches.' : `${results.length} found.`}
        </p>
        {results.length > 0 && (
          <ul class="results" aria-label="Search results" ref={list}>
            {results.map(({ item }) => {
              const resource = item.kind === 'resource' ? pack.resources.find((r) => r.id === item.id) : undefined;
              return (
                <li key={`${item.kind}-${item.id}`}>
                  <span class="tag">{KIND_LABEL[item.kind]}: </span>
                  {resource ? (
                    <ResourceLink resource={resource} />
                  ) : item.kind === 'word' ? (
                    <strong>{item.title}</strong>
                  ) : item.id === SAFER_SLEEP_CARD_ID ? (
                    <button type="button" class="quiet" onClick={showCard}>
                      {item.title}
                    </button>
                  ) : (
                    <button type="button" class="quiet" onClick={() => item.themeId && onShowTheme(item.themeId)}>
                      {item.title}
                    </button>
                  )}
                  {(item.kind === 'prompt' || item.kind === 'word') && <p class="from-theme">{item.text}</p>}
                  {resource && <p class="from-theme">{resource.publisher}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {fromOrganisation.length > 0 && (
        <section aria-labelledby="organisation-heading" class="resources">
          <h2 id="organisation-heading">From your organisation</h2>
          <ul>
            {fromOrganisation.map((r) => (
              <li key={r.url}>
                <ResourceLink resource={r} />
                {(r.description || r.publisher) && (
                  <p>
                    {r.description} <span class="publisher">{r.publisher}</span>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SaferSleepCard card={card} />
      <ResourceList resources={pack.resources} />
      <PackAbout pack={pack} />
    </>
  );
}
