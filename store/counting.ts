/**
 * Counting (core/counting.ts) in browser storage: once answers are saved and ticking has gone
 * quiet, the months' counts and each case's own record of what it added are read, counted and
 * written together.
 * Nothing is counted when the practitioner or their organisation has turned counting off.
 * Loaded by the side panel after an answer, never on its first load.
 */
import { browser } from 'wxt/browser';
import {
  type CaseCounted,
  COUNTED,
  COUNTS,
  countAnswer,
  type MonthCounts,
  type MonthId,
  monthOf,
} from '../core/counting';
import { countingOn } from '../core/managed';
import { momentItems } from '../core/moments';
import { PREFS } from '../core/sites';
import { SNAPSHOT_DEVICE, snapshotId } from '../core/snapshot';
import { CASES } from '../core/stored';
import { COUNTS_LOCK, withWebLock } from '../platform/locks';
import { loadManagedConfig } from '../platform/managed';
import { getAllStored, getStored, setStored, watchStored } from '../platform/stored';
import type { StorageAreaLike, StorageEventsLike } from './case-storage';
import type { AnsweredCase } from './panel/state';

/** An answer just saved, as the panel store tells it (store/panel/state.ts). */
export type Answered = AnsweredCase;

/** Whether counting is on: the practitioner's setting, unless the organisation turned it off. */
export async function isCountingOn(area: StorageAreaLike = browser.storage.local): Promise<boolean> {
  const [{ config }, stored] = await Promise.all([loadManagedConfig(), area.get(PREFS.key)]);
  return countingOn(config, PREFS.read(stored[PREFS.key], '').counting !== false);
}

/** How long ticking must have gone quiet before the counts are written. */
export const COUNT_QUIET_MS = 1_000;

export interface CounterOptions {
  /** How long ticking must have gone quiet before the counts are written. */
  quietMs?: number;
  /** Where a change of the practitioner's choice is heard (it is read again after one). */
  events?: StorageEventsLike;
  /** Runs one read-count-write holding the lock all of Pause Point's pages share. */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
}

/** Answers waiting to be counted: one per month, case, pack version and moment, the latest. */
const pendingKey = ({ checklist, pack, moment, now }: Answered) =>
  JSON.stringify([monthOf(now), checklist.ref, pack.id, checklist.packVersion, moment]);

/**
 * Counts answers, never in the way of a tick: answers wait here until ticking has gone quiet
 * (or the page is hidden, `flush`), then are counted together in one read and one write of
 * storage, separate from the writes that save the answers. Only the latest answer for a case
 * at a moment needs counting: its questions count by their latest state, each earlier one
 * taken back out (core/counting.ts), so the result is the same as counting each in turn.
 *
 * Each write reads, counts and writes holding a Web Lock all of Pause Point's pages share, so
 * two windows counting at the same moment cannot each read the month and write over the other.
 * An answer whose case is no longer kept when the counts are written (forgotten, or Delete all
 * data meanwhile) is not counted: nothing is written back for a case that has gone.
 */
