import { browser } from 'wxt/browser';
import { DRAFTS } from '../core/drafts';
import type { StorageUse } from '../core/storage-use';
import { storedIds } from './stored';

/** Chrome's quota for storage.local without the unlimitedStorage permission. */
const DEFAULT_QUOTA_BYTES = 10 * 1024 * 1024;

/**
 * How much of storage.local Pause Point uses, and how much of that Pack studio drafts take;
 * null where the browser cannot say (Firefox).
 */
export async function storageUse(): Promise<StorageUse | null> {
  const local = browser.storage.local as typeof browser.storage.local & {
    getBytesInUse?: (keys?: string[] | null) => Promise<number>;
    QUOTA_BYTES?: number;
  };
  if (typeof local.getBytesInUse !== 'function') return null;
  try {
    const draftKeys = (await storedIds(DRAFTS)).map((id) => DRAFTS.keyOf(id));
    return {
      bytes: await local.getBytesInUse(null),
      quota: local.QUOTA_BYTES ?? DEFAULT_QUOTA_BYTES,
      draftBytes: draftKeys.length === 0 ? 0 : await local.getBytesInUse(draftKeys),
    };
  } catch {
    return null;
  }
}
