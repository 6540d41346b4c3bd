/**
 * Reading, writing and watching browser storage through the declarations in core/ (one per
 * key or kind of key, core/stored.ts). Every value read comes back checked, with the item's
 * fallback when nothing usable is stored; every watcher hears only its own item's keys.
 */
import { browser } from 'wxt/browser';
import type { StorageAreaName, StoredItem } from '../core/stored';

type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** The part of browser.storage.onChanged a watcher needs; tests may give their own. */
export interface StorageEventsLike {
  addListener(listener: (changes: StorageChanges, areaName: string) => void): void;
  removeListener(listener: (changes: StorageChanges, areaName: string) => void): void;
}

/** One change to a declared item: its id ('' for a single item), the value read, and whether it was removed. */
export interface StoredChange<T> {
  id: string;
  key: string;
  removed: boolean;
  /** The new value, checked; the item's fallback when it was removed or cannot be used. */
  value: T;
  /** The new value as stored, unchecked (undefined when removed). */
  raw: unknown;
}

function area(name: StorageAreaName) {
  return name === 'session' ? browser.storage.session : browser.storage.local;
}

/** Every key in an area: without reading the values where the browser can (Chrome 130 and later). */
export async function storedKeys(name: StorageAreaName): Promise<string[]> {
  const storage = area(name) as ReturnType<typeof area> & { getKeys?: () => Promise<string[]> };
  try {
    if (typeof storage.getKeys === 'function') return await storage.getKeys();
  } catch {
    // Not there after all: read everything instead.
  }
  return Object.keys(await storage.get(null));
}

/**
 * Calls `listener` for every change to the item's key, or to any key of its kind, in this page
 * or any other part of Pause Point. Several changes written together arrive in one call.
 * Returns the unsubscribe.
 */
export function watchStored<T>(
  item: StoredItem<T>,
  listener: (changes: StoredChange<T>[]) => void,
  events: StorageEventsLike = browser.storage.onChanged,
): () => void {
  const onChanged = (changes: StorageChanges, areaName: string) => {
    if (areaName !== item.area) return;
    const heard: StoredChange<T>[] = [];
    for (const [key, change] of Object.entries(changes)) {
      const id = item.idOf(key);
      if (id === null) continue;
      const removed = change.newValue === undefined || change.newValue === null;
      heard.push({ id, key, removed, raw: change.newValue, value: item.read(change.newValue, id) });
    }
    if (heard.length > 0) listener(heard);
  };
  events.addListener(onChanged);
  return () => events.removeListener(onChanged);
}

/** The item's value (one key), checked. */
export async function getStored<T>(item: StoredItem<T>, id = ''): Promise<T> {
  const key = item.keyOf(id);
  return item.read((await area(item.area).get(key))[key], id);
}

/** True when anything at all is stored under the item's key, readable or not. */
export async function isStored<T>(item: StoredItem<T>, id = ''): Promise<boolean> {
  const key = item.keyOf(id);
  return (await area(item.area).get(key))[key] !== undefined;
}

/** Every stored value of a kind of item, checked, by id. */
export async function getAllStored<T>(item: StoredItem<T>): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  for (const [key, raw] of Object.entries(await area(item.area).get(null))) {
    const id = item.idOf(key);
    if (id !== null) found.set(id, item.read(raw, id));
  }
  return found;
}

/** The ids of every stored value of a kind of item, without reading the values where the browser allows. */
export async function storedIds<T>(item: StoredItem<T>): Promise<string[]> {
  const keys = await storedKeys(item.area);
  return keys.map((key) => item.idOf(key)).filter((id) => id !== null);
}

export function setStored<T>(item: StoredItem<T>, value: unknown, id = ''): Promise<void> {
  return area(item.area).set({ [item.keyOf(id)]: value });
}

export function removeStored<T>(item: StoredItem<T>, id = ''): Promise<void> {
  return area(item.area).remove(item.keyOf(id));
}

/** Calls `listener` when the organisation's policy (browser.storage.managed) changes. */
export function watchPolicy(listener: () => void): () => void {
  const onChanged = (_changes: unknown, areaName: string) => {
    if (areaName === 'managed') listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
