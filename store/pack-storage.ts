/**
 * The learning packs on this device: built in, set by the organisation's policy, and added by
 * the practitioner from a file (kept whole in browser.storage.local, checked again whenever
 * read, because stored data is outside input too). The organisation's packs win over added
 * ones with the same id, as every managed value does.
 */
import { browser } from 'wxt/browser';
import { checkPack } from '../core/pack/file';
import { BUILT_IN_PACK_IDS, type PackInfo, packInfo } from '../core/pack/info';
import type { Pack } from '../core/pack/schema';
import { PACK_KEY_PREFIX, packKey, readCaseChecklist, refFromCaseKey } from '../core/stored-data';
import { loadManagedConfig } from '../platform/managed';

async function builtInPack(id: string): Promise<Pack | null> {
  const { BUILT_IN_PACKS } = await import('../content');
  return BUILT_IN_PACKS.find((p) => p.id === id) ?? null;
}

function readAddedPack(raw: unknown): Pack | null {
  const checked = checkPack(raw, BUILT_IN_PACK_IDS);
  return checked.ok ? checked.pack : null;
}

/** One pack, whole, by id; null when it is not on this device (or no longer valid). */
export async function loadPack(id: string): Promise<Pack | null> {
  if (BUILT_IN_PACK_IDS.has(id)) return builtInPack(id);
  const { config } = await loadManagedConfig();
  const managed = config.packs.find((p) => p.id === id);
  if (managed) return managed;
  const key = packKey(id);
  const pack = readAddedPack((await browser.storage.local.get(key))[key]);
  return pack?.id === id ? pack : null;
}

export interface PackList {
  packs: PackInfo[];
  /** The pack a new case starts with. */
  defaultPackId: string;
  /** Added packs that can no longer be read, by id. */
  unreadable: string[];
}

/** Every pack on this device, built-in first, then the organisation's, then those added. */
export async function listPacks(): Promise<PackList> {
  const [{ BUILT_IN_PACKS, DEFAULT_PACK }, { config }, stored] = await Promise.all([
    import('../content'),
    loadManagedConfig(),
    browser.storage.local.get(null),
  ]);
  const packs = [
    ...BUILT_IN_PACKS.map((p) => packInfo(p, 'built-in')),
    ...config.packs.map((p) => packInfo(p, 'organisation')),
  ];
  const taken = new Set(packs.map((p) => p.id));
  const unreadable: string[] = [];
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(PACK_KEY_PREFIX)) continue;
    const id = key.slice(PACK_KEY_PREFIX.length);
    const pack = readAddedPack(value);
    if (!pack || pack.id !== id) unreadable.push(id);
    else if (!taken.has(id)) packs.push(packInfo(pack, 'added'));
  }
  return { packs, defaultPackId: config.defaultPackId ?? DEFAULT_PACK.id, unreadable };
}

/** The ids a practitioner's pack file may not use: the built-in packs' and the organisation's. */
export async function reservedPackIds(): Promise<ReadonlySet<string>> {
  const { config } = await loadManagedConfig();
  return new Set([...BUILT_IN_PACK_IDS, ...config.packs.map((p) => p.id)]);
}

/** Keeps a checked pack; a pack with the same id is replaced (a newer version, say). */
export function savePack(pack: Pack): Promise<void> {
  return browser.storage.local.set({ [packKey(pack.id)]: pack });
}

/** Removes an added pack. Cases answered with it keep their answers until forgotten or expired. */
export function removePack(id: string): Promise<void> {
  return browser.storage.local.remove(packKey(id));
}

/** How many stored cases were answered with each pack. */
export async function casesByPack(): Promise<Record<string, number>> {
  // No prototype: a pack id can never read back a built-in function as a count.
  const counts: Record<string, number> = Object.create(null);
  for (const [key, value] of Object.entries(await browser.storage.local.get(null))) {
    const ref = refFromCaseKey(key);
    if (ref === null) continue;
    const { checklist } = readCaseChecklist(value, ref);
    if (checklist) counts[checklist.packId] = (counts[checklist.packId] ?? 0) + 1;
  }
  return counts;
}

/**
 * Calls `listener` when an added pack changes, or the organisation's policy does (and, with
 * `casesToo`, when a case does, which changes how many cases use each pack). Returns the
 * unsubscribe.
 */
export function watchPackChanges(listener: () => void, { casesToo = true } = {}): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') {
      listener();
      return;
    }
    if (area !== 'local') return;
    const keys = Object.keys(changes);
    if (keys.some((key) => key.startsWith(PACK_KEY_PREFIX) || (casesToo && refFromCaseKey(key) !== null))) {
      listener();
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
