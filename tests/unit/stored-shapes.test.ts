import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ivyPack } from '../../content/ivy';
import { storedShapeProblems } from '../../core/all-stored';
import { monthOf } from '../../core/counting';
import type { Pack } from '../../core/pack/schema';
import { SCHEMA_VERSION } from '../../core/stored';
import { createCaseStorage } from '../../store/case-storage';
import { createCounter } from '../../store/counting';
import { savePack } from '../../store/pack-storage';
import { createPanelStore } from '../../store/panel-store';
import { savePrefs, saveSite } from '../../store/site-storage';
import { createSupervisionStore } from '../../store/supervision-store';
import { examplePack } from '../example-pack';

const example: Pack = examplePack();
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

beforeEach(() => fakeBrowser.reset());

describe('every stored shape has a version', () => {
  it('storage holds only known shapes, each passing its schema, under the current version', async () => {
    const counter = createCounter(undefined, async () => true);
    const panel = createPanelStore({
      caseStorage: createCaseStorage(),
      pack: ivyPack,
      loadPack: async (id) => (id === example.id ? example : null),
      answered: (answer) => void counter.count(answer),
    });
    await panel.actions.start();
    await panel.actions.openCase('SHAPE-1');
    await panel.actions.answer('fathers-seen', 'done');
    await panel.actions.chooseMoment('visit', false);
    await panel.actions.openCase('SHAPE-2');
    await panel.actions.choosePack(example.id);
    await panel.actions.answer('seen-alone', 'na');
    await panel.actions.showView('resources');
    const supervision = createSupervisionStore('cscp-ivy');
    await supervision.actions.start();
    supervision.actions.answer('question-challenge', 'Escalate early.');
    supervision.actions.flush();
    await supervision.actions.markAction('action-be-curious', true);
    await savePack(example);
    await saveSite({ origin: 'https://lcs.example.gov.uk', rule: { kind: 'query', name: 'SubjectID' } });
    await savePrefs({ follow: false, retentionDays: 60 });
    await createCaseStorage().keepDamaged('SHAPE-3', { ref: 'SHAPE-3', answers: 'unreadable' });
    await settle();
    await counter.flush();
    panel.actions.stop();
    supervision.actions.stop();

    const snapshot = await browser.storage.local.get(null);
    expect(Object.keys(snapshot).sort()).toEqual([
      'case:SHAPE-1',
      'case:SHAPE-2',
      'caseIndex',
      'counted:SHAPE-1',
      'counted:SHAPE-2',
      `counts:${monthOf(Date.now())}`,
      'damaged:case:SHAPE-3',
      `pack:${example.id}`,
      `packAddedAt:${example.id}`,
      'panel',
      'prefs',
      'schemaVersion',
      'sites',
      'supervision:cscp-ivy',
    ]);
    expect(storedShapeProblems(snapshot)).toEqual([]);
  });

  it('names a key no shape knows, a value its shape refuses, and a stale version', () => {
    expect(
      storedShapeProblems({
        schemaVersion: 0,
        notes: 'about the family',
        'case:X-1': { ref: 'X-1', packId: 'cscp-ivy', packVersion: '1.0.0', resetAt: 0, answers: {}, text: 'free' },
      }),
    ).toEqual([
      'schemaVersion: does not pass the shape of the version of everything below',
      'notes: not a shape Pause Point knows',
      'case:X-1: does not pass the shape of one case’s answers, with its pack',
      `schemaVersion: 0, not ${SCHEMA_VERSION}`,
    ]);
  });
});
