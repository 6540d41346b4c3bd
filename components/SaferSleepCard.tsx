import type { SaferSleepCard as Card, CardFact } from '../content/safer-sleep';

function Fact({ fact }: { fact: CardFact }) {
  return (
    <li>
      {fact.text} <span class="source">({fact.source})</span>
    </li>
  );
}

/** The safer sleep card, readable offline: every fact with its source, and when it was checked. */
export function SaferSleepCard({ card }: { card: Card }) {
  return (
    <section id="safer-sleep-card" class="card" aria-labelledby="safer-sleep-card-heading" tabIndex={-1}>
      <h2 id="safer-sleep-card-heading">{card.title}</h2>
      <h3>Key messages for every family</h3>
      <ul>
        {card.keyMessages.map((fact) => (
          <Fact key={fact.text} fact={fact} />
        ))}
      </ul>
      <h3>Most dangerous</h3>
      <p>{card.mostDangerous.intro}</p>
      <ul>
        {card.mostDangerous.facts.map((fact) => (
          <Fact key={fact.text} fact={fact} />
        ))}
      </ul>
      <h3>Advice that fits this family</h3>
      <p>{card.bespoke.intro}</p>
      <ul>
        {card.bespoke.facts.map((fact) => (
          <Fact key={fact.text} fact={fact} />
        ))}
      </ul>
      <p class="source">
        Checked {card.checked}. {card.checkedNote}
      </p>
    </section>
  );
}
