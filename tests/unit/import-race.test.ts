import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeBackup } from '../../core/backup';
import { applyImport, planBackupImport } from '../../store/backup';

const at = Date.UTC(2026, 10, 1);
const checklist = (answers: Record<string, { state: 'done' | 'na' | 'open'; at: number }>) => ({
  ref: 'CS-1',
  packId: 'cscp-ivy',
  packVersion: '1.0.0',
  resetAt: 0,
  answers,
});

describe('an import previewed, then carried out later', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps ticks given in the panel between the preview and the import', async () => {
    await browser.storage.local.set({
      schemaVersion: 1,
      caseIndex: { 'CS-1': at },
      'case:CS-1': checklist({ 'fathers-seen': { state: 'done', at } }),
    });
    const backup = makeBackup(
      {
        caseIndex: { 'CS-1': at, 'CS-2': at },
        'case:CS-1': checklist({ 'family-carers-checked': { state: 'done', at: at + 1 } }),
        'case:CS-2': { ...checklist({}), ref: 'CS-2' },
      },
      new Date(at),
    );
    const plan = await planBackupImport(backup, 'merge');
    // Meanwhile the practitioner ticks two more prompts in the side panel.
    await browser.storage.local.set({
      caseIndex: { 'CS-1': at + 10 },
      'case:CS-1': checklist({
        'fathers-seen': { state: 'done', at },
        'sleep-seen': { state: 'done', at: at + 9 },
        'who-lives-in-the-home': { state: 'na', at: at + 10 },
      }),
    });
    await applyImport(plan);
    const stored = await browser.storage.local.get(null);
    expect(Object.keys((stored['case:CS-1'] as { answers: object }).answers).sort()).toEqual([
      'family-carers-checked',
      'fathers-seen',
      'sleep-seen',
      'who-lives-in-the-home',
    ]);
    expect(stored.caseIndex).toEqual({ 'CS-1': at + 10, 'CS-2': at });
    expect(stored['case:CS-2']).toBeDefined();
  });
});
