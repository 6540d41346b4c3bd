import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ivyPack } from '../../content/ivy';
import { makeBackup, planImport } from '../../core/backup';
import type { AnswerState } from '../../core/checklist';
import {
  type CaseCounted,
  COUNTS,
  type CountInput,
  countAnswer,
  countsExpired,
  lastMonths,
  type MonthCounts,
  monthOf,
} from '../../core/counting';
import { readManagedConfig } from '../../core/managed';
import { momentItems } from '../../core/moments';
import { applyImport, exportBackup, planBackupImport } from '../../store/backup';
import { createCaseStorage } from '../../store/case-storage';
import { createCounter, isCountingOn, snapshotDevice } from '../../store/counting';
import { createPanelStore } from '../../store/panel-store';
import { applyRetention, deleteAllData } from '../../store/retention';
import { savePrefs } from '../../store/site-storage';

const MARCH = new Date(2026, 2, 10, 9, 0).getTime();
const input = (
  answers: Record<string, AnswerState>,
  over: Partial<CountInput> = {},
  questionIds = ['a', 'b', 'c'],
): CountInput => ({
  now: MARCH,
  packId: 'cscp-ivy',
  version: '1.0.0',
  moment: 'visit',
  questionIds,
  answers: Object.fromEntries(Object.entries(answers).map(([id, state]) => [id, { state }])),
  ...over,
});

/** Counts a run of answers for several cases, each case keeping its own record. */
function run(steps: { ref: string; input: CountInput }[], start: MonthCounts = { packs: [] }) {
  const byMonth = new Map<string, MonthCounts>();
  const mine = new Map<string, CaseCounted | null>();
  for (const step of steps) {
    const month = monthOf(step.input.now);
    const out = countAnswer(byMonth.get(month) ?? start, mine.get(step.ref) ?? null, step.input);
    byMonth.set(month, out.month);
    mine.set(step.ref, out.counted);
  }
  return byMonth;
}

const momentOf = (counts: MonthCounts | undefined, moment = 'visit', version = '1.0.0') =>
  counts?.packs.find((p) => p.version === version)?.moments[moment as 'visit'];

