/**
 * The organisation's policy is read and checked once, then kept until the browser says it
 * changed: with 30 policy packs, checking them on every page report made following a page
 * take most of a second (issue 22, item 9).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadManagedConfig } from '../../platform/managed';

describe('the organisation’s settings, as read in one page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are read from the browser once, however often they are asked for', async () => {
    await browser.storage.managed.set({ organisationName: 'Example Partnership' });
    const get = vi.spyOn(browser.storage.managed, 'get');
    const reads = await Promise.all([loadManagedConfig(), loadManagedConfig()]);
    await loadManagedConfig();
    expect(reads.map((r) => r.config.organisationName)).toEqual(['Example Partnership', 'Example Partnership']);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('are read afresh once the policy changes', async () => {
    await browser.storage.managed.set({ organisationName: 'Example Partnership' });
    expect((await loadManagedConfig()).config.organisationName).toBe('Example Partnership');
    await browser.storage.managed.set({ organisationName: 'Renamed Partnership', retentionDays: 30 });
    const { config } = await loadManagedConfig();
    expect(config.organisationName).toBe('Renamed Partnership');
    expect(config.retentionDays).toBe(30);
  });

  it('are read again after the browser had no policy to give', async () => {
    const get = vi
      .spyOn(browser.storage.managed, 'get')
      .mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect((await loadManagedConfig()).config.sites).toEqual([]);
    await browser.storage.managed.set({ organisationName: 'Example Partnership' });
    expect((await loadManagedConfig()).config.organisationName).toBe('Example Partnership');
    expect(get).toHaveBeenCalledTimes(2);
  });
});
