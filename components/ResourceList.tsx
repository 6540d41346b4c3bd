import type { Resource } from '../content/schema';

export function ResourceList({ resources }: { resources: readonly Resource[] }) {
  return (
    <section aria-labelledby="resources-heading" class="resources">
      <h2 id="resources-heading">Tools and resources</h2>
      <ul>
        {resources.map((r) => (
          <li key={r.id}>
            <a href={r.url} target="_blank" rel="noopener noreferrer">
              {r.title}
              <span class="visually-hidden"> (opens in a new tab)</span>
            </a>
            <p>
              {r.description} <span class="publisher">{r.publisher}.</span>
            </p>
            {r.note && <p class="source">{r.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