describe('counting checks', () => {
  it('counts each question by its latest state that month, the case once', () => {
    const months = run([
      { ref: 'A', input: input({ a: 'done' }) },
      { ref: 'A', input: input({ a: 'done', b: 'na' }) },
      { ref: 'A', input: input({ a: 'open', b: 'na', c: 'done' }) },
    ]);
    expect(momentOf(months.get('2026-03'))).toEqual({
      checks: 1,
      questions: { a: [0, 0, 1], b: [0, 1, 0], c: [1, 0, 0] },
    });
  });

  it('counts two cases as two checks, and one case at two moments as two', () => {
    const months = run([
      { ref: 'A', input: input({ a: 'done' }) },
      { ref: 'B', input: input({ a: 'na' }) },
      { ref: 'A', input: input({ a: 'done' }, { moment: 'conference' }) },
      { ref: 'A', input: input({ a: 'done', b: 'done' }) },
    ]);
    const march = months.get('2026-03');
    expect(momentOf(march)).toEqual({ checks: 2, questions: { a: [1, 1, 0], b: [1, 0, 1], c: [0, 0, 2] } });
    expect(momentOf(march, 'conference')?.checks).toBe(1);
  });

  it('starts a new check in a new month and leaves the last month as it was', () => {
    const endOfMarch = new Date(2026, 2, 31, 23, 59, 59, 999).getTime();
    const startOfApril = new Date(2026, 3, 1, 0, 0).getTime();
    const months = run([
      { ref: 'A', input: input({ a: 'done' }, { now: endOfMarch }) },
      { ref: 'A', input: input({ a: 'done', b: 'done' }, { now: startOfApril }) },
    ]);
    expect(momentOf(months.get('2026-03'))).toEqual({
      checks: 1,
      questions: { a: [1, 0, 0], b: [0, 0, 1], c: [0, 0, 1] },
    });
    expect(momentOf(months.get('2026-04'))).toEqual({
      checks: 1,
      questions: { a: [1, 0, 0], b: [1, 0, 0], c: [0, 0, 1] },
    });
  });

  it('keeps each pack version apart', () => {
    const months = run([
      { ref: 'A', input: input({ a: 'done' }) },
      { ref: 'A', input: input({ a: 'na' }, { version: '1.1.0' }) },
    ]);
    const march = months.get('2026-03');
    expect(march?.packs.map((p) => `${p.packId}@${p.version}`)).toEqual(['cscp-ivy@1.0.0', 'cscp-ivy@1.1.0']);
    expect(momentOf(march, 'visit', '1.0.0')?.questions.a).toEqual([1, 0, 0]);
    expect(momentOf(march, 'visit', '1.1.0')?.questions.a).toEqual([0, 1, 0]);
  });

  it('holds no case reference, and nothing finer than the month', () => {
    const months = run([{ ref: 'CASE-7781', input: input({ a: 'done' }, { now: MARCH + 12_345 }) }]);
    const text = JSON.stringify(Object.fromEntries(months));
    expect(text).not.toContain('CASE-7781');
    expect(text).not.toMatch(/\d{10,}/);
  });

  it('never counts below nothing, whatever the case record says', () => {
    const made: CaseCounted = {
      month: '2026-03',
      checks: [{ packId: 'cscp-ivy', version: '1.0.0', moment: 'visit', states: { a: 'done', b: 'done' } }],
    };
    const out = countAnswer({ packs: [] }, made, input({ a: 'na' }));
    expect(out.month.packs[0]?.moments.visit?.questions.a).toEqual([0, 1, 0]);
    expect(out.month.packs[0]?.moments.visit?.questions.b).toEqual([0, 0, 1]);
  });
});

