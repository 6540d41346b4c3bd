import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeBackup, planImport } from '../../core/backup';
import { forgetInIndex, mergeCaseIndexes, recentCases, touchCase } from '../../core/case-index';
import { DAY_MS, isExpired, planRetention } from '../../core/retention';
import { SCHEMA_VERSION } from '../../core/stored';
import { applyRetention, deleteAllData } from '../../store/retention';

const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);

describe('the retention rule', () => {
  it('keeps what is exactly at the limit and deletes what is a moment past it', () => {
    expect(isExpired(NOW - 90 * DAY_MS, NOW, 90)).toBe(false);
    expect(isExpired(NOW - 90 * DAY_MS - 1, NOW, 90)).toBe(true);
    expect(isExpired(NOW - DAY_MS, NOW, 1)).toBe(false);
  });

  it('plans to delete expired cases and to drop old forgotten marks, nothing else', () => {
    const index = {
      OLD: NOW - 91 * DAY_MS,
      EDGE: NOW - 90 * DAY_MS,
      NEW: NOW - DAY_MS,
      'GONE-LONG-AGO': -(NOW - 100 * DAY_MS),
      'GONE-LATELY': -(NOW - DAY_MS),
    };
    expect(planRetention(index, NOW, 90)).toEqual({ expiredCases: ['OLD'], oldMarks: ['GONE-LONG-AGO'] });
  });
});

describe('forgetting in the case list', () => {
  it('wins over an older use from another window, and loses to a newer one', () => {
    const seen = touchCase({}, 'A', 100);
    const forgotten = forgetInIndex(seen, 'A', 200);
    expect(mergeCaseIndexes(seen, forgotten)).toEqual({ A: -200 });
    expect(mergeCaseIndexes(forgotten, touchCase(seen, 'A', 300))).toEqual({ A: 300 });
    expect(recentCases(forgotten, 5)).toEqual([]);
  });
});

describe('applying retention to storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  const checklist = (ref: string) => ({ ref, packId: 'cscp-ivy', packVersion: '1.0.0', resetAt: 0, answers: {} });

  it('deletes cases and supervision answers untouched for longer than the period, and keeps the rest', async () => {
    await browser.storage.local.set({
      schemaVersion: 1,
      prefs: { follow: false, retentionDays: 30 },
      caseIndex: { OLD: NOW - 31 * DAY_MS, KEEP: NOW - 30 * DAY_MS },
      'case:OLD': checklist('OLD'),
      'case:KEEP': checklist('KEEP'),
      'supervision:cscp-ivy': {
        packId: 'cscp-ivy',
        answers: { 'question-challenge': { text: 'x', at: NOW - 40 * DAY_MS } },
        actions: {},
      },
    });
    const outcome = await applyRetention(Date.now());
    expect(outcome).toEqual({ deletedCases: ['OLD'], deletedSupervision: true });
    const stored = await browser.storage.local.get(null);
    expect(stored['case:OLD']).toBeUndefined();
    expect(stored['case:KEEP']).toEqual(checklist('KEEP'));
    expect(stored['supervision:cscp-ivy']).toBeUndefined();
    expect(stored.caseIndex).toEqual({ OLD: -NOW, KEEP: NOW - 30 * DAY_MS });
  });

  it('changes nothing when nothing is past the period (default 90 days)', async () => {
    const data = { schemaVersion: 1, caseIndex: { A: NOW - 89 * DAY_MS }, 'case:A': checklist('A') };
    await browser.storage.local.set(data);
    expect(await applyRetention(Date.now())).toEqual({ deletedCases: [], deletedSupervision: false });
    expect(await browser.storage.local.get(null)).toEqual(data);
  });

  it('"Delete all data" leaves nothing but the schema version', async () => {
    await browser.storage.local.set({ schemaVersion: 1, 'case:A': checklist('A'), sites: {} });
    await browser.storage.session.set({ 'tab:1': { origin: 'x' } });
    await deleteAllData();
    expect(await browser.storage.local.get(null)).toEqual({ schemaVersion: SCHEMA_VERSION });
    expect(await browser.storage.session.get(null)).toEqual({});
  });
});

