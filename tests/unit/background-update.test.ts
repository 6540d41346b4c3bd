import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SCHEMA_VERSION } from '../../core/stored';
import { createCaseStorage } from '../../store/case-storage';

// Recent enough that retention (which also runs when the background starts) keeps it.
const recently = Date.now() - 86_400_000;
const stored = {
  schemaVersion: SCHEMA_VERSION,
  caseIndex: { 'CS-1': recently },
  'case:CS-1': {
    ref: 'CS-1',
    packId: 'cscp-ivy',
    packVersion: '1.0.0',
    resetAt: 0,
    answers: { 'fathers-seen': { state: 'done', at: recently } },
  },
  panel: { openCase: 'CS-1', view: 'checklist' },
};

describe('an extension update', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs the real background’s install handler and keeps every stored value', async () => {
    await browser.storage.local.set(stored);
    // WXT's fake browser leaves these APIs out; the background only registers listeners on them.
    const listeners = { addListener: vi.fn(), removeListener: vi.fn() };
    const fake = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
    fake.contextMenus = { onClicked: listeners, create: vi.fn(), removeAll: vi.fn() };
    fake.commands = { onCommand: listeners };
    fake.omnibox = { onInputChanged: listeners, onInputEntered: listeners, setDefaultSuggestion: vi.fn() };
    fake.alarms = { onAlarm: listeners, get: vi.fn(async () => ({ name: 'retention' })), create: vi.fn() };
    fake.sidePanel = { setPanelBehavior: vi.fn(async () => undefined) };
    fake.scripting = {
      getRegisteredContentScripts: vi.fn(async () => []),
      registerContentScripts: vi.fn(),
      unregisterContentScripts: vi.fn(),
      updateContentScripts: vi.fn(),
    };
    const { default: background } = await import('../../entrypoints/background');
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await new Promise((settled) => setTimeout(settled, 50));
    expect(await browser.storage.local.get(null)).toEqual(stored);
  });

  it('stamps the version on data from before versions existed, changing nothing else', async () => {
    const { schemaVersion: _unversioned, ...old } = stored;
    await browser.storage.local.set(old);
    expect(await createCaseStorage().migrate()).toEqual({ ok: true });
    expect(await browser.storage.local.get(null)).toEqual(stored);
  });
});
