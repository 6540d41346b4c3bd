import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A value whose code loads after the first paint: straight away when `now`, else when the
 * browser is idle. Null until it is in, and again while a new `key` (a pack id) loads.
 */
export function useLater<T, K = null>(load: (key: K) => Promise<T>, now: boolean, key: K): T | null {
  const [loaded, setLoaded] = useState<{ key: K; value: T } | null>(null);
  const have = loaded !== null && loaded.key === key;
  useEffect(() => {
    if (have) return;
    let current = true;
    const run = () => void load(key).then((value) => current && setLoaded({ key, value }));
    if (now) {
      run();
      return () => {
        current = false;
      };
    }
    const idle = requestIdleCallback(run, { timeout: 500 });
    return () => {
      current = false;
      cancelIdleCallback(idle);
    };
  }, [have, now, key, load]);
  return have ? loaded.value : null;
}

/** A part of the panel whose code loads later: "Loading…" (or nothing) until it arrives. */
export function Later({ load, now, quiet }: { load: () => Promise<ComponentType>; now: boolean; quiet?: boolean }) {
  const Part = useLater(load, now, null);
  if (Part) return <Part />;
  return quiet ? null : <Loading />;
}

export function Loading() {
  return (
    <p class="hint" aria-busy="true">
      Loading…
    </p>
  );
}
