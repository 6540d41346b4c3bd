/**
 * The learning packs on this device: built in, set by the organisation's policy, and added by
 * the practitioner from a file (kept whole in browser.storage.local, checked again whenever
 * read, because stored data is outside input too). The organisation's packs win over added
 * ones with the same id, as every managed value does.
 */
import { ADDED_PACKS, MAX_ADDED_PACKS, PACK_ADDED_AT } from '../core/pack/file';
import { BUILT_IN_PACK_IDS, type PackInfo, packInfo } from '../core/pack/info';
import { PACK_SCHEMA_VERSION, type Pack } from '../core/pack/schema';
import { CASES } from '../core/stored';
import { loadManagedConfig } from '../platform/managed';
import {
  getAllStored,
  getStored,
  RefusedWrite,
  removeStored,
  setStored,
  storageArea,
  storedIds,
  watchPolicy,
  watchStored,
} from '../platform/stored';

async function builtInPack(id: string): Promise<Pack | null> {
  const { BUILT_IN_PACKS } = await import('../content');
  return BUILT_IN_PACKS.find((p) => p.id === id) ?? null;
}

/** One pack, whole, by id; null when it is not on this device (or no longer valid). */
export async function loadPack(id: string): Promise<Pack | null> {
  if (BUILT_IN_PACK_IDS.has(id)) return builtInPack(id);
  const { config } = await loadManagedConfig();
  const managed = config.packs.find((p) => p.id === id);
  if (managed) return managed;
  return getStored(ADDED_PACKS, id);
}

/**
 * Packs read so far, by id, for pages that ask for the same pack again and again (the
 * background for every page report, the panel for each view). Emptied whenever an added pack
 * or the policy changes; a pack that is not here is asked for again next time.
 */
const cache = new Map<string, Promise<Pack | null>>();
let watchingCache = false;

export function cachedPack(id: string): Promise<Pack | null> {
  if (!watchingCache) {
    watchingCache = true;
    watchPackChanges(() => cache.clear(), { casesToo: false });
  }
  let pack = cache.get(id);
  if (!pack) {
    pack = loadPack(id).catch(() => null);
    cache.set(id, pack);
    void pack.then((found) => found ?? (cache.get(id) === pack && cache.delete(id)));
  }
  return pack;
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
  const [{ BUILT_IN_PACKS, DEFAULT_PACK }, { config }, added, addedAt] = await Promise.all([
    import('../content'),
    loadManagedConfig(),
    getAllStored(ADDED_PACKS),
    getAllStored(PACK_ADDED_AT),
  ]);
  const packs = [
    ...BUILT_IN_PACKS.map((p) => packInfo(p, 'built-in')),
    ...config.packs.map((p) => packInfo(p, 'organisation')),
  ];
  const taken = new Set(packs.map((p) => p.id));
  const unreadable: string[] = [];
  for (const [id, pack] of added) {
    if (!pack) unreadable.push(id);
    else if (!taken.has(id)) {
      const at = addedAt.get(id);
      packs.push({ ...packInfo(pack, 'added'), ...(typeof at === 'number' ? { addedAt: at } : {}) });
    }
  }
  return { packs, defaultPackId: config.defaultPackId ?? DEFAULT_PACK.id, unreadable };
}

/** The ids a practitioner's pack file may not use: the built-in packs' and the organisation's. */
export async function reservedPackIds(): Promise<ReadonlySet<string>> {
  const { config } = await loadManagedConfig();
  return new Set([...BUILT_IN_PACK_IDS, ...config.packs.map((p) => p.id)]);
}

/** The words when a browser already keeps as many added packs as it can. */
export const TOO_MANY_PACKS = `This browser already keeps ${MAX_ADDED_PACKS} learning packs added from files, the most it can. Remove a pack you no longer use, then add it again.`;

/** The words when a pack added from a file is stored in a newer pack format than this build reads. */
export const NEWER_PACK_HERE =
  'The pack with this id here was added by a newer version of Pause Point, so it was left untouched. Update Pause Point, then add this pack again.';

/**
 * Keeps a checked pack; a pack with the same id is replaced (a newer version, say), unless a
 * newer version of Pause Point stored it (RefusedWrite, NEWER_PACK_HERE), or wrote what is
 * stored (platform/stored.ts). A new pack beyond MAX_ADDED_PACKS is refused (RefusedWrite,
 * TOO_MANY_PACKS): a backup could not hold it. The count is taken from storage as the pack is
 * written, and again after: two settings or studio tabs adding the last place at once both
 * write, then the pack whose id sorts later among those new to each gives way, so the count
 * never stays over the limit.
 */
export async function savePack(pack: Pack): Promise<void> {
  const key = ADDED_PACKS.keyOf(pack.id);
  const { [key]: here } = await storageArea(ADDED_PACKS.area).get(key);
  const hereVersion = (here as { schemaVersion?: unknown } | undefined)?.schemaVersion;
  if (typeof hereVersion === 'number' && hereVersion > PACK_SCHEMA_VERSION) throw new RefusedWrite(NEWER_PACK_HERE);
  const before = new Set(await storedIds(ADDED_PACKS));
  if (!before.has(pack.id) && before.size >= MAX_ADDED_PACKS) throw new RefusedWrite(TOO_MANY_PACKS);
  // The day first: the pack's arrival is what lists the packs again, and the list shows it.
  await setStored(PACK_ADDED_AT, Date.now(), pack.id);
  await setStored(ADDED_PACKS, pack, pack.id);
  if (before.has(pack.id)) return;
  const after = await storedIds(ADDED_PACKS);
  if (after.length <= MAX_ADDED_PACKS) return;
  // Room for this many of those new since this tab counted; the rest give way, in id order,
  // which every tab sees the same.
  const room = Math.max(0, MAX_ADDED_PACKS - before.size);
  const arrived = after.filter((id) => !before.has(id)).sort();
  if (arrived.slice(room).includes(pack.id)) {
    await removeStored(ADDED_PACKS, pack.id);
    throw new RefusedWrite(TOO_MANY_PACKS);
  }
}

/** Removes an added pack. Cases answered with it keep their answers until forgotten or expired. */
export async function removePack(id: string): Promise<void> {
  await removeStored(ADDED_PACKS, id);
  await removeStored(PACK_ADDED_AT, id);
}

/** How many stored cases were answered with each pack. */
export async function casesByPack(): Promise<Record<string, number>> {
  // No prototype: a pack id can never read back a built-in function as a count.
  const counts: Record<string, number> = Object.create(null);
  for (const { checklist } of (await getAllStored(CASES)).values()) {
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
  const stops = [watchStored(ADDED_PACKS, listener), watchPolicy(listener)];
  if (casesToo) stops.push(watchStored(CASES, listener));
  return () => {
    for (const stop of stops) stop();
  };
}
