/**
 * Runs `task` holding the Web Lock `name`, shared by every page of Pause Point (the side panel
 * in each window, Settings, the background): one at a time across them. Where the browser has
 * no Web Locks (unit tests), the task simply runs; callers keep their own queue within a page.
 */
export function withWebLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  return locks ? locks.request(name, task) : task();
}

/**
 * Held while counts are read, counted and written (store/counting.ts), and while anything else
 * rewrites them wholesale (importing a backup, Delete all data), so none writes over another.
 */
export const COUNTS_LOCK = 'pause-point-counts';
