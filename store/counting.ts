/**
 * Counting (core/counting.ts) in browser storage: after each answer is saved, the month's
 * counts and the case's own record of what it added are read, counted and written together.
 * Nothing is counted when the practitioner or their organisation has turned counting off.
 * Loaded by the side panel after an answer, never on its first load.
 */
import { browser } from 'wxt/browser';
import { COUNTED, COUNTS, countAnswer, type MonthCounts, type MonthId, monthOf } from '../core/counting';
import { countingOn } from '../core/managed';
import { momentItems } from '../core/moments';
import { PREFS } from '../core/sites';
import { loadManagedConfig } from '../platform/managed';
import { getAllStored, getStored, setStored, watchStored } from '../platform/stored';
import type { StorageAreaLike } from './case-storage';
import type { AnsweredCase } from './panel/state';

/** An answer just saved, as the panel store tells it (store/panel/state.ts). */
export type Answered = AnsweredCase;

/** Whether counting is on: the practitioner's setting, unless the organisation turned it off. */
export async function isCountingOn(area: StorageAreaLike = browser.storage.local): Promise<boolean> {
  const [{ config }, stored] = await Promise.all([loadManagedConfig(), area.get(PREFS.key)]);
  return countingOn(config, PREFS.read(stored[PREFS.key], '').counting !== false);
}

/** Counts one answer; one after another, so this page's counts never overwrite each other. */
export function createCounter(
  area: StorageAreaLike = browser.storage.local,
  on: () => Promise<boolean> = () => isCountingOn(area),
) {
  let queue: Promise<void> = Promise.resolve();
  const countOne = async ({ checklist, pack, moment, virtual, promptId, now }: Answered) => {
    if (checklist.packId !== pack.id || !(await on())) return;
    const monthKey = COUNTS.keyOf(monthOf(now));
    const caseKey = COUNTED.keyOf(checklist.ref);
    const stored = await area.get([monthKey, caseKey]);
    const ids = momentItems(pack, moment, virtual).map((item) => item.prompt.id);
    const next = countAnswer(COUNTS.read(stored[monthKey], ''), COUNTED.read(stored[caseKey], checklist.ref), {
      now,
      packId: pack.id,
      version: checklist.packVersion,
      moment,
      questionIds: ids.includes(promptId) ? ids : [...ids, promptId],
      answers: checklist.answers,
    });
    await area.set({ [monthKey]: next.month, [caseKey]: next.counted });
  };
  return {
    count(answered: Answered): Promise<void> {
      // A count that cannot be written is dropped: the answer itself is saved, and counting
      // must never stand in the way of practice.
      queue = queue.then(() => countOne(answered)).catch(() => undefined);
      return queue;
    },
  };
}

let counter: ReturnType<typeof createCounter> | undefined;

/** Counts an answer the side panel saved, one after another for the page. */
export function countAnswered(answered: Answered): Promise<void> {
  counter ??= createCounter();
  return counter.count(answered);
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
