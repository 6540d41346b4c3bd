/**
 * When the case-page script looks at the page again. A quiet page is read once it settles; a
 * busy one (a clock, a spinner, a live list changes its text all the time and never settles)
 * is still read within MAX_WAIT_MS of a change, so the panel never goes on showing the last
 * child's case. A move to another address is read at once.
 */

/** Quiet time after the last change to the page before reading it again. */
export const SETTLE_MS = 400;
/** Least time between two reads of a page that keeps changing. */
export const MIN_INTERVAL_MS = 1000;
/** Longest a change waits to be read, however busy the page. */
export const MAX_WAIT_MS = 1000;

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

export interface ScanTimer {
  /** The page changed: read it when it settles, or at MAX_WAIT_MS at the latest. */
  changed(): void;
  /** The address changed: read the page now (after the page's own code has run). */
  soon(): void;
  stop(): void;
}

/** `scan` is told whether the read is urgent (an address change), so it need not wait for idle time. */
export function scanTimer(scan: (urgent: boolean) => void, clock: Clock): ScanTimer {
  let timer: unknown;
  let pendingSince: number | undefined;
  let lastScan = Number.NEGATIVE_INFINITY;
  let stopped = false;

  const fire = (urgent: boolean) => {
    timer = undefined;
    pendingSince = undefined;
    lastScan = clock.now();
    scan(urgent);
  };
  const set = (ms: number, urgent: boolean) => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = clock.setTimeout(() => fire(urgent), ms);
  };

  return {
    changed() {
      if (stopped) return;
      const now = clock.now();
      pendingSince ??= now;
      const settled = Math.max(SETTLE_MS, MIN_INTERVAL_MS - (now - lastScan));
      const latest = pendingSince + MAX_WAIT_MS - now;
      set(Math.max(0, Math.min(settled, latest)), false);
    },
    soon() {
      if (stopped) return;
      pendingSince ??= clock.now();
      set(0, true);
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
    },
  };
}
