/**
 * Data written by a newer version of Pause Point is never written over (issue 22, item 11, as
 * re-probed): every page that writes (Pack studio's drafts, packs added on the settings page,
 * settings, sites, supervision) refuses, keeps what is stored, and says so in plain words, as
 * the panel and the import already do.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PACK_SCHEMA_VERSION } from '../../core/pack/schema';
import { SCHEMA_VERSION } from '../../core/stored';
import { saveDraft } from '../../store/draft-storage';
import { savePack } from '../../store/pack-storage';
import { removeSite, savePrefs, saveSite } from '../../store/site-storage';
import { createSupervisionStore } from '../../store/supervision-store';
import { examplePack } from '../example-pack';

const AT = Date.UTC(2026, 10, 20);
const NEWER_WORDS = /written by a newer version of Pause Point/;

/** What a newer version left: its own version number, and values this build cannot read. */
const newer = {
  schemaVersion: SCHEMA_VERSION + 1,
  'draft:d1': { written: 'by a newer version' },
  'pack:a-pack': { written: 'by a newer version' },
  prefs: { written: 'by a newer version' },
  sites: { written: 'by a newer version' },
  'supervision:cscp-ivy': { written: 'by a newer version' },
};

beforeEach(async () => {
  fakeBrowser.reset();
  await browser.storage.local.set(newer);
});

const untouched = async () => expect(await browser.storage.local.get(null)).toEqual(newer);

describe('data written by a newer version is never written over', () => {
  it('by Pack studio saving a draft', async () => {
    const draft = { startedAt: AT, updatedAt: AT, packText: '{"id":"a-pack"}' };
    await expect(saveDraft('d1', draft)).rejects.toThrow(NEWER_WORDS);
    await expect(saveDraft('d2', draft)).rejects.toThrow(NEWER_WORDS);
    await untouched();
  });

  it('by adding a pack', async () => {
    await expect(savePack({ ...examplePack(), id: 'a-pack' })).rejects.toThrow(NEWER_WORDS);
    await expect(savePack({ ...examplePack(), id: 'b-pack' })).rejects.toThrow(NEWER_WORDS);
    await untouched();
  });

  it('by the settings and the sites', async () => {
    await expect(savePrefs({ follow: true, retentionDays: 30 } as never)).rejects.toThrow(NEWER_WORDS);
    await expect(
      saveSite({ origin: 'https://lcs.example.gov.uk', rule: { kind: 'path', pattern: '/cases/{ref}' } } as never),
    ).rejects.toThrow(NEWER_WORDS);
    await expect(removeSite('https://lcs.example.gov.uk')).rejects.toThrow(NEWER_WORDS);
    await untouched();
  });

  it('by a supervision tick, which the view says was not saved, and why', async () => {
    const store = createSupervisionStore('cscp-ivy', () => AT);
    await store.actions.start();
    await store.actions.markAction('read-the-brief', true);
    expect(store.getState().problem).toMatch(/That tick was not saved\. .*written by a newer version/);
    expect(store.getState().supervision.actions['read-the-brief']).toBeUndefined();
    store.actions.stop();
    await untouched();
  });

  it('by replacing an added pack stored in a newer pack format', async () => {
    await browser.storage.local.clear();
    const stored = {
      schemaVersion: 2,
      'pack:a-pack': { ...examplePack(), id: 'a-pack', schemaVersion: PACK_SCHEMA_VERSION + 1 },
    };
    await browser.storage.local.set(stored);
    await expect(savePack({ ...examplePack(), id: 'a-pack' })).rejects.toThrow(/newer version of Pause Point/);
    expect(await browser.storage.local.get(null)).toEqual(stored);
  });
});
