import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ivyPack } from '../../content/ivy';
import { recentCases } from '../../core/case-index';
import { answerState } from '../../core/checklist';
import { packInfo } from '../../core/pack/info';
import type { Pack } from '../../core/pack/schema';
import { SCHEMA_VERSION } from '../../core/stored';
import { wordingHash } from '../../core/wording';
import { createCaseStorage } from '../../store/case-storage';
import { createPanelStore, momentOf, type PanelStore } from '../../store/panel-store';
import { examplePack } from '../example-pack';

/** Lets every pending storage write and change event run. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

let clock = 1_700_000_000_000;
const now = () => ++clock;
const stores: PanelStore[] = [];

const example: Pack = examplePack();
/** The packs "on this device" for these tests: Ivy is built in; the example may be added. */
let devicePacks: Pack[] = [];

async function openPanel(): Promise<PanelStore> {
  const store = createPanelStore({
    caseStorage: createCaseStorage(),
    pack: ivyPack,
    loadPack: async (id) => devicePacks.find((p) => p.id === id) ?? null,
    now,
  });
  stores.push(store);
  await store.actions.start();
  return store;
}

beforeEach(() => {
  fakeBrowser.reset();
  devicePacks = [example];
});

afterEach(() => {
  for (const store of stores.splice(0)) store.actions.stop();
});

describe('opening cases', () => {
  it('shows a case without keeping it, and keeps it from its first answer', async () => {
    const panel = await openPanel();
    expect(await panel.actions.openCase(' CS-1001 ')).toEqual({ ok: true });
    expect(panel.getState().openRef).toBe('CS-1001');
    await panel.actions.chooseMoment('conference', false);
    await settle();
    // Only looked at: no case, no index entry, no open case on this device.
    const looked = await browser.storage.local.get(null);
    expect(Object.keys(looked).filter((key) => key.startsWith('case:'))).toEqual([]);
    expect(JSON.stringify(looked)).not.toContain('CS-1001');
    expect((await openPanel()).getState().openRef).toBeNull();

    await panel.actions.answer('fathers-seen', 'done');
    await settle();
    const reopened = await openPanel();
    expect(reopened.getState().openRef).toBe('CS-1001');
    expect(Object.keys(reopened.getState().index)).toEqual(['CS-1001']);
    // The moment chosen before the first answer is kept with it.
    expect(reopened.getState().checklist?.view?.moment).toBe('conference');
  });

  it('opens a new case on the moment last used', async () => {
    const panel = await openPanel();
    await panel.actions.openCase('CS-1');
    expect(momentOf(panel.getState())).toBe('visit');
    await panel.actions.chooseMoment('change', false);
    await panel.actions.openCase('CS-2');
    expect(momentOf(panel.getState())).toBe('change');
    await settle();
    const reopened = await openPanel();
    await reopened.actions.openCase('CS-3');
    expect(momentOf(reopened.getState())).toBe('change');
  });

  it('refuses a name and keeps the open case', async () => {
    const panel = await openPanel();
    await panel.actions.openCase('CS-1');
    const result = await panel.actions.openCase('Jane Smith');
    expect(result.ok).toBe(false);
    expect(panel.getState().openRef).toBe('CS-1');
  });
});

const FATHERS_SEEN_TEXT = 'Have you seen and spoken with the father or male carer yourself?';

