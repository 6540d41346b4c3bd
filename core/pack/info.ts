/** What the settings page and the panel's pack chooser show about each pack on this device. */
import type { PackGovernance } from './governance';
import type { PackChecklist } from './schema';

/** The packs built into Pause Point; a unit test keeps this in step with content/index.ts. */
export const BUILT_IN_PACK_IDS: ReadonlySet<string> = new Set(['cscp-ivy']);

/** Where a pack came from: built in, set by the organisation's policy, or added from a file. */
export type PackOrigin = 'built-in' | 'organisation' | 'added';

export interface PackInfo {
  id: string;
  version: string;
  title: string;
  sourceTitle: string;
  origin: PackOrigin;
  themes: number;
  prompts: number;
  /** When a pack from a file was added here (the settings page says so); absent for the others. */
  addedAt?: number;
  /** Who approved it and by when to check it again, as the pack says. */
  governance: PackGovernance;
}

export function packInfo(pack: PackChecklist & PackGovernance, origin: PackOrigin): PackInfo {
  const { approvedBy, approvedOn, checkAgainBy } = pack;
  return {
    governance: {
      ...(approvedBy ? { approvedBy } : {}),
      ...(approvedOn ? { approvedOn } : {}),
      ...(checkAgainBy ? { checkAgainBy } : {}),
    },
    id: pack.id,
    version: pack.version,
    title: pack.title,
    sourceTitle: pack.review.sourceTitle,
    origin,
    themes: pack.themes.length,
    prompts: pack.themes.reduce((n, theme) => n + theme.prompts.length, 0),
  };
}

export const ORIGIN_LABELS: Readonly<Record<PackOrigin, string>> = {
  'built-in': 'Built into Pause Point',
  organisation: 'Set by your organisation’s policy',
  added: 'Added by you from a file',
};
