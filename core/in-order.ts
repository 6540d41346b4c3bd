/**
 * Runs tasks one after another for each key, and tasks of different keys side by side. A case
 * page reports the case it shows as the page changes; answered out of order, a slower report
 * of the last case could land after the quicker one of the next, and the panel would show
 * the previous child's case beside the page.
 */
export function inOrderPerKey<K>(): <T>(key: K, task: () => Promise<T>) => Promise<T> {
  const last = new Map<K, Promise<unknown>>();
  return (key, task) => {
    const before = last.get(key) ?? Promise.resolve();
    // Each task waits for the one before it, whether that one succeeded or failed.
    const run = before.then(task, task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    last.set(key, settled);
    void settled.then(() => {
      if (last.get(key) === settled) last.delete(key);
    });
    return run;
  };
}