describe('answers', () => {
  it('shows a tick at once and saves only the case, pack and answer with its time and the hash of its wording', async () => {
    const panel = await openPanel();
    await panel.actions.openCase('CS-1');
    const saved = panel.actions.answer('fathers-seen', 'done');
    expect(answerState(panel.getState().checklist, 'fathers-seen')).toBe('done'); // before the save lands
    await saved;
    const stored = await browser.storage.local.get('case:CS-1');
    expect(stored['case:CS-1']).toEqual({
      ref: 'CS-1',
      packId: 'cscp-ivy',
      packVersion: ivyPack.version,
      resetAt: 0,
      answers: { 'fathers-seen': { state: 'done', at: expect.any(Number), w: wordingHash(FATHERS_SEEN_TEXT) } },
      view: { moment: 'visit', virtual: false, at: expect.any(Number) },
    });
  });

  it('writes the case list with the first answer and then once a minute, not with every tick', async () => {
    const panel = await openPanel();
    await panel.actions.openCase('CS-1');
    const writes: string[][] = [];
    const set = browser.storage.local.set.bind(browser.storage.local);
    browser.storage.local.set = (items) => {
      // The panel's own place is written once too, with the first answer; it is not the point here.
      const keys = Object.keys(items).filter((key) => key !== 'panel');
      if (keys.length > 0) writes.push(keys);
      return set(items);
    };
    await panel.actions.answer('fathers-seen', 'done');
    await panel.actions.answer('sleep-seen', 'done');
    await panel.actions.answer('sleep-seen', 'open');
    clock += 60_000;
    await panel.actions.answer('fathers-seen', 'open');
    expect(writes).toEqual([['case:CS-1', 'caseIndex'], ['case:CS-1'], ['case:CS-1'], ['case:CS-1', 'caseIndex']]);
    // Back to a case after another was used: the list is written, so Recent cases stays in order.
    await panel.actions.openCase('CS-2');
    await panel.actions.answer('fathers-seen', 'done');
    await panel.actions.openCase('CS-1');
    writes.length = 0;
    await panel.actions.answer('fathers-seen', 'done');
    expect(writes).toEqual([['case:CS-1', 'caseIndex']]);
    expect(recentCases(panel.getState().index, 2).map((c) => c.ref)).toEqual(['CS-1', 'CS-2']);
    // What was written is what a fresh panel reads: the answers, and the case at the top of the list.
    const reopened = await openPanel();
    expect(answerState(reopened.getState().checklist, 'sleep-seen')).toBe('open');
    expect(reopened.getState().index['CS-1']).toBeGreaterThan(clock - 10);
  });

  it('keeps cases apart', async () => {
    const panel = await openPanel();
    await panel.actions.openCase('CS-1');
    await panel.actions.answer('fathers-seen', 'done');
    await panel.actions.openCase('CS-2');
    expect(answerState(panel.getState().checklist, 'fathers-seen')).toBe('open');
    await panel.actions.answer('sleep-seen', 'na');
    await panel.actions.openCase('CS-1');
    expect(answerState(panel.getState().checklist, 'fathers-seen')).toBe('done');
    expect(answerState(panel.getState().checklist, 'sleep-seen')).toBe('open');
  });

  it('resets a case so every prompt is outstanding again', async () => {
    const panel = await openPanel();
    await panel.actions.openCase('CS-1');
    await panel.actions.answer('fathers-seen', 'done');
    await panel.actions.answer('sleep-seen', 'na');
    await panel.actions.resetCase();
    await settle();
    const reopened = await openPanel();
    expect(reopened.getState().checklist?.answers).toEqual({});
  });
});

describe('two panels on the same case', () => {
  it('show each other’s ticks live', async () => {
    const a = await openPanel();
    const b = await openPanel();
    await a.actions.openCase('CS-7');
    await b.actions.openCase('CS-7');
    await a.actions.answer('fathers-seen', 'done');
    await settle();
    expect(answerState(b.getState().checklist, 'fathers-seen')).toBe('done');
  });

  it('lose no tick when both answer at the same time', async () => {
    const a = await openPanel();
    const b = await openPanel();
    await a.actions.openCase('CS-7');
    await b.actions.openCase('CS-7');
    await Promise.all([a.actions.answer('fathers-seen', 'done'), b.actions.answer('sleep-seen', 'na')]);
    await settle();
    for (const panel of [a, b]) {
      expect(answerState(panel.getState().checklist, 'fathers-seen')).toBe('done');
      expect(answerState(panel.getState().checklist, 'sleep-seen')).toBe('na');
    }
    const stored = (await browser.storage.local.get('case:CS-7'))['case:CS-7'] as { answers: object };
    expect(Object.keys(stored.answers).sort()).toEqual(['fathers-seen', 'sleep-seen']);
  });

  it('write back a tick that another window’s stale save overwrote', async () => {
    const a = await openPanel();
    await a.actions.openCase('CS-7');
    await a.actions.answer('fathers-seen', 'done');
    // Another window that had not yet seen that tick saves its own copy over it.
    await browser.storage.local.set({
      'case:CS-7': {
        ref: 'CS-7',
        packId: 'cscp-ivy',
        packVersion: '1.0.0',
        resetAt: 0,
        answers: { 'sleep-seen': { state: 'done', at: now() } },
      },
    });
    await settle();
    const stored = (await browser.storage.local.get('case:CS-7'))['case:CS-7'] as { answers: object };
    expect(Object.keys(stored.answers).sort()).toEqual(['fathers-seen', 'sleep-seen']);
  });

  it('respect a case deleted elsewhere instead of writing it back', async () => {
    const a = await openPanel();
    await a.actions.openCase('CS-7');
    await a.actions.answer('fathers-seen', 'done');
    await browser.storage.local.remove('case:CS-7');
    await settle();
    expect(a.getState().checklist).toBeNull();
    expect((await browser.storage.local.get('case:CS-7'))['case:CS-7']).toBeUndefined();
  });
});

