/**
 * Reading, writing and watching browser storage through the declarations in core/ (one per
 * key or kind of key, core/stored.ts). Every value read comes back checked, with the item's
 * fallback when nothing usable is stored; every watcher hears only its own item's keys.
 */
import { browser } from 'wxt/browser';
import type { StorageAreaName, StoredChange, StoredItem } from '../core/stored';

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

/** Every stored value of a kind of item, checked, by id. */
export async function getAllStored<T>(item: StoredItem<T>): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  for (const [key, raw] of Object.entries(await storageArea(item.area).get(null))) {
    const id = item.idOf(key);
    if (id !== null) found.set(id, item.read(raw, id));
  }
  return found;
}

export function setStored<T>(item: StoredItem<T>, value: unknown, id = ''): Promise<void> {
  return storageArea(item.area).set({ [item.keyOf(id)]: value });
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