describe('months', () => {
  it('lists the last months across a year', () => {
    expect(lastMonths('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('keeps counts 24 months after their month, then deletes them', () => {
    const now = new Date(2026, 2, 15).getTime();
    expect(countsExpired('2024-03', now)).toBe(false);
    expect(countsExpired('2024-02', now)).toBe(true);
    expect(countsExpired('2026-03', now)).toBe(false);
  });
});

describe('counting in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  afterEach(() => vi.unstubAllGlobals());

  const panelWith = (counter: ReturnType<typeof createCounter>) =>
    createPanelStore({ caseStorage: createCaseStorage(), pack: ivyPack, answered: (a) => void counter.count(a) });
  /** A panel counting through `counter`, started and open on a case. */
  const panelOn = async (counter: ReturnType<typeof createCounter>, ref = 'DEMO-1') => {
    const panel = panelWith(counter);
    await panel.actions.start();
    await panel.actions.openCase(ref);
    return panel;
  };
  const settle = async () => {
    for (let i = 0; i < 30; i++) await new Promise((r) => setTimeout(r, 0));
  };
  /** Storage as the counter sees it, noting the keys of each write. */
  const watchedArea = () => {
    const writes: string[][] = [];
    const area = {
      get: (keys?: string | string[] | null) => browser.storage.local.get(keys ?? null),
      set: (items: Record<string, unknown>) => {
        writes.push(Object.keys(items));
        return browser.storage.local.set(items);
      },
      remove: (keys: string | string[]) => browser.storage.local.remove(keys),
    };
    return { area, writes };
  };
  const monthNow = async () =>
    COUNTS.read((await browser.storage.local.get(null))[COUNTS.keyOf(monthOf(Date.now()))], '');

  it('counts ticks given in the panel, by the moment the case is at', async () => {
    const counter = createCounter();
    const panel = await panelOn(counter);
    await panel.actions.chooseMoment('visit', false);
    const visit = momentItems(ivyPack, 'visit', false).map((i) => i.prompt.id);
    await panel.actions.answer(visit[0] as string, 'done');
    await panel.actions.answer(visit[1] as string, 'na');
    await settle();
    await counter.flush();
    const stored = await browser.storage.local.get(null);
    const month = COUNTS.read(stored[COUNTS.keyOf(monthOf(Date.now()))], '');
    const counts = month.packs[0]?.moments.visit;
    expect(counts?.checks).toBe(1);
    expect(counts?.questions[visit[0] as string]).toEqual([1, 0, 0]);
    expect(counts?.questions[visit[1] as string]).toEqual([0, 1, 0]);
    expect(counts?.questions[visit[2] as string]).toEqual([0, 0, 1]);
    panel.actions.stop();
  });

  it('counts nothing when the practitioner turned counting off', async () => {
    await savePrefs({ follow: true, retentionDays: 90, counting: false });
    const counter = createCounter();
    const panel = await panelOn(counter);
    await panel.actions.answer('fathers-seen', 'done');
    await settle();
    await counter.flush();
    expect(Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('count'))).toEqual([]);
    panel.actions.stop();
  });

  it('counts nothing given while counting was off, even when it is turned on before the counts are written', async () => {
    await savePrefs({ follow: true, retentionDays: 90, counting: false });
    const counter = createCounter();
    const panel = await panelOn(counter);
    await panel.actions.answer('fathers-seen', 'done');
    await settle();
    await savePrefs({ follow: true, retentionDays: 90 });
    await settle();
    await counter.flush();
    expect(Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('count'))).toEqual([]);
    // Once on, the next answer is counted.
    await panel.actions.answer('fathers-seen', 'na');
    await settle();
    await counter.flush();
    const moments = Object.values((await monthNow()).packs[0]?.moments ?? {});
    expect(moments.reduce((sum, m) => sum + (m?.checks ?? 0), 0)).toBe(1);
    panel.actions.stop();
  });

  it('is off for everyone when the organisation says so, whatever the practitioner chose', async () => {
    expect(readManagedConfig({ counting: false }).config.counting).toBe(false);
    expect(readManagedConfig({ counting: 'no' }).problems).toHaveLength(1);
    await browser.storage.managed.set({ counting: false });
    await savePrefs({ follow: true, retentionDays: 90, counting: true });
    expect(await isCountingOn()).toBe(false);
  });

  it('forgetting a case deletes what it added to the month, and keeps the counts', async () => {
    const counter = createCounter();
    const panel = await panelOn(counter);
    await panel.actions.answer('fathers-seen', 'done');
    await settle();
    await counter.flush();
    await panel.actions.forgetCase();
    const keys = Object.keys(await browser.storage.local.get(null));
    expect(keys).not.toContain('counted:DEMO-1');
    expect(keys).toContain(COUNTS.keyOf(monthOf(Date.now())));
    panel.actions.stop();
  });

  it('writes the counts only once ticking has gone quiet, in one write apart from the answers', async () => {
    const { area, writes } = watchedArea();
    const panel = await panelOn(createCounter(area, undefined, { quietMs: 80 }));
    await panel.actions.chooseMoment('visit', false);
    const visit = momentItems(ivyPack, 'visit', false).map((i) => i.prompt.id);
    await panel.actions.answer(visit[0] as string, 'done');
    await panel.actions.answer(visit[1] as string, 'na');
    await panel.actions.answer(visit[0] as string, 'open');
    await settle();
    // Still ticking: nothing counted yet.
    expect(writes).toEqual([]);
    expect((await monthNow()).packs).toEqual([]);
    await new Promise((r) => setTimeout(r, 200));
    await settle();
    expect(writes).toEqual([[COUNTS.keyOf(monthOf(Date.now())), 'counted:DEMO-1']]);
    const counts = (await monthNow()).packs[0]?.moments.visit;
    expect(counts?.checks).toBe(1);
    expect(counts?.questions[visit[0] as string]).toEqual([0, 0, 1]);
    expect(counts?.questions[visit[1] as string]).toEqual([0, 1, 0]);
    panel.actions.stop();
  });

  it('counts nothing for a case deleted before its counts were written', async () => {
    const counter = createCounter();
    const panel = await panelOn(counter);
    await panel.actions.answer('fathers-seen', 'done');
    await settle();
    await deleteAllData();
    await counter.flush();
    expect(Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('count'))).toEqual([]);
    panel.actions.stop();
  });

  it('a panel hidden before its counts were written hands them over, and the next panel’s count takes them up', async () => {
    const closing = createCounter(undefined, undefined, { quietMs: 60_000 });
    const first = await panelOn(closing);
    await first.actions.answer('fathers-seen', 'done');
    await settle();
    closing.handOff();
    first.actions.stop();
    await settle();
    expect(Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('count'))).toEqual([]);
    expect(Object.keys(await browser.storage.session.get(null))).toEqual([
      expect.stringMatching(/^countsLeft:[0-9a-f]{32}$/),
    ]);
    // Memory only: it holds the case's states for counting, and nothing is written to disk.
    const counter = createCounter();
    const next = await panelOn(counter, 'DEMO-2');
    await next.actions.answer('fathers-seen', 'na');
    await settle();
    await counter.flush();
    const moments = Object.values((await monthNow()).packs[0]?.moments ?? {});
    expect(moments.reduce((sum, m) => sum + (m?.checks ?? 0), 0)).toBe(2);
    expect(Object.keys(await browser.storage.local.get(null))).toEqual(
      expect.arrayContaining(['counted:DEMO-1', 'counted:DEMO-2']),
    );
    expect(Object.keys(await browser.storage.session.get(null))).toEqual([]);
    next.actions.stop();
  });

  it('loses no count when two windows count at the same moment', async () => {
    // Web Locks as a browser has them: one holder of a name at a time, across every page.
    const held = new Map<string, Promise<unknown>>();
    const locks = {
      request: (name: string, task: () => Promise<unknown>) => {
        const run = (held.get(name) ?? Promise.resolve()).then(task, task);
        held.set(
          name,
          run.catch(() => undefined),
        );
        return run;
      },
    };
    vi.stubGlobal('navigator', { locks });
    const counters = [createCounter(), createCounter()];
    const panels = counters.map(panelWith);
    for (const [i, panel] of panels.entries()) {
      await panel.actions.start();
      await panel.actions.openCase(`DEMO-${i + 1}`);
      await panel.actions.answer('fathers-seen', 'done');
    }
    await settle();
    // Both windows write at once: each reads the month, counts its case, and writes.
    await Promise.all(counters.map((counter) => counter.flush()));
    const moments = Object.values((await monthNow()).packs[0]?.moments ?? {});
    expect(moments.reduce((sum, m) => sum + (m?.checks ?? 0), 0)).toBe(2);
    for (const panel of panels) panel.actions.stop();
  });

  it('retention deletes counts over 24 months old, whatever the case retention period', async () => {
    const now = new Date(2026, 2, 15).getTime();
    await browser.storage.local.set({
      schemaVersion: 2,
      prefs: { retentionDays: 1 },
      'counts:2024-02': { packs: [] },
      'counts:2024-03': { packs: [] },
      'counts:2026-03': { packs: [] },
      'counted:OLD-1': { month: '2026-02', checks: [] },
      'counted:NEW-1': { month: '2026-03', checks: [] },
    });
    await applyRetention(now);
    expect(Object.keys(await browser.storage.local.get(null)).sort()).toEqual([
      'counted:NEW-1',
      'counts:2024-03',
      'counts:2026-03',
      'prefs',
      'schemaVersion',
    ]);
  });

  it('puts the counts in a backup, and Delete all data removes them', async () => {
    const counts = {
      packs: [{ packId: 'cscp-ivy', version: '1.0.0', moments: { visit: { checks: 1, questions: {} } } }],
    };
    await browser.storage.local.set({
      schemaVersion: 2,
      'counts:2026-03': counts,
      'counted:A-1': { month: '2026-03', checks: [] },
    });
    const backup = makeBackup(await browser.storage.local.get(null), new Date(MARCH));
    expect(backup.counts).toEqual([{ month: '2026-03', ...counts }]);
    expect(JSON.stringify(backup)).not.toContain('A-1');
    await deleteAllData();
    expect(Object.keys(await browser.storage.local.get(null))).toEqual(['schemaVersion']);
  });
});

