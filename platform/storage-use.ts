import { browser } from 'wxt/browser';
import type { StorageUse } from '../core/storage-full';

/** Chrome's quota for storage.local without the unlimitedStorage permission. */
const DEFAULT_QUOTA_BYTES = 10 * 1024 * 1024;

/** How much of storage.local Pause Point uses; null where the browser cannot say (Firefox). */
export async function storageUse(): Promise<StorageUse | null> {
  const local = browser.storage.local as typeof browser.storage.local & {
    getBytesInUse?: (keys?: null) => Promise<number>;
    QUOTA_BYTES?: number;
  };
  if (typeof local.getBytesInUse !== 'function') return null;
  try {
    return { bytes: await local.getBytesInUse(null), quota: local.QUOTA_BYTES ?? DEFAULT_QUOTA_BYTES };
  } catch {
    return null;
  }
}
