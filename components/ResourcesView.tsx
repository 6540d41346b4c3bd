import type { Pack } from '../content/schema';
import { PackAbout } from './PackAbout';
import { ResourceList } from './ResourceList';

/** The brief's tools and resources, and what the learning is and where it comes from. */
export function ResourcesView({ pack }: { pack: Pack }) {
  return (
    <>
      <ResourceList resources={pack.resources} />
      <PackAbout pack={pack} />
    </>
  );
}