describe('retention judges every stored case by its own latest answer', () => {
  beforeEach(() => fakeBrowser.reset());
  const answered = (ref: string, at: number) => ({
    ref,
    packId: 'cscp-ivy',
    packVersion: '1.0.0',
    resetAt: 0,
    answers: { 'fathers-seen': { state: 'done', at } },
  });

  it('deletes old cases missing from the case list, or listed with a time that is not one', async () => {
    const old = NOW - 100 * DAY_MS;
    await browser.storage.local.set({
      schemaVersion: 2,
      // A fractional and a string time: the list cannot be read for them.
      caseIndex: { 'FRACTION-1': old + 0.5, 'STRING-1': String(old), 'LISTED-1': NOW - DAY_MS },
      'case:MISSING-1': answered('MISSING-1', old),
      'case:FRACTION-1': answered('FRACTION-1', old),
      'case:STRING-1': answered('STRING-1', old),
      'case:RECENT-1': answered('RECENT-1', NOW - DAY_MS),
      'case:LISTED-1': answered('LISTED-1', old),
    });
    const outcome = await applyRetention(NOW, 90);
    expect(outcome.deletedCases).toEqual(['FRACTION-1', 'MISSING-1', 'STRING-1']);
    const stored = await browser.storage.local.get(null);
    expect(
      Object.keys(stored)
        .filter((key) => key.startsWith('case:'))
        .sort(),
    ).toEqual(['case:LISTED-1', 'case:RECENT-1']);
  });

  it('leaves out of an import the cases of a backup already past the period, and says so', async () => {
    const old = NOW - 100 * DAY_MS;
    const backup = makeBackup(
      { caseIndex: {}, 'case:OLD-1': answered('OLD-1', old), 'case:NEW-1': answered('NEW-1', NOW - DAY_MS) },
      new Date(NOW),
    );
    const plan = planImport({ schemaVersion: 2 }, backup, 'merge', { now: NOW, managedDays: 90 });
    expect(plan.added).toEqual(['NEW-1']);
    expect(plan.set['case:OLD-1']).toBeUndefined();
    expect(plan.skipped.join(' ')).toMatch(/1 case was left out: untouched for longer than cases are kept \(90 days\)/);
  });
});

describe('retention with storage full', () => {
  beforeEach(() => fakeBrowser.reset());

  it('still deletes expired cases when the case list cannot be written first', async () => {
    const old = NOW - 100 * DAY_MS;
    await browser.storage.local.set({
      caseIndex: { 'OLD-1': old, 'NEW-1': NOW },
      'case:OLD-1': { ref: 'OLD-1', packId: 'cscp-ivy', packVersion: '1.0.0', resetAt: 0, answers: {} },
    });
    const set = browser.storage.local.set.bind(browser.storage.local);
    // Full until something is removed: the quota error Chrome gives.
    vi.spyOn(browser.storage.local, 'set').mockImplementation(async (items) => {
      if ((await browser.storage.local.get('case:OLD-1'))['case:OLD-1'] !== undefined) {
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      return set(items);
    });
    const outcome = await applyRetention(NOW, 90);
    expect(outcome.deletedCases).toEqual(['OLD-1']);
    const stored = await browser.storage.local.get(null);
    expect(stored['case:OLD-1']).toBeUndefined();
    expect((stored.caseIndex as Record<string, number>)['OLD-1']).toBeLessThan(0);
  });
});

describe('retention and times in the future (a clock set ahead, or a hostile backup)', () => {
  beforeEach(() => fakeBrowser.reset());
  const FUTURE = NOW + 5 * 365 * DAY_MS;
  const future = {
    schemaVersion: 2,
    caseIndex: { 'AHEAD-1': FUTURE, 'GONE-1': -FUTURE },
    'case:AHEAD-1': {
      ref: 'AHEAD-1',
      packId: 'cscp-ivy',
      packVersion: '1.0.0',
      resetAt: FUTURE,
      answers: { 'fathers-seen': { state: 'done', at: FUTURE } },
      view: { moment: 'all', virtual: false, at: FUTURE },
    },
    'supervision:cscp-ivy': {
      packId: 'cscp-ivy',
      answers: { 'question-challenge': { text: 'x', at: FUTURE } },
      actions: { 'read-the-brief': { done: true, at: FUTURE } },
    },
  };

  it('are read as now, so what carries them is kept for the period and then deleted, not kept for ever', async () => {
    await browser.storage.local.set(future);
    expect(await applyRetention(NOW, 90)).toEqual({ deletedCases: [], deletedSupervision: false });
    // Still there, now dated today.
    const kept = await browser.storage.local.get(null);
    expect(kept['case:AHEAD-1']).toBeDefined();
    expect(kept.caseIndex).toEqual({ 'AHEAD-1': NOW, 'GONE-1': -NOW });
    const later = NOW + 91 * DAY_MS;
    expect(await applyRetention(later, 90)).toEqual({ deletedCases: ['AHEAD-1'], deletedSupervision: true });
    const stored = await browser.storage.local.get(null);
    expect(stored['case:AHEAD-1']).toBeUndefined();
    expect(stored['supervision:cscp-ivy']).toBeUndefined();
    expect(stored.caseIndex).toEqual({ 'AHEAD-1': -later });
  });

  it('a day ahead or less (two devices’ clocks) is left as it is', async () => {
    const near = { schemaVersion: 2, caseIndex: { 'NEAR-1': NOW + DAY_MS } };
    await browser.storage.local.set(near);
    await applyRetention(NOW, 90);
    expect(await browser.storage.local.get(null)).toEqual(near);
  });
});

describe('background retention', () => {
  beforeEach(() => fakeBrowser.reset());

  it('leaves data written by a newer version alone, as the panel does', async () => {
    const newer = {
      schemaVersion: SCHEMA_VERSION + 1,
      caseIndex: { 'OLD-1': NOW - 400 * DAY_MS },
      'case:OLD-1': { ref: 'OLD-1', packId: 'cscp-ivy', packVersion: '1.0.0', resetAt: 0, answers: {} },
    };
    await browser.storage.local.set(newer);
    const outcome = await applyRetention(NOW, 90);
    expect(outcome.deletedCases).toEqual([]);
    expect(await browser.storage.local.get(null)).toEqual(newer);
  });
});
