import { useState } from 'preact/hooks';
import type { PackInfo } from '../core/pack/info';
import type { Site, SiteChange } from '../core/sites';

export interface SitePackChoiceProps {
  site: Site;
  packs: readonly PackInfo[];
  /** The pack new cases start with where a site names none. */
  defaultPackId: string;
  onChoose(site: Site): Promise<SiteChange>;
}

/**
 * Which learning pack new cases on one case-system site start with, so a partnership's own
 * case system opens its cases on its own pack (a case keeps the pack it was answered with).
 */
export function SitePackChoice({ site, packs, defaultPackId, onChoose }: SitePackChoiceProps) {
  const [said, setSaid] = useState<string | null>(null);
  const id = `site-pack-${site.origin.replace(/\W/g, '-')}`;
  const defaultTitle = packs.find((p) => p.id === defaultPackId)?.title ?? defaultPackId;
  return (
    <div class="site-pack">
      <label for={id}>New cases on {site.origin} start with</label>
      <select
        id={id}
        value={site.packId ?? ''}
        onChange={(e) => {
          const packId = e.currentTarget.value;
          const { packId: _old, ...rest } = site;
          const next: Site = packId ? { ...rest, packId } : rest;
          void onChoose(next).then((result) => {
            const title = packs.find((p) => p.id === packId)?.title ?? defaultTitle;
            setSaid(result.ok ? `New cases on ${site.origin} start with “${title}”.` : result.reason);
          });
        }}
      >
        <option value="">The default pack ({defaultTitle})</option>
        {packs.map((pack) => (
          <option key={pack.id} value={pack.id}>
            {pack.title} ({pack.version})
          </option>
        ))}
      </select>
      <p role="status" class="hint">
        {said}
      </p>
    </div>
  );
}
