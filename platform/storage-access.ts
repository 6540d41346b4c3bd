import { browser } from 'wxt/browser';

/**
 * Keeps storage.local (case references and answers) from code running in a case page's
 * content-script world: only the extension's own pages and its background may read it. The
 * case-page script needs none of it; it talks to the background by message. Chrome has this
 * from version 102; where a browser does not, nothing changes.
 */
export async function keepStorageFromPages(): Promise<void> {
  const local = browser.storage.local as typeof browser.storage.local & {
    setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void>;
  };
  try {
    await local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    // Not supported for this storage area in this browser.
  }
}