describe('counts in a backup', () => {
  beforeEach(() => fakeBrowser.reset());

  const tickIn = async (ref: string, promptId: string, state: AnswerState) => {
    const counter = createCounter();
    const panel = createPanelStore({
      caseStorage: createCaseStorage(),
      pack: ivyPack,
      answered: (a) => void counter.count(a),
    });
    await panel.actions.start();
    await panel.actions.openCase(ref);
    await panel.actions.chooseMoment('visit', false);
    await panel.actions.answer(promptId, state);
    for (let i = 0; i < 30; i++) await new Promise((r) => setTimeout(r, 0));
    await counter.flush();
    panel.actions.stop();
  };
  const visitNow = async () =>
    COUNTS.read((await browser.storage.local.get(null))[COUNTS.keyOf(monthOf(Date.now()))], '').packs[0]?.moments.visit;

  it('a case restored from a backup and ticked again the same month is still one check', async () => {
    await tickIn('DEMO-1', 'fathers-seen', 'done');
    const backup = await exportBackup();
    await deleteAllData();
    await applyImport(await planBackupImport(backup, 'replace'));
    await tickIn('DEMO-1', 'fathers-seen', 'na');
    const visit = await visitNow();
    expect(visit?.checks).toBe(1);
    expect(visit?.questions['fathers-seen']).toEqual([0, 1, 0]);
  });

  it('holds what a case added only beside that case, and never in the counts', async () => {
    await tickIn('DEMO-1', 'fathers-seen', 'done');
    await browser.storage.local.set({ 'counted:GONE-1': { month: monthOf(Date.now()), checks: [] } });
    const backup = await exportBackup();
    expect(backup.counted?.map((c) => c.ref)).toEqual(['DEMO-1']);
    expect(JSON.stringify(backup.counts)).not.toContain('DEMO-1');
  });

  it('merging into a month counted here keeps this device’s own records; replacing drops them with their counts', async () => {
    await tickIn('DEMO-1', 'fathers-seen', 'done');
    const backup = await exportBackup();
    await deleteAllData();
    await tickIn('DEMO-2', 'fathers-seen', 'done');
    const here = await browser.storage.local.get(null);
    const merged = planImport(here, backup, 'merge');
    // The month here is kept as it is (DEMO-1 was never added to it), so DEMO-1's record is not taken.
    expect(Object.keys(merged.set).filter((k) => k.startsWith('count'))).toEqual([]);
    expect(merged.remove).toEqual([]);
    const replaced = planImport(here, backup, 'replace');
    expect(
      Object.keys(replaced.set)
        .filter((k) => k.startsWith('count'))
        .sort(),
    ).toEqual(['counted:DEMO-1', COUNTS.keyOf(monthOf(Date.now()))]);
    expect(replaced.remove).toContain('counted:DEMO-2');
  });

  it('makes the snapshot token once, keeps it in a backup, and makes a new one after Delete all data', async () => {
    const first = await snapshotDevice();
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(await snapshotDevice()).toBe(first);
    const backup = await exportBackup();
    expect(backup.snapshotDevice).toBe(first);
    await deleteAllData();
    const after = await snapshotDevice();
    expect(after).not.toBe(first);
    await applyImport(await planBackupImport(backup, 'merge'));
    expect(await snapshotDevice()).toBe(after);
    await applyImport(await planBackupImport(backup, 'replace'));
    expect(await snapshotDevice()).toBe(first);
  });
});
