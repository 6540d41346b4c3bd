import type { SaferSleepCard as Card } from '../content/safer-sleep';
import { sourceText } from '../core/pack/sources';

/**
 * The safer sleep card, readable offline. The "never" group comes first. Each group lists its
 * facts by source and names each source once, after its facts, with the date it was checked.
 */
export function SaferSleepCard({ card }: { card: Card }) {
  return (
    <section id="safer-sleep-card" class="card" aria-labelledby="safer-sleep-card-heading" tabIndex={-1}>
      <h2 id="safer-sleep-card-heading">{card.title}</h2>
      {card.groups.map((group) => (
        <div key={group.heading}>
          <h3>{group.heading}</h3>
          {group.intro && <p>{group.intro}</p>}
          {group.parts.map((part) => (
            <div key={part.source.title}>
              <ul>
                {part.facts.map((fact) => (
                  <li key={fact}>{fact}</li>
                ))}
              </ul>
              <p class="source">
                From {sourceText(part.source, card.brief)}, checked {part.source.checked}.
              </p>
            </div>
          ))}
        </div>
      ))}
      <p class="source">
        Checked {card.checked}. {card.checkedNote}
      </p>
    </section>
  );
}