describe('damaged or foreign stored data', () => {
  it('keeps the readable answers, says what happened, and keeps the original', async () => {
    await browser.storage.local.set({
      schemaVersion: 1,
      panel: { openCase: 'CS-9' },
      'case:CS-9': {
        ref: 'CS-9',
        packId: 'cscp-ivy',
        packVersion: '1.0.0',
        resetAt: 0,
        answers: { 'fathers-seen': { state: 'done', at: 5 }, 'sleep-seen': { state: 'maybe', at: 'yesterday' } },
      },
    });
    const panel = await openPanel();
    expect(answerState(panel.getState().checklist, 'fathers-seen')).toBe('done');
    expect(panel.getState().notice?.text).toMatch(/1 were kept and 1 could not be used/);
    const kept = await browser.storage.local.get('damaged:case:CS-9');
    expect(kept['damaged:case:CS-9']).toMatchObject({ answers: { 'sleep-seen': { state: 'maybe' } } });
  });

  it('leaves data from a newer version untouched and says so', async () => {
    const future = { schemaVersion: 99, 'case:CS-1': { whatever: true } };
    await browser.storage.local.set(future);
    const panel = await openPanel();
    expect(panel.getState().status).toBe('failed');
    expect(panel.getState().notice?.text).toMatch(/newer version of Pause Point/);
    await panel.actions.openCase('CS-1');
    await panel.actions.answer('fathers-seen', 'done');
    expect(await browser.storage.local.get(null)).toEqual(future);
  });

  it('reports storage that cannot be read instead of breaking the panel', async () => {
    const broken = createCaseStorage({
      get: () => Promise.reject(new Error('disk')),
      set: () => Promise.resolve(),
      remove: () => Promise.resolve(),
    });
    const panel = createPanelStore({ caseStorage: broken, pack: ivyPack, now });
    stores.push(panel);
    await panel.actions.start();
    expect(panel.getState().status).toBe('failed');
    expect(panel.getState().notice?.text).toMatch(/could not read its saved answers/);
  });

  it('stamps the schema version on first start', async () => {
    await openPanel();
    expect(await browser.storage.local.get('schemaVersion')).toEqual({ schemaVersion: SCHEMA_VERSION });
  });
});

describe('forgetting a case', () => {
  it('deletes its answers, closes it in every panel, and keeps it from coming back', async () => {
    const a = await openPanel();
    const b = await openPanel();
    await a.actions.openCase('FORGET-1');
    await b.actions.openCase('FORGET-1');
    await a.actions.answer('fathers-seen', 'done');
    await settle();
    await a.actions.forgetCase();
    await settle();
    expect(a.getState().openRef).toBeNull();
    expect(b.getState().openRef).toBeNull();
    expect((await browser.storage.local.get('case:FORGET-1'))['case:FORGET-1']).toBeUndefined();
    const { caseIndex } = (await browser.storage.local.get('caseIndex')) as { caseIndex: Record<string, number> };
    expect(caseIndex['FORGET-1']).toBeLessThan(0);
    // Opening it again starts afresh, and keeps it again only from a new answer.
    await b.actions.openCase('FORGET-1');
    expect(b.getState().checklist).toBeNull();
    expect(b.getState().index['FORGET-1']).toBeLessThan(0);
    await b.actions.answer('fathers-seen', 'done');
    expect(b.getState().index['FORGET-1']).toBeGreaterThan(0);
  });
});

