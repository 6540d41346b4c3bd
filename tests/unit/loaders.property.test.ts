/**
 * Property-based tests of every loader of outside data: stored data, messages from case
 * pages, backup files, managed configuration and packs. Whatever arrives, a loader answers
 * (it never throws past the boundary), and valid data survives unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packCues } from '../../content/built-in-cues';
import { ivyPack } from '../../content/ivy';
import { storedShapeProblems } from '../../core/all-stored';
import { makeBackup, readBackup } from '../../core/backup';
import { isCaseReference } from '../../core/case-reference';
import { readManagedConfig } from '../../core/managed';
import { readCasePageMessage, readPanelIntent, readTabContext } from '../../core/messages';
import { cueListsOf } from '../../core/pack/cue-lists';
import { checkPack, readPackFile } from '../../core/pack/file';
import { BUILT_IN_PACK_IDS } from '../../core/pack/info';
import { validatePack } from '../../core/pack/schema';
import { readPrefs, readSites } from '../../core/sites';
import { readCaseChecklist, readCaseIndex, readPanelPlace } from '../../core/stored';
import { readSupervision } from '../../core/supervision';

// CI runs the same cases each time (a failure there must be one someone can reproduce);
// set FC_SEED to explore other cases, and FC_RUNS to try more of them.
fc.configureGlobal({
  seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261126,
  numRuns: Number(process.env.FC_RUNS ?? 200),
});

const anything = fc.anything({
  withBigInt: false,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
});
const ivyThemeCues = cueListsOf(ivyPack, packCues(ivyPack));

const ref = fc.stringMatching(/^[A-Za-z0-9_/-]{1,40}$/).filter(isCaseReference);
const promptId = fc.constantFrom(...ivyPack.themes.flatMap((t) => t.prompts.map((p) => p.id)));
const answer = fc.record({ state: fc.constantFrom('done', 'na', 'open'), at: fc.nat() });
const checklist = (r: string) =>
  fc.record({
    ref: fc.constant(r),
    packId: fc.constant('cscp-ivy'),
    packVersion: fc.constant('1.0.0'),
    resetAt: fc.nat(),
    answers: fc.dictionary(promptId, answer),
  });

describe('loaders never throw, whatever they are given', () => {
  it.each([
    ['a stored case', (x: unknown) => readCaseChecklist(x, 'CS-1')],
    ['the case list', readCaseIndex],
    ['the panel’s place', readPanelPlace],
    ['stored sites', readSites],
    ['preferences', readPrefs],
    ['supervision answers', (x: unknown) => readSupervision(x, 'cscp-ivy')],
    ['a tab’s page context', readTabContext],
    ['a panel intent', readPanelIntent],
    ['a case-page message', (x: unknown) => readCasePageMessage(x, ivyThemeCues)],
    ['managed configuration', readManagedConfig],
    ['a pack', validatePack],
    ['a pack from policy', (x: unknown) => checkPack(x, BUILT_IN_PACK_IDS)],
    ['a pack file (as data)', (x: unknown) => readPackFile(JSON.stringify(x) ?? 'undefined', 0, BUILT_IN_PACK_IDS)],
    ['managed configuration with packs', (x: unknown) => readManagedConfig({ packs: [x, x] })],
    [
      'any snapshot of storage',
      (x: unknown) => storedShapeProblems(typeof x === 'object' && x ? (x as Record<string, unknown>) : {}),
    ],
    ['a backup file (as data)', (x: unknown) => readBackup(JSON.stringify(x) ?? 'undefined')],
  ])('%s', (_what, load) => {
    fc.assert(fc.property(anything, (input) => void load(input)));
  });

  it('a backup file (as any text)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (text) => void readBackup(text)));
  });

  it('a pack file (as any text)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => void readPackFile(text, text.length, BUILT_IN_PACK_IDS)),
    );
  });
});

describe('valid data survives unchanged', () => {
  it('a stored case', () => {
    fc.assert(
      fc.property(
        ref.chain((r) => checklist(r)),
        (c) => {
          expect(readCaseChecklist(c, c.ref)).toEqual({ checklist: c, problem: null });
        },
      ),
    );
  });

  it('a case list with uses and forgotten marks', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          ref,
          fc.integer({ min: -2e12, max: 2e12 }).filter((n) => n !== 0),
        ),
        (index) => {
          // Keys such as "__proto__" are not case references anyway; leave them out.
          const clean = Object.fromEntries(Object.entries(index));
          expect(readCaseIndex(clean)).toEqual({ index: clean, problem: null });
        },
      ),
    );
  });

  it('a backup made from valid storage reads back whole', () => {
    fc.assert(
      fc.property(fc.uniqueArray(ref, { maxLength: 5 }), fc.nat(), (refs, at) => {
        const snapshot: Record<string, unknown> = { schemaVersion: 1, caseIndex: {} };
        for (const r of refs) {
          snapshot[`case:${r}`] = { ref: r, packId: 'cscp-ivy', packVersion: '1.0.0', resetAt: 0, answers: {} };
          (snapshot.caseIndex as Record<string, number>)[r] = at + 1;
        }
        const backup = makeBackup(snapshot, new Date(0));
        const checked = readBackup(JSON.stringify(backup));
        expect(checked).toEqual({ ok: true, backup });
      }),
    );
  });

  it('a case-page message with the pack’s own cue words, and only those', () => {
    const raised = fc.constantFrom(...ivyThemeCues).chain((theme) =>
      fc.record({
        themeId: fc.constant(theme.themeId),
        cues: fc.uniqueArray(fc.constantFrom(...theme.cues), { minLength: 1, maxLength: 5 }),
      }),
    );
    fc.assert(
      fc.property(fc.option(ref, { nil: null }), fc.array(raised, { maxLength: 5 }), (r, themes) => {
        const message = { type: 'case-page/report', ref: r, themes };
        expect(readCasePageMessage(message, ivyThemeCues)).toEqual(message);
        const smuggled = { ...message, themes: [...themes, { themeId: 'fathers', cues: ['Jane Smith lives here'] }] };
        expect(readCasePageMessage(smuggled, ivyThemeCues)).toBeNull();
      }),
    );
  });
});

describe('a pack file', () => {
  it('is refused whole when any key could reach the object prototype, wherever it is', () => {
    const text = JSON.stringify({ ...ivyPack, id: 'ivy-copy' });
    const keys = fc.constantFrom('__proto__', 'constructor', 'prototype');
    // Put the key into any object of the file, found by position among its "{".
    const positions = [...text.matchAll(/\{/g)].map((m) => m.index);
    fc.assert(
      fc.property(keys, fc.constantFrom(...positions), (key, at) => {
        const hostile = `${text.slice(0, at + 1)}"${key}":{"polluted":true},${text.slice(at + 1)}`;
        expect(readPackFile(hostile, hostile.length, BUILT_IN_PACK_IDS)).toEqual({
          ok: false,
          problems: ['This file contains names that are not allowed in a learning pack.'],
        });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
    );
  });

  it('that is valid reads back whole, with the pack unchanged', () => {
    const ids = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/).filter((id) => !BUILT_IN_PACK_IDS.has(id));
    fc.assert(
      fc.property(ids, (id) => {
        const pack = { ...ivyPack, id };
        const text = JSON.stringify(pack);
        expect(readPackFile(text, text.length, BUILT_IN_PACK_IDS)).toEqual({ ok: true, pack });
      }),
      { numRuns: 20 },
    );
  });
});
