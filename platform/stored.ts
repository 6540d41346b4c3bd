/**
 * Reading, writing and watching browser storage through the declarations in core/ (one per
 * key or kind of key, core/stored.ts). Every value read comes back checked, with the item's
 * fallback when nothing usable is stored; every watcher hears only its own item's keys.
 */
import { browser } from 'wxt/browser';
import {
  isNewerVersion,
  NEWER_DATA_TEXT,
  SCHEMA_VERSION_ITEM,
  type StorageAreaName,
  type StoredChange,
  type StoredItem,
} from '../core/stored';

/**
 * A write Pause Point itself refused, before storage was touched: more drafts or packs than a
 * backup can hold, say. Its message is written for the practitioner and says what to do
 * (core/storage-full.ts, notSavedText, adds it after what was not saved).
 */
export class RefusedWrite extends Error {
  override name = 'RefusedWrite';
}

export function storageArea(name: StorageAreaName) {
  return name === 'session' ? browser.storage.session : browser.storage.local;
}

/** The item's watch on this browser's storage events; returns the unsubscribe. */
export function watchStored<T>(item: StoredItem<T>, listener: (changes: StoredChange<T>[]) => void): () => void {
  return item.watch(listener, browser.storage.onChanged);
}

/** The item's value (one key), checked. */
export async function getStored<T>(item: StoredItem<T>, id = ''): Promise<T> {
  const key = item.keyOf(id);
  return item.read((await storageArea(item.area).get(key))[key], id);
}

/** Every key in an area: without reading the values where the browser can (Chrome 130 and later). */
async function storedKeys(name: StorageAreaName): Promise<string[]> {
  const area = storageArea(name) as ReturnType<typeof storageArea> & { getKeys?: () => Promise<string[]> };
  try {
    if (typeof area.getKeys === 'function') return await area.getKeys();
  } catch {
    // Not there after all: read everything instead.
  }
  return Object.keys(await area.get(null));
}

/** The ids of every stored value of a kind of item, counted without reading the values where the browser can. */
export async function storedIds<T>(item: StoredItem<T>): Promise<string[]> {
  return (await storedKeys(item.area)).map((key) => item.idOf(key)).filter((id) => id !== null);
}

/** Every stored value of a kind of item, checked, by id. */
export async function getAllStored<T>(item: StoredItem<T>): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  for (const [key, raw] of Object.entries(await storageArea(item.area).get(null))) {
    const id = item.idOf(key);
    if (id !== null) found.set(id, item.read(raw, id));
  }
  return found;
}

/**
 * Hears "Delete all data" (storage.local emptied: the stored version removed with everything
 * else, then written again) from the moment it is made until stopped. A write that began
 * before a deletion, and lands after it, must not bring back what was deleted.
 */
export interface DeletionWatch {
  /** True once "Delete all data" has been heard since the watch began. */
  deleted(): boolean;
  stop(): void;
}

export function watchDeletion(): DeletionWatch {
  let deleted = false;
  const onChanged = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => {
    const version = changes[SCHEMA_VERSION_ITEM.key];
    if (areaName === 'local' && version && version.oldValue != null && version.newValue == null) {
      deleted = true;
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  return { deleted: () => deleted, stop: () => browser.storage.onChanged.removeListener(onChanged) };
}

/**
 * Writes one item's value. In storage.local, refused (RefusedWrite, NEWER_DATA_TEXT) when a
 * newer version of Pause Point wrote what is stored: this build cannot know what that data
 * means, so it is never written over. When "Delete all data" is heard while the write is on
 * its way (or since `since` began, for a caller that read storage first), what was written is
 * taken away again, unless something else has replaced it since: a deletion is never undone
 * by a write that began before it.
 */
export async function setStored<T>(item: StoredItem<T>, value: unknown, id = '', since?: DeletionWatch): Promise<void> {
  const area = storageArea(item.area);
  const key = item.keyOf(id);
  if (item.area !== 'local') return area.set({ [key]: value });
  const watch = since ?? watchDeletion();
  try {
    const { [SCHEMA_VERSION_ITEM.key]: version } = await area.get(SCHEMA_VERSION_ITEM.key);
    if (isNewerVersion(version)) throw new RefusedWrite(NEWER_DATA_TEXT);
    if (watch.deleted()) return;
    await area.set({ [key]: value });
    if (!watch.deleted()) return;
    const { [key]: now } = await area.get(key);
    if (JSON.stringify(now) === JSON.stringify(value)) await area.remove(key);
  } finally {
    if (!since) watch.stop();
  }
}

export function removeStored<T>(item: StoredItem<T>, id = ''): Promise<void> {
  return storageArea(item.area).remove(item.keyOf(id));
}

/** Calls `listener` when the organisation's policy (browser.storage.managed) changes. */
export function watchPolicy(listener: () => void): () => void {
  const onChanged = (_changes: unknown, areaName: string) => {
    if (areaName === 'managed') listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