describe('a learning pack for each case', () => {
  const lists = () => [packInfo(ivyPack, 'built-in'), packInfo(example, 'added')];

  it('records the pack with the case; choosing another clears the old answers and records the new one', async () => {
    const panel = await openPanel();
    await panel.actions.openCase('CS-1');
    await panel.actions.answer('fathers-seen', 'done');
    expect(panel.getState().pack.id).toBe('cscp-ivy');
    await panel.actions.choosePack(example.id);
    expect(panel.getState().pack.title).toBe('Example: hearing the child');
    expect(panel.getState().checklist?.answers).toEqual({});
    await panel.actions.answer('seen-alone', 'done');
    await settle();
    const stored = (await browser.storage.local.get('case:CS-1'))['case:CS-1'];
    expect(stored).toMatchObject({
      packId: example.id,
      packVersion: '1.0.0',
      answers: { 'seen-alone': { state: 'done' } },
    });

    // The next time the case opens, it opens with its own pack.
    const reopened = await openPanel();
    expect(reopened.getState().openRef).toBe('CS-1');
    expect(reopened.getState().pack.id).toBe(example.id);
    expect(answerState(reopened.getState().checklist, 'seen-alone')).toBe('done');
  });

  it('takes no answer while a case and its own pack are still coming in', async () => {
    const panel = await openPanel();
    await panel.actions.openCase('CS-EX');
    await panel.actions.choosePack(example.id);
    await panel.actions.answer('seen-alone', 'done');
    await panel.actions.openCase('CS-IVY');
    await panel.actions.answer('fathers-seen', 'done');
    await settle();
    // Following the page to the example case: the heading changes before its pack is in. A tick
    // in that moment (a click, or a keyboard user's focus left on a checkbox) must not land.
    const opening = panel.actions.openCase('CS-EX');
    expect(panel.getState().openRef).toBe('CS-EX');
    await panel.actions.answer('fathers-seen', 'done');
    await opening;
    await settle();
    expect(panel.getState().pack.id).toBe(example.id);
    const stored = (await browser.storage.local.get('case:CS-EX'))['case:CS-EX'] as { answers: object };
    expect(stored).toMatchObject({ packId: example.id, answers: { 'seen-alone': { state: 'done' } } });
    expect(stored.answers).not.toHaveProperty('fathers-seen');
    // Once the case and its pack are in, answers are taken again.
    await panel.actions.answer('seen-alone', 'na');
    expect(answerState(panel.getState().checklist, 'seen-alone')).toBe('na');
  });

  it('follows a pack chosen in another window', async () => {
    const a = await openPanel();
    const b = await openPanel();
    await a.actions.openCase('CS-2');
    await b.actions.openCase('CS-2');
    await b.actions.answer('fathers-seen', 'done');
    await settle();
    await a.actions.choosePack(example.id);
    await settle();
    for (const panel of [a, b]) {
      expect(panel.getState().pack.id).toBe(example.id);
      expect(panel.getState().checklist?.answers).toEqual({});
    }
  });

  it('starts new cases with the default pack, and a case with answers keeps its own', async () => {
    const panel = await openPanel();
    await panel.actions.openCase('CS-OLD');
    await panel.actions.answer('fathers-seen', 'done');
    await panel.actions.setPacks(lists(), example.id);
    expect(panel.getState().packs?.map((p) => p.id)).toEqual(['cscp-ivy', example.id]);
    expect(panel.getState().pack.id).toBe('cscp-ivy');
    await panel.actions.openCase('CS-NEW');
    expect(panel.getState().pack.id).toBe(example.id);
    await panel.actions.answer('seen-alone', 'done');
    expect((await browser.storage.local.get('case:CS-NEW'))['case:CS-NEW']).toMatchObject({ packId: example.id });
  });

  it('says when a case’s pack is not on this device, gives no answers with another pack, and lets another be chosen', async () => {
    const first = await openPanel();
    await first.actions.openCase('CS-3');
    await first.actions.choosePack(example.id);
    await first.actions.answer('seen-alone', 'done');
    await settle();
    devicePacks = []; // the pack was removed

    const panel = await openPanel();
    expect(panel.getState().missingPack).toBe(example.id);
    await panel.actions.answer('fathers-seen', 'done');
    expect(answerState(panel.getState().checklist, 'fathers-seen')).toBe('open');
    expect((await browser.storage.local.get('case:CS-3'))['case:CS-3']).toMatchObject({
      packId: example.id,
      answers: { 'seen-alone': { state: 'done' } },
    });
    await panel.actions.choosePack('cscp-ivy');
    expect(panel.getState()).toMatchObject({ missingPack: null, pack: { id: 'cscp-ivy' } });
    await panel.actions.answer('fathers-seen', 'done');
    expect(answerState(panel.getState().checklist, 'fathers-seen')).toBe('done');
  });

  it('refuses a pack that is not on this device, changing nothing', async () => {
    const panel = await openPanel();
    await panel.actions.openCase('CS-4');
    await panel.actions.answer('fathers-seen', 'done');
    await panel.actions.choosePack('nowhere');
    expect(panel.getState().notice).toEqual({ kind: 'error', text: 'That learning pack is no longer on this device.' });
    expect(panel.getState().pack.id).toBe('cscp-ivy');
    expect(answerState(panel.getState().checklist, 'fathers-seen')).toBe('done');
  });
});
