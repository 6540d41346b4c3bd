import { browser } from 'wxt/browser';
import { type ManagedConfig, readManagedConfig } from '../core/managed';

/** The organisation's settings from browser policy; none where the browser has no policy store. */
export async function loadManagedConfig(): Promise<{ config: ManagedConfig; problems: string[] }> {
  try {
    return readManagedConfig(await browser.storage.managed.get(null));
  } catch {
    return readManagedConfig(undefined);
  }
}
