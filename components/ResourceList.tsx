import { RESOURCE_GROUPS } from '../core/pack/resource-groups';
import type { Resource } from '../core/pack/schema';
import { linkHost } from '../core/safe-text';

/** A link that opens in a new tab, with the site it goes to beside it. */
export function ResourceLink({ resource }: { resource: Pick<Resource, 'title' | 'url'> }) {
  const host = linkHost(resource.url);
  return (
    <>
      <a href={resource.url} target="_blank" rel="noopener noreferrer">
        {resource.title}
        <span class="visually-hidden"> (opens in a new tab)</span>
      </a>
      {/* Where the link goes, in plain sight: a title can say anything. */}
      {host && <span class="link-host"> {host}</span>}
    </>
  );
}

/** When the address was last checked; if it could not be confirmed, what to search for instead. */
function AddressChecked({ resource }: { resource: Resource }) {
  const checked = resource.addressChecked;
  if (!checked) return null;
  return (
    <p class="source">
      {checked.confirmed
        ? `Address checked ${checked.on}.`
        : `Address last checked ${checked.on}, and it could not be confirmed. If the link does not work, search for “${resource.title}” by ${resource.publisher}.`}
    </p>
  );
}

/** Every resource of the pack, grouped, each with what it is and who publishes it. */
export function ResourceList({ resources }: { resources: readonly Resource[] }) {
  return (
    <section aria-labelledby="resources-heading" class="resources">
      <h2 id="resources-heading">Tools and resources</h2>
      {RESOURCE_GROUPS.map((group) => {
        const inGroup = resources.filter((r) => r.group === group.id);
        if (inGroup.length === 0) return null;
        return (
          <div key={group.id}>
            <h3 id={`resources-${group.id}`}>{group.title}</h3>
            <ul aria-labelledby={`resources-${group.id}`}>
              {inGroup.map((r) => (
                <li key={r.id}>
                  <ResourceLink resource={r} />
                  <p>
                    {r.description} <span class="publisher">{r.publisher}.</span>
                  </p>
                  {r.note && <p class="source">{r.note}</p>}
                  {r.addressChecked && <AddressChecked resource={r} />}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
