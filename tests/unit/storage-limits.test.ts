/**
 * Limits kept when writing and when merging (issue 22, items 3, 4, 8 and 11): no page can put
 * more in storage than a backup can hold, a draft that could not be read back is never saved,
 * an open draft deleted elsewhere is not written back, and an import never writes over data
 * from a newer version.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeBackup, planImport, readBackup } from '../../core/backup';
import type { Pack } from '../../core/pack/schema';
import { storageUseText } from '../../core/storage-use';
import { SCHEMA_VERSION } from '../../core/stored';
import { applyImport } from '../../store/backup';
import { listDrafts, saveDraft } from '../../store/draft-storage';
import { savePack } from '../../store/pack-storage';
import { deleteAllData } from '../../store/retention';
import { createStudioStore } from '../../store/studio-store';
import { createSupervisionStore } from '../../store/supervision-store';
import { examplePack } from '../example-pack';
import { studioDeps } from './studio-deps';

const AT = Date.UTC(2026, 10, 20);
const settle = async () => {
  for (let i = 0; i < 30; i++) await new Promise((r) => setTimeout(r, 0));
};

const draft = (updatedAt: number, title = 'A pack') => ({
  startedAt: AT,
  updatedAt,
  packText: JSON.stringify({ id: 'a-pack', title }),
});
const draftKeys = async () => Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('draft:'));

beforeEach(() => fakeBrowser.reset());

describe('drafts, when writing', () => {
  it('two studio tabs at 49 drafts make 50, and the second is told why it could not start', async () => {
    await browser.storage.local.set(
      Object.fromEntries(Array.from({ length: 49 }, (_, i) => [`draft:d${i + 1}`, draft(AT + i)])),
    );
    let clock = AT + 1000;
    const one = createStudioStore(studioDeps(() => clock++));
    const two = createStudioStore(studioDeps(() => clock++));
    await Promise.all([one.getState().refresh(), two.getState().refresh()]);
    // Each tab listed 49 drafts, so each thinks there is room for one more.
    one.getState().startBlank();
    two.getState().startBlank();
    await Promise.all([one.getState().flush(), two.getState().flush()]);
    await settle();
    expect(await draftKeys()).toHaveLength(50);
    const refused = [one, two].filter((tab) => tab.getState().open === null);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.getState().startProblem).toMatch(/already keeps 50 drafts/);
  });

  it('a draft larger than a pack may be is never saved, and the studio says why', async () => {
    const store = createStudioStore(studioDeps(() => AT));
    await store.getState().refresh();
    store.getState().startBlank();
    await store.getState().flush();
    const [key] = await draftKeys();
    const before = (await browser.storage.local.get(null))[key as string];
    store.getState().change((pack) => {
      pack.review.summary = 'x'.repeat(1024 * 1024);
    });
    await store.getState().flush();
    expect(store.getState().said?.text).toMatch(/larger than 1 MB/);
    // What was kept before is still there, and still reads back.
    const after = (await browser.storage.local.get(null))[key as string];
    expect(after).toEqual(before);
    expect(await listDrafts()).toHaveLength(1);
  });
});

describe('the 1 MB limit counts bytes, as a file is measured, not characters', () => {
  it('a draft of fewer than a million characters but more than 1 MB is not saved, and the studio says why', async () => {
    const store = createStudioStore(studioDeps(() => AT));
    await store.getState().refresh();
    store.getState().startBlank();
    await store.getState().flush();
    const [key] = await draftKeys();
    const before = (await browser.storage.local.get(null))[key as string];
    store.getState().change((pack) => {
      // 400,000 characters of three bytes each: 1.2 MB written as a file.
      pack.review.summary = '€'.repeat(400_000);
    });
    await store.getState().flush();
    expect(store.getState().said?.text).toMatch(/larger than 1 MB/);
    expect((await browser.storage.local.get(null))[key as string]).toEqual(before);
  });

  it('a file of fewer than a million characters but more than 1 MB is not opened', async () => {
    const store = createStudioStore(studioDeps(() => AT));
    await store.getState().refresh();
    store.getState().startFromFile(JSON.stringify({ id: 'a-pack', title: '€'.repeat(400_000) }));
    expect(store.getState().startProblem).toMatch(/larger than 1 MB/);
    expect(store.getState().open).toBeNull();
  });
});

describe('an open draft deleted elsewhere', () => {
  it('is closed in Pack studio with a calm word, and never written back', async () => {
    const store = createStudioStore(studioDeps(() => AT));
    store.getState().watch();
    await store.getState().refresh();
    store.getState().startBlank();
    store.getState().change((pack) => {
      pack.title = 'Brief for Ivy';
    });
    await store.getState().flush();
    expect(await draftKeys()).toHaveLength(1);
    await deleteAllData();
    await settle();
    expect(store.getState().open).toBeNull();
    expect(store.getState().note).toMatch(/“Brief for Ivy” was deleted in another tab or by “Delete all data”/);
    // One more keystroke, or closing the tab, writes nothing.
    store.getState().change((pack) => {
      pack.title = 'More';
    });
    await store.getState().flush();
    expect(await draftKeys()).toEqual([]);
  });
});

describe('packs added on the settings page', () => {
  const pack = (n: number): Pack => ({ ...examplePack(), id: `pack-${n}`, title: `Pack ${n}` });

  it('stop at 50, with words for the practitioner; a pack already here can still be replaced', async () => {
    for (let n = 1; n <= 50; n++) await savePack(pack(n));
    await expect(savePack(pack(51))).rejects.toThrow(/already keeps 50 learning packs/);
    await savePack({ ...pack(7), version: '2.0.0' });
    const stored = await browser.storage.local.get(null);
    expect(Object.keys(stored).filter((k) => k.startsWith('pack:'))).toHaveLength(50);
    expect((stored['pack:pack-7'] as Pack).version).toBe('2.0.0');
  });
});

describe('packs added in two tabs at once', () => {
  const pack = (id: string): Pack => ({ ...examplePack(), id, title: id });

  it('never make more than 50: the limit is counted again from storage as each is written', async () => {
    for (let n = 1; n <= 49; n++) await savePack(pack(`pack-${n}`));
    // Two settings (or studio) tabs, each of which counted 49, add the 50th place at once.
    const results = await Promise.allSettled([savePack(pack('zz-from-one')), savePack(pack('aa-from-two'))]);
    const stored = await browser.storage.local.get(null);
    expect(Object.keys(stored).filter((k) => k.startsWith('pack:'))).toHaveLength(50);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(/already keeps 50 learning packs/);
  });
});

describe('a save on its way when “Delete all data” comes', () => {
  // As on every start: the stored version is there before anything is written.
  beforeEach(() => browser.storage.local.set({ schemaVersion: 2 }));

  it('does not bring back a draft deleted before it landed', async () => {
    await saveDraft('d1', draft(AT));
    // The practitioner deletes everything while Pack studio's save is between reading and writing.
    const get = browser.storage.local.get.bind(browser.storage.local);
    let deleted = false;
    vi.spyOn(browser.storage.local, 'get').mockImplementation(async (keys) => {
      const found = await get(keys as never);
      if (!deleted && keys === 'draft:d1') {
        deleted = true;
        await deleteAllData();
      }
      return found;
    });
    await saveDraft('d1', draft(AT + 1, 'Typed just before')).catch(() => {});
    expect(await draftKeys()).toEqual([]);
  });

  it('does not bring back a draft this tab kept before, when the deletion is not yet heard', async () => {
    await saveDraft('d1', draft(AT));
    await deleteAllData();
    await expect(saveDraft('d1', draft(AT + 1), { kept: true })).rejects.toThrow(/deleted in another tab/);
    expect(await draftKeys()).toEqual([]);
  });

  it('closes the draft in Pack studio with a calm word, and writes nothing back', async () => {
    const store = createStudioStore(studioDeps(() => AT));
    await store.getState().refresh();
    store.getState().startBlank();
    store.getState().change((pack) => {
      pack.title = 'Brief for Ivy';
    });
    await store.getState().flush();
    // Not watching: the deletion is not heard before the next save.
    await deleteAllData();
    store.getState().change((pack) => {
      pack.title = 'More';
    });
    await store.getState().flush();
    expect(await draftKeys()).toEqual([]);
    expect(store.getState().open).toBeNull();
    expect(store.getState().note).toMatch(/“More” was deleted in another tab or by “Delete all data”/);
  });

  it('does not bring back a first supervision answer typed just before it, not yet saved', async () => {
    vi.useFakeTimers();
    try {
      const store = createSupervisionStore('cscp-ivy', () => AT);
      await store.actions.start();
      // Typed, and waiting for the pause before it is saved: nothing of it is stored yet, so
      // "Delete all data" removes no key of it for the page to hear.
      store.actions.answer('question-challenge', 'Typed just before Delete all data');
      await deleteAllData();
      await vi.advanceTimersByTimeAsync(1000);
      expect(Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('supervision:'))).toEqual(
        [],
      );
      expect(store.getState().supervision.answers).toEqual({});
      // What is typed after the deletion is kept, in the first answer's place and in another.
      store.actions.answer('question-challenge', 'Typed after');
      await vi.advanceTimersByTimeAsync(1000);
      // Stored now, and typed on: this time the deletion removes a key, and is heard at once.
      store.actions.answer('question-strengths-based', 'Typed on, not yet saved');
      await deleteAllData();
      await vi.advanceTimersByTimeAsync(10);
      store.actions.answer('question-strengths-based', 'Typed after the second deletion');
      await vi.advanceTimersByTimeAsync(1000);
      const { 'supervision:cscp-ivy': kept } = await browser.storage.local.get('supervision:cscp-ivy');
      expect(Object.values((kept as { answers: Record<string, { text: string }> }).answers).map((a) => a.text)).toEqual(
        ['Typed after the second deletion'],
      );
      store.actions.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not bring back supervision answers', async () => {
    const store = createSupervisionStore('cscp-ivy', () => AT);
    await store.actions.start();
    const get = browser.storage.local.get.bind(browser.storage.local);
    let deleted = false;
    vi.spyOn(browser.storage.local, 'get').mockImplementation(async (keys) => {
      const found = await get(keys as never);
      if (!deleted && keys === 'schemaVersion') {
        deleted = true;
        await deleteAllData();
      }
      return found;
    });
    await store.actions.markAction('read-the-brief', true);
    store.actions.stop();
    expect(Object.keys(await get(null)).filter((k) => k.startsWith('supervision:'))).toEqual([]);
  });
});

describe('importing a backup takes what fits and says what it left', () => {
  const backupWith = (drafts: number) => {
    const snapshot: Record<string, unknown> = {
      schemaVersion: 2,
      caseIndex: { 'CS-1': AT },
      'case:CS-1': {
        ref: 'CS-1',
        packId: 'cscp-ivy',
        packVersion: '1.0.0',
        resetAt: 0,
        answers: { 'fathers-seen': { state: 'done', at: AT } },
      },
    };
    for (let i = 0; i < drafts; i++) snapshot[`draft:d${(i + 100).toString(36)}`] = draft(AT + i, `Draft ${i}`);
    return JSON.stringify(makeBackup(snapshot, new Date(AT)));
  };

  it('merging 50 drafts into a browser that has 3 keeps 50, and names what was left', () => {
    const checked = readBackup(backupWith(50));
    if (!checked.ok) throw new Error(checked.reason);
    const here = { schemaVersion: 2, 'draft:da': draft(AT), 'draft:db': draft(AT), 'draft:dc': draft(AT) };
    const plan = planImport(here, checked.backup, 'merge');
    const after = { ...here, ...plan.set };
    expect(Object.keys(after).filter((k) => k.startsWith('draft:'))).toHaveLength(50);
    expect(plan.skipped.join(' ')).toMatch(/3 Pack studio drafts were left out.*at most 50 drafts/);
  });

  it('restoring the practitioner’s own export of 51 drafts restores the cases and 50 drafts, and says why', () => {
    const checked = readBackup(backupWith(51));
    if (!checked.ok) throw new Error(`refused: ${checked.reason}`);
    const plan = planImport({ schemaVersion: 2 }, checked.backup, 'replace');
    expect(plan.added).toEqual(['CS-1']);
    expect(Object.keys(plan.set).filter((k) => k.startsWith('draft:'))).toHaveLength(50);
    expect(plan.skipped.join(' ')).toMatch(/1 Pack studio draft was left out/);
  });

  it('a file with far more drafts than Pause Point ever makes is refused, naming drafts', () => {
    const text = JSON.stringify({
      ...JSON.parse(backupWith(0)),
      drafts: Array.from({ length: 1001 }, (_, i) => ({ id: `d${i.toString(36)}`, ...draft(AT) })),
    });
    const checked = readBackup(text);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toMatch(/1,001 Pack studio drafts/);
  });
});

describe('the settings page’s import', () => {
  it('refuses to write over data stored by a newer version, and says so', async () => {
    const checked = readBackup(
      JSON.stringify(makeBackup({ schemaVersion: SCHEMA_VERSION, caseIndex: {} }, new Date(AT))),
    );
    if (!checked.ok) throw new Error(checked.reason);
    const plan = planImport({ schemaVersion: SCHEMA_VERSION }, checked.backup, 'replace');
    const newer = { schemaVersion: SCHEMA_VERSION + 1, 'case:NEW-1': { written: 'by a newer version' } };
    await browser.storage.local.set(newer);
    await expect(applyImport(plan)).rejects.toThrow(/written by a newer version of Pause Point/);
    expect(await browser.storage.local.get(null)).toEqual(newer);
  });
});

describe('the storage warning', () => {
  it('says to delete drafts, not to forget cases, when drafts fill storage', () => {
    const mb = 1024 * 1024;
    const text = storageUseText({ bytes: 9.8 * mb, quota: 10 * mb, draftBytes: 9.5 * mb });
    expect(text).toMatch(/Pack studio drafts/);
    expect(text).not.toMatch(/Forget cases/);
    expect(storageUseText({ bytes: 9.8 * mb, quota: 10 * mb, draftBytes: 0.1 * mb })).toMatch(/Forget cases/);
  });
});
