import { browser } from 'wxt/browser';
import { type ManagedConfig, readManagedConfig } from '../core/managed';

type ManagedRead = { config: ManagedConfig; problems: string[] };

/**
 * The policy as last read in this page or worker. Checking it is costly (every policy pack is
 * checked in full: with 30 packs, a few hundred milliseconds), and it changes only when the
 * organisation changes it, which the browser reports through storage.onChanged.
 */
let cached: Promise<ManagedRead> | null = null;

function forget(_changes: unknown, area: string): void {
  if (area === 'managed') cached = null;
}

async function read(): Promise<ManagedRead> {
  try {
    return readManagedConfig(await browser.storage.managed.get(null));
  } catch {
    // No policy store (Firefox without policies.json, or a browser without managed storage).
    return readManagedConfig(undefined);
  }
}

/** The organisation's settings from browser policy; none where the browser has no policy store. */
export function loadManagedConfig(): Promise<ManagedRead> {
  // Kept only while the listener that forgets it is in place.
  if (cached && browser.storage.onChanged.hasListener(forget)) return cached;
  browser.storage.onChanged.addListener(forget);
  cached = read();
  return cached;
}
