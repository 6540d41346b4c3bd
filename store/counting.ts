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
  COUNTS_LEFT,
  countAnswer,
  type MonthCounts,
  type MonthId,
  monthOf,
  type ToCount,
} from '../core/counting';
import { countingOn } from '../core/managed';
import { momentItems } from '../core/moments';
import { PREFS } from '../core/sites';
import { SNAPSHOT_DEVICE, snapshotId } from '../core/snapshot-device';
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
const COUNT_QUIET_MS = 1_000;

export interface CounterOptions {
  /** How long ticking must have gone quiet before the counts are written. */
  quietMs?: number;
  /** Where a change of the practitioner's choice is heard (it is read again after one). */
  events?: StorageEventsLike;
  /** Runs one read-count-write holding the lock all of Pause Point's pages share. */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
  /** Memory-only storage, where a hidden page hands over what it has not yet counted. */
  memory?: StorageAreaLike;
}

/** Answers waiting to be counted: one per month, case, pack version and moment, the latest. */
const pendingKey = ({ checklist, pack, moment, now }: Answered) =>
  JSON.stringify([monthOf(now), checklist.ref, pack.id, checklist.packVersion, moment]);

/** What counting an answer needs, worked out from the panel's answer (its pack's list for the moment). */
function toCount({ checklist, pack, moment, virtual, promptId, now }: Answered): ToCount {
  const ids = momentItems(pack, moment, virtual).map((item) => item.prompt.id);
  const answers = Object.fromEntries(Object.entries(checklist.answers).map(([id, a]) => [id, { state: a.state }]));
  return {
    ref: checklist.ref,
    input: {
      now,
      packId: pack.id,
      version: checklist.packVersion,
      moment,
      questionIds: ids.includes(promptId) ? ids : [...ids, promptId],
      answers,
    },
  };
}

interface Waiting {
  answered: Answered;
  /** Whether counting was on when the answer was given; `known` once read. */
  on: Promise<boolean>;
  known?: boolean;
}

/**
 * Counts answers, never in the way of a tick: answers wait here until ticking has gone quiet,
 * then are counted together in one read and one write of storage, separate from the writes
 * that save the answers. Only the latest answer for a case at a moment needs counting: its
 * questions count by their latest state, each earlier one taken back out (core/counting.ts),
 * so the result is the same as counting each in turn.
 *
 * A page that is hidden or closed cannot finish a read and a write, so `handOff` gives what is
 * still waiting to memory-only storage in one write (COUNTS_LEFT), and the next count made by
 * any panel counts it too.
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
    memory = browser.storage.session,
  }: CounterOptions = {},
) {
  let pending = new Map<string, Waiting>();
  let writing: Waiting[] = [];
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

  const write = async (batch: Waiting[]) => {
    const wasOn = await Promise.all(batch.map((b) => b.on));
    const mine = batch
      .filter((_, i) => wasOn[i])
      .map((b) => b.answered)
      .filter(({ checklist, pack }) => checklist.packId === pack.id)
      .map(toCount);
    // What closed panels left, counted too (after this page's own, which are newer).
    const left: Record<string, unknown> = await Promise.resolve()
      .then(() => memory.get(null))
      .catch(() => ({}));
    const leftKeys = Object.keys(left).filter((key) => COUNTS_LEFT.idOf(key) !== null);
    const leftOver = leftKeys.flatMap((key) => COUNTS_LEFT.read(left[key], ''));
    const items = [...leftOver, ...mine];
    // And still on now: turned off meanwhile, nothing more is written.
    if (items.length > 0 && (await on())) {
      const keys = new Set<string>();
      for (const { ref, input } of items) {
        keys.add(COUNTS.keyOf(monthOf(input.now)));
        keys.add(COUNTED.keyOf(ref));
        keys.add(CASES.keyOf(ref));
      }
      const stored = await area.get([...keys]);
      const months = new Map<string, MonthCounts>();
      const counted = new Map<string, CaseCounted | null>();
      for (const { ref, input } of items) {
        if (stored[CASES.keyOf(ref)] === undefined) continue;
        const monthKey = COUNTS.keyOf(monthOf(input.now));
        const caseKey = COUNTED.keyOf(ref);
        const next = countAnswer(
          months.get(monthKey) ?? COUNTS.read(stored[monthKey], ''),
          counted.has(caseKey) ? (counted.get(caseKey) ?? null) : COUNTED.read(stored[caseKey], ref),
          input,
        );
        months.set(monthKey, next.month);
        counted.set(caseKey, next.counted);
      }
      if (months.size > 0) await area.set({ ...Object.fromEntries(months), ...Object.fromEntries(counted) });
    }
    if (leftKeys.length > 0) await memory.remove(leftKeys);
  };

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return queue;
    const batch = [...pending.values()];
    pending = new Map();
    // A count that cannot be written is dropped: the answers themselves are saved, and counting
    // must never stand in the way of practice.
    queue = queue
      .then(() => {
        writing = batch;
        return exclusive(() => write(batch));
      })
      .catch(() => undefined)
      .finally(() => {
        if (writing === batch) writing = [];
      });
    return queue;
  };

  return {
    /** Keeps an answer to count once ticking has gone quiet. */
    count(answered: Answered): void {
      const key = pendingKey(answered);
      const waiting: Waiting = { answered, on: onNow() };
      void waiting.on.then((known) => {
        waiting.known = known;
      });
      pending.delete(key);
      pending.set(key, waiting);
      clearTimeout(timer);
      timer = setTimeout(() => {
        // And then when the page has nothing else to do, where the browser can tell.
        if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void flush(), { timeout: 1_000 });
        else void flush();
      }, quietMs);
    },
    /** Counts every answer waiting now; resolves once they are written. */
    flush,
    /**
     * For a page being hidden or closed: what is waiting, and what is being written, goes to
     * memory-only storage in one write, at once, for the next count to take up. Answers given
     * while counting was known to be off are left out.
     */
    handOff(): void {
      clearTimeout(timer);
      timer = undefined;
      const waiting = [...writing, ...pending.values()].filter(
        (w) => w.known !== false && w.answered.checklist.packId === w.answered.pack.id,
      );
      pending = new Map();
      if (waiting.length === 0) return;
      const id = snapshotId(crypto.getRandomValues(new Uint8Array(16)));
      void memory.set({ [COUNTS_LEFT.keyOf(id)]: waiting.map((w) => toCount(w.answered)) }).catch(() => undefined);
    },
  };
}

let counter: ReturnType<typeof createCounter> | undefined;

/** Counts an answer the side panel saved, once ticking has gone quiet, or hands it over when the panel is hidden. */
export function countAnswered(answered: Answered): void {
  if (!counter) {
    const made = createCounter();
    counter = made;
    addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') made.handOff();
    });
    addEventListener('pagehide', () => made.handOff());
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
