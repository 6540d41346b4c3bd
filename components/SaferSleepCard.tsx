import { useState } from 'preact/hooks';
import type { SaferSleepCard as Card } from '../content/safer-sleep';
import { sourceText } from '../core/pack/sources';

/**
 * The safer sleep card, readable offline. The "never" group comes first and open; the others
 * are folded under their headings and opened by choice, so the card starts about one screen
 * tall. Each heading is a button (aria-expanded) inside a real heading, so the groups stay in a
 * screen reader's list of headings. Each group lists its facts by source and names each source
 * once, after its facts, with the date it was checked.
 */
export function SaferSleepCard({ card }: { card: Card }) {
  const [open, setOpen] = useState<ReadonlySet<number>>(
    () => new Set([0, ...card.groups.flatMap((group, i) => (group.open ? [i] : []))]),
  );
  const toggle = (i: number) => {
    const next = new Set(open);
    if (!next.delete(i)) next.add(i);
    setOpen(next);
  };
  return (
    <section id="safer-sleep-card" class="card" aria-labelledby="safer-sleep-card-heading" tabIndex={-1}>
      <h2 id="safer-sleep-card-heading">{card.title}</h2>
      {card.groups.map((group, i) => {
        const bodyId = `safer-sleep-group-${i}`;
        return (
          <div key={group.heading} class="card-group">
            <h3>
              <button
                type="button"
                class="card-toggle"
                aria-expanded={open.has(i)}
                aria-controls={bodyId}
                onClick={() => toggle(i)}
              >
                {group.heading}
              </button>
            </h3>
            <div id={bodyId} hidden={!open.has(i)}>
              {group.intro && <p>{group.intro}</p>}
              {group.parts.map((part) => (
                <div key={part.source.title}>
                  <ul>
                    {part.facts.map((fact) => (
                      <li key={fact}>{fact}</li>
                    ))}
                  </ul>
                  <p class="source">
                    From {sourceText(part.source, card.brief)}
                    {part.source.checked ? `, checked ${part.source.checked}` : ''}.
                  </p>
                </div>
              ))}
            </div>
          </div>
        );
      })}
      <p class="source">
        Checked {card.checked}. {card.checkedNote}
      </p>
    </section>
  );
}
