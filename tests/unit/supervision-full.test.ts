import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSupervisionStore } from '../../store/supervision-store';

describe('supervision with storage full', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes back a "what to do next" tick that was not saved, and says why', async () => {
    const store = createSupervisionStore('cscp-ivy', () => Date.UTC(2026, 10, 1));
    await store.actions.start();
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await store.actions.markAction('share-learning', true).catch(() => undefined);
    const state = store.getState() as { supervision: { actions: object }; problem?: string | null };
    expect(state.supervision.actions).toEqual({});
    expect(state.problem).toMatch(/That tick was not saved: .*storage on this device is full/);
  });

  it('says in plain English that typed answers were not saved', async () => {
    vi.useFakeTimers();
    try {
      const store = createSupervisionStore('cscp-ivy', () => Date.UTC(2026, 10, 1));
      await store.actions.start();
      vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
      store.actions.answer('question-challenge', 'We look for what is working.');
      await vi.advanceTimersByTimeAsync(1000);
      expect(store.getState().problem).toMatch(/^What your team wrote was not saved: .*storage on this device is full/);
    } finally {
      vi.useRealTimers();
    }
  });
});
