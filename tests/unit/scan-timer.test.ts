import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_WAIT_MS, SETTLE_MS, scanTimer } from '../../entrypoints/case-page/scan-timer';

const clock = {
  now: () => Date.now(),
  setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
  clearTimeout: (timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

describe('when the case-page script reads the page again', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads a page that changes every 100 ms within the maximum wait, again and again', () => {
    const scans: number[] = [];
    const start = Date.now();
    const timer = scanTimer(() => scans.push(Date.now() - start), clock);
    for (let t = 0; t < 5000; t += 100) {
      timer.changed();
      vi.advanceTimersByTime(100);
    }
    expect(scans.length).toBeGreaterThanOrEqual(4);
    expect(scans[0]).toBeLessThanOrEqual(MAX_WAIT_MS);
    // No change waits longer than the maximum to be read.
    for (let i = 1; i < scans.length; i += 1) {
      expect((scans[i] ?? 0) - (scans[i - 1] ?? 0)).toBeLessThanOrEqual(MAX_WAIT_MS + 100);
    }
  });

  it('waits for a quiet page to settle, and reads it once', () => {
    const scan = vi.fn();
    const timer = scanTimer(scan, clock);
    timer.changed();
    timer.changed();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(scan).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(scan).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(scan).toHaveBeenCalledTimes(1);
  });

  it('reads the page at once, as urgent, when the address changes', () => {
    const scan = vi.fn();
    const timer = scanTimer(scan, clock);
    timer.changed();
    timer.soon();
    vi.advanceTimersByTime(0);
    expect(scan).toHaveBeenCalledWith(true);
    expect(scan).toHaveBeenCalledTimes(1);
  });

  it('reads nothing once stopped', () => {
    const scan = vi.fn();
    const timer = scanTimer(scan, clock);
    timer.changed();
    timer.stop();
    timer.soon();
    timer.changed();
    vi.advanceTimersByTime(5000);
    expect(scan).not.toHaveBeenCalled();
  });
});