export function createCounter(
  area: StorageAreaLike = browser.storage.local,
  on: () => Promise<boolean> = () => isCountingOn(area),
  {
    quietMs = COUNT_QUIET_MS,
    events = browser.storage.onChanged,
    exclusive = (task) => withWebLock(COUNTS_LOCK, task),
  }: CounterOptions = {},
) {
  let pending = new Map<string, { answered: Answered; on: Promise<boolean> }>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<void> = Promise.resolve();
  // Whether counting is on when an answer is given, read once and again after the practitioner
  // changes their choice: an answer given while it was off is never counted.
  let onWhenAnswered: Promise<boolean> | undefined;
  let watching = false;
  const onNow = () => {
    if (!watching) {
      watching = true;
      PREFS.watch(() => {
        onWhenAnswered = undefined;
      }, events);
    }
    onWhenAnswered ??= on().catch(() => false);
    return onWhenAnswered;
  };

  const write = async (batch: { answered: Answered; on: Promise<boolean> }[]) => {
    const wasOn = await Promise.all(batch.map((b) => b.on));
    const answers = batch
      .filter((_, i) => wasOn[i])
      .map((b) => b.answered)
      .filter(({ checklist, pack }) => checklist.packId === pack.id);
    // And still on now: turned off meanwhile, nothing more is written.
    if (answers.length === 0 || !(await on())) return;
    const keys = new Set<string>();
    for (const { checklist, now } of answers) {
      keys.add(COUNTS.keyOf(monthOf(now)));
      keys.add(COUNTED.keyOf(checklist.ref));
      keys.add(CASES.keyOf(checklist.ref));
    }
    const stored = await area.get([...keys]);
    const months = new Map<string, MonthCounts>();
    const counted = new Map<string, CaseCounted | null>();
    for (const { checklist, pack, moment, virtual, promptId, now } of answers) {
      if (stored[CASES.keyOf(checklist.ref)] === undefined) continue;
      const monthKey = COUNTS.keyOf(monthOf(now));
      const caseKey = COUNTED.keyOf(checklist.ref);
      const ids = momentItems(pack, moment, virtual).map((item) => item.prompt.id);
      const next = countAnswer(
        months.get(monthKey) ?? COUNTS.read(stored[monthKey], ''),
        counted.has(caseKey) ? (counted.get(caseKey) ?? null) : COUNTED.read(stored[caseKey], checklist.ref),
        {
          now,
          packId: pack.id,
          version: checklist.packVersion,
          moment,
          questionIds: ids.includes(promptId) ? ids : [...ids, promptId],
          answers: checklist.answers,
        },
      );
      months.set(monthKey, next.month);
      counted.set(caseKey, next.counted);
    }
    if (months.size > 0) await area.set({ ...Object.fromEntries(months), ...Object.fromEntries(counted) });
  };

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return queue;
    const batch = [...pending.values()];
    pending = new Map();
    // A count that cannot be written is dropped: the answers themselves are saved, and counting
    // must never stand in the way of practice.
    queue = queue.then(() => exclusive(() => write(batch))).catch(() => undefined);
    return queue;
  };

  return {
    /** Keeps an answer to count once ticking has gone quiet. */
    count(answered: Answered): void {
      const key = pendingKey(answered);
      pending.delete(key);
      pending.set(key, { answered, on: onNow() });
      clearTimeout(timer);
      timer = setTimeout(() => {
        // And then when the page has nothing else to do, where the browser can tell.
        if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void flush(), { timeout: 1_000 });
        else void flush();
      }, quietMs);
    },
    /** Counts every answer waiting now; resolves once they are written. */
    flush,
  };
}

let counter: ReturnType<typeof createCounter> | undefined;

/** Counts an answer the side panel saved, once ticking has gone quiet or the panel is hidden. */
export function countAnswered(answered: Answered): void {
  if (!counter) {
    const made = createCounter();
    counter = made;
    // A panel closed or hidden writes what it has not yet counted.
    addEventListener('pagehide', () => void made.flush());
    addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void made.flush();
    });
  }
  counter.count(answered);
}

/** Whether counting is on, and whether the organisation turned it off (then the feature is not shown). */
export async function countingState(
  area: StorageAreaLike = browser.storage.local,
): Promise<{ on: boolean; offByPolicy: boolean; ownChoice: boolean }> {
  const [{ config }, stored] = await Promise.all([loadManagedConfig(), area.get(PREFS.key)]);
  const ownChoice = PREFS.read(stored[PREFS.key], '').counting !== false;
  return { on: countingOn(config, ownChoice), offByPolicy: config.counting === false, ownChoice };
}

/** Every month's counts kept on this device, by month. */
export async function loadCounts(): Promise<Map<MonthId, MonthCounts>> {
  return getAllStored(COUNTS);
}

/** Calls `listener` when any month's counts change, here or in another page; returns the unsubscribe. */
export function watchCounts(listener: () => void): () => void {
  return watchStored(COUNTS, listener);
}

/** Turns counting on or off for this practitioner. */
export async function setCounting(on: boolean): Promise<void> {
  const prefs = await getStored(PREFS);
  const { counting: _was, ...rest } = prefs;
  await setStored(PREFS, on ? rest : { ...rest, counting: false });
}

/**
 * This device's snapshot token (core/snapshot.ts, SNAPSHOT_DEVICE), made from 16 random bytes
 * the first time a snapshot is saved, under a lock so two pages cannot make two.
 */
export function snapshotDevice(
  area: StorageAreaLike = browser.storage.local,
  random: () => Uint8Array = () => crypto.getRandomValues(new Uint8Array(16)),
): Promise<string> {
  return withWebLock('pause-point-snapshot-device', async () => {
    const kept = SNAPSHOT_DEVICE.read((await area.get(SNAPSHOT_DEVICE.key))[SNAPSHOT_DEVICE.key], '');
    if (kept) return kept;
    const made = snapshotId(random());
    await area.set({ [SNAPSHOT_DEVICE.key]: made });
    return made;
  });
}
