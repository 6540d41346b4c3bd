import { browser } from 'wxt/browser';
import { DRAFTS } from '../core/drafts';
import type { StorageUse } from '../core/storage-full';
import { storedKeys } from './stored';

/** Chrome's quota for storage.local without the unlimitedStorage permission. */
const DEFAULT_QUOTA_BYTES = 10 * 1024 * 1024;

type LocalArea = typeof browser.storage.local & {
  getBytesInUse?: (keys?: string[] | null) => Promise<number>;
  QUOTA_BYTES?: number;
};

/**
 * How much of storage.local Pause Point uses, and how much of that Pack studio drafts take;
 * null where the browser cannot say (Firefox).
 */
export async function storageUse(): Promise<StorageUse | null> {
  const local = browser.storage.local as LocalArea;
  if (typeof local.getBytesInUse !== 'function') return null;
  try {
    const keys = await storedKeys('local');
    const draftKeys = keys.filter((key) => DRAFTS.idOf(key) !== null);
    return {
      bytes: await local.getBytesInUse(null),
      quota: local.QUOTA_BYTES ?? DEFAULT_QUOTA_BYTES,
      draftBytes: draftKeys.length === 0 ? 0 : await local.getBytesInUse(draftKeys),
    };
  } catch {
    return null;
  }
}
