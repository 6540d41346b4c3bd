import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILT_IN_PACKS } from '../../content';
import { packCues } from '../../content/built-in-cues';
import { makeBackup, planImport, readBackup } from '../../core/backup';
import { DRAFTS, readDraft, type StoredDraft } from '../../core/drafts';

const draftKey = (id: string) => DRAFTS.keyOf(id);

import { storedShapeProblems } from '../../core/all-stored';
import { MIGRATIONS, planMigration } from '../../core/migrations';
import {
  blankPack,
  draftForSave,
  nextVersion,
  packFingerprint,
  packOfDraft,
  readDraftPack,
} from '../../core/pack/edit';
import { readPackFile } from '../../core/pack/file';
import { jargonIn, momentListHint, questionHints } from '../../core/pack/hints';
import { studioProblems } from '../../core/pack/problems';
import { validatePack } from '../../core/pack/schema';
import { SCHEMA_VERSION } from '../../core/stored';
import { deleteAllData } from '../../store/retention';
import { createStudioStore, type StudioDeps } from '../../store/studio-store';

const ivy = BUILT_IN_PACKS[0];
if (!ivy) throw new Error('no built-in pack');
const ivyWithCues = { ...ivy, cues: packCues(ivy) };
const at = Date.UTC(2026, 10, 1);

describe('writing hints', () => {
  it('say nothing about a short plain question', () => {
    expect(questionHints('Have I seen where the baby sleeps?')).toEqual([]);
    expect(questionHints('')).toEqual([]);
  });

  it('name a statement, a long question, a hard one and jargon', () => {
    expect(questionHints('Check where the baby sleeps.')).toEqual([
      expect.stringContaining('This is not written as a question.'),
    ]);
    const long = `Have I ${'asked the family and '.repeat(6)}written it down?`;
    expect(questionHints(long)).toContainEqual(
      expect.stringMatching(/^This question has 29 words\. Aim for 25 or fewer/),
    );
    expect(
      questionHints('Is the multi-agency safeguarding documentation comprehensively contemporaneous?'),
    ).toContainEqual(expect.stringMatching(/^This needs a reading age of about \d+\. Aim for 14 or under/));
    expect(questionHints('Did we utilise the plan prior to the visit?')).toEqual([
      '“utilise” is jargon. Try “use”.',
      '“prior to” is jargon. Try “before”.',
    ]);
    expect(jargonIn('A robust, holistic plan.')).toEqual(['robust', 'holistic']);
  });

  it('ask for 5 to 9 questions in each moment’s list', () => {
    expect(momentListHint(4)).toBe(
      'This list has 4 questions. A short list holds 5 to 9, so that with short questions and short theme names it fits on one screen.',
    );
    expect(momentListHint(5)).toBeNull();
    expect(momentListHint(9)).toBeNull();
    expect(momentListHint(10)).toMatch(/^This list has 10 questions\./);
  });
});

describe('problems as links to fields', () => {
  it('come from the one validator, one a field, each with the field to move focus to', () => {
    const draft = blankPack();
    const checked = validatePack(packOfDraft(draft));
    if (checked.ok) throw new Error('a blank pack passed');
    const problems = studioProblems(checked.issues, draft);
    expect(problems).toContainEqual({
      fieldId: 'f-title',
      fallbackIds: [],
      place: 'Details: pack title',
      message: 'This is empty. Write something here.',
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        fieldId: 'f-themes-0-prompts-2-text',
        place: 'Theme 1, question 3: wording',
        message: 'This is empty. Write something here.',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        fieldId: 'f-themes-0-prompts-0-moments',
        message: 'Tick at least one moment when it is asked.',
      }),
    );
    // An empty field fails two checks; it is listed once.
    expect(problems.filter((p) => p.fieldId === 'f-title')).toHaveLength(1);
  });

  it('give one mistake one problem: an address typed without https:// is not also said to hold a password', () => {
    const pack = structuredClone(ivy);
    const resource = pack.resources[0];
    if (!resource) throw new Error('Ivy has no resources');
    resource.url = 'www.example.org/page';
    const checked = validatePack({ ...pack, id: 'ivy-copy' });
    if (checked.ok) throw new Error('a bad address passed');
    expect(checked.issues).toEqual([expect.objectContaining({ path: 'resources.0.url', type: 'url' })]);
    resource.url = 'http://example.org/page';
    const plain = validatePack({ ...pack, id: 'ivy-copy' });
    expect(plain.ok ? [] : plain.issues).toEqual([
      expect.objectContaining({ path: 'resources.0.url', type: 'starts_with' }),
    ]);
  });

  it('place the validator’s cross-checks on the field they are about', () => {
    const draft = readDraftPack(ivyWithCues);
    const moment = draft.moments?.[0];
    if (!moment) throw new Error('no moment');
    moment.promptIds = moment.promptIds.slice(0, 4);
    const checked = validatePack(packOfDraft(draft));
    if (checked.ok) throw new Error('a broken pack passed');
    expect(checked.issues).toContainEqual(
      expect.objectContaining({ path: 'moments.0.promptIds', type: 'min_length', requirement: 5, list: true }),
    );
    const problems = studioProblems(checked.issues, draft);
    expect(problems).toContainEqual(
      expect.objectContaining({
        fieldId: 'f-moments-0-promptIds',
        place: 'Before a conference or core group: short list',
        message: 'Add at least 5 questions.',
      }),
    );
    // Cross-checks run on a pack whose shape passes: a question id used twice.
    const twice = readDraftPack(ivyWithCues);
    const second = twice.themes[0]?.prompts[1];
    if (!second) throw new Error('no prompt');
    second.id = twice.themes[0]?.prompts[0]?.id ?? '';
    const crossChecked = validatePack(packOfDraft(twice));
    if (crossChecked.ok) throw new Error('a pack with an id twice passed');
    expect(studioProblems(crossChecked.issues, twice)).toContainEqual(
      expect.objectContaining({
        fieldId: 'f-themes-0-prompts-1-id',
        fallbackIds: expect.arrayContaining(['f-themes-0-prompts-1']),
      }),
    );
  });
});

describe('the brief’s date and address', () => {
  it('are kept in the pack when written, checked like every link, and left out when blank', () => {
    const draft = readDraftPack(ivyWithCues);
    draft.review.published = 'March 2023';
    draft.review.sourceUrl = 'http://example.org/brief.pdf';
    const checked = validatePack(packOfDraft(draft));
    if (checked.ok) throw new Error('an http address passed');
    expect(studioProblems(checked.issues, draft)).toEqual([
      {
        fieldId: 'f-review-sourceUrl',
        fallbackIds: ['f-review'],
        place: 'Details: web address of the brief',
        message: 'Web addresses must start https://.',
      },
    ]);
    draft.review.sourceUrl = 'https://example.org/brief.pdf';
    expect(validatePack(packOfDraft(draft))).toMatchObject({
      ok: true,
      pack: { review: { published: 'March 2023', sourceUrl: 'https://example.org/brief.pdf' } },
    });
    draft.review.published = ' ';
    draft.review.sourceUrl = 'https://';
    expect(packOfDraft(draft)).toEqual(ivyWithCues);
  });
});

describe('a question’s cue words', () => {
  it('must be its theme’s, and the problem says so in the form’s words', () => {
    const shaped = readDraftPack(ivyWithCues);
    const first = shaped.themes[0]?.prompts[0]?.id ?? '';
    shaped.cues = { themes: shaped.cues?.themes ?? {}, prompts: { [first]: ['zebra'] } };
    const cross = validatePack(packOfDraft(shaped));
    if (cross.ok) throw new Error('passed');
    expect(studioProblems(cross.issues, shaped)).toEqual([
      {
        fieldId: `f-cues-prompts-${first}`,
        fallbackIds: ['f-cues-prompts', 'f-cues'],
        place: 'Theme 1, question 1: cue words',
        message: '“zebra” is not one of the theme’s cue words. Add it there too, or take it off this question.',
      },
    ]);
  });
});

describe('drafts', () => {
  it('read any pack, and give back the same pack when nothing changed', () => {
    expect(validatePack(packOfDraft(readDraftPack(ivyWithCues)))).toMatchObject({ ok: true });
    expect(packOfDraft(readDraftPack(ivyWithCues))).toEqual(ivyWithCues);
    // A broken file still opens, with what it has.
    expect(readDraftPack({ title: 'Half a pack', themes: 'not a list' })).toMatchObject({
      title: 'Half a pack',
      themes: [],
    });
  });

  it('raise the version only when the pack changed since it was last saved', () => {
    const draft = readDraftPack(ivyWithCues);
    const saved = packFingerprint(draft);
    expect(draftForSave(draft, saved).version).toBe('1.3.0');
    expect(draftForSave(draft, undefined).version).toBe('1.3.0');
    const changed = structuredClone(draft);
    const prompt = changed.themes[0]?.prompts[0];
    if (prompt) prompt.text = 'Have I read the whole history?';
    expect(draftForSave(changed, saved).version).toBe('1.4.0');
    // The version alone is not a change.
    expect(packFingerprint({ ...draft, version: '9.9.9' })).toBe(saved);
    expect(nextVersion('2.3.4')).toBe('2.4.0');
    expect(nextVersion('one')).toBe('1.0.0');
  });

  const stored: StoredDraft = { startedAt: at, updatedAt: at + 1, packText: JSON.stringify(blankPack()) };

  it('have a stored shape of their own, and an unreadable one is not a draft', () => {
    expect(storedShapeProblems({ schemaVersion: SCHEMA_VERSION, [draftKey('d1')]: stored })).toEqual([]);
    expect(storedShapeProblems({ schemaVersion: SCHEMA_VERSION, [draftKey('d1')]: { packText: 1 } })).toEqual([
      'draft:d1: does not pass the shape of a pack being written in Pack studio (pack text only)',
    ]);
    expect(readDraft('d1', stored)?.pack.review.type).toBe('Local Child Safeguarding Practice Review');
    expect(readDraft('d1', { ...stored, packText: '{not json' })).toBeNull();
  });

  it('arrive with stored version 2, which changes nothing already stored', () => {
    const v1 = { schemaVersion: 1, 'case:A-1': { any: 'thing' }, prefs: { follow: true } };
    expect(MIGRATIONS[1]?.to).toBe(2);
    expect(planMigration(v1, MIGRATIONS, 2)).toEqual({
      kind: 'migrate',
      from: 1,
      to: 2,
      change: { set: { schemaVersion: 2 }, remove: [] },
    });
  });

  it('are in a backup, come back from it, and an older backup without them still imports', () => {
    const snapshot = { schemaVersion: SCHEMA_VERSION, [draftKey('d1')]: stored };
    const backup = makeBackup(snapshot, new Date(at));
    expect(backup.drafts).toEqual([{ id: 'd1', ...stored }]);
    const text = JSON.stringify(backup);
    const read = readBackup(text);
    if (!read.ok) throw new Error(read.reason);
    expect(planImport({ schemaVersion: SCHEMA_VERSION }, read.backup, 'merge').set[draftKey('d1')]).toEqual(stored);
    // Replacing removes drafts the backup does not have.
    const other = { schemaVersion: SCHEMA_VERSION, [draftKey('d2')]: stored };
    expect(planImport(other, read.backup, 'replace').remove).toContain(draftKey('d2'));
    // Merging keeps whichever copy was written to last.
    const newer = { ...stored, updatedAt: at + 5 };
    expect(planImport({ [draftKey('d1')]: newer }, read.backup, 'merge').set[draftKey('d1')]).toBeUndefined();
    const old = { ...JSON.parse(text), schemaVersion: 1 };
    delete old.drafts;
    expect(readBackup(JSON.stringify(old)).ok).toBe(true);
  });

  it('are removed by “Delete all data”', async () => {
    fakeBrowser.reset();
    await browser.storage.local.set({ schemaVersion: SCHEMA_VERSION, [draftKey('d1')]: stored });
    await deleteAllData();
    expect(await browser.storage.local.get(null)).toEqual({ schemaVersion: SCHEMA_VERSION });
  });
});

describe('the studio store', () => {
  let written: Record<string, StoredDraft>;
  let downloads: { fileName: string; text: string }[];
  let added: unknown[];
  let now: number;
  const deps = (): StudioDeps => ({
    listDrafts: async () => [],
    loadDraft: async (id) => (written[id] ? readDraft(id, written[id]) : null),
    saveDraft: async (id, draft) => {
      written[id] = draft;
    },
    removeDraft: async (id) => {
      delete written[id];
    },
    listPacks: async () => [],
    loadPack: async (id) => (id === ivy.id ? ivyWithCues : null),
    reservedIds: async () => new Set([ivy.id]),
    checkFile: async (text, bytes) => readPackFile(text, bytes, new Set([ivy.id])),
    addPack: async (pack) => void added.push(pack),
    download: (fileName, text) => void downloads.push({ fileName, text }),
    now: () => now++,
  });

  beforeEach(() => {
    written = {};
    downloads = [];
    added = [];
    now = at;
  });

  it('copies a built-in pack under an id of its own, and saves a changed copy as the next version', async () => {
    const store = createStudioStore(deps());
    await store.getState().refresh();
    await store.getState().startCopy(ivy.id);
    expect(store.getState().open?.pack).toMatchObject({ id: 'cscp-ivy-copy', title: 'Ivy (copy)', version: '1.3.0' });
    store.getState().change((pack) => {
      const prompt = pack.themes[0]?.prompts[0];
      if (prompt) prompt.text = 'Have I read the whole history?';
    });
    await store.getState().saveFile();
    expect(downloads.map((d) => d.fileName)).toEqual(['cscp-ivy-copy-1.4.0.json']);
    expect(readPackFile(downloads[0]?.text ?? '', 1, new Set([ivy.id]))).toMatchObject({ ok: true });
    await store.getState().addToBrowser();
    expect(added).toEqual([expect.objectContaining({ id: 'cscp-ivy-copy', version: '1.4.0' })]);
    // The draft is kept, with what was saved.
    const id = store.getState().open?.id ?? '';
    expect(readDraft(id, written[id])?.pack.version).toBe('1.4.0');
  });

  it('saves nothing while the pack has problems, and says so', async () => {
    const store = createStudioStore(deps());
    await store.getState().refresh();
    store.getState().startBlank();
    await store.getState().saveFile();
    await store.getState().addToBrowser();
    expect(downloads).toEqual([]);
    expect(added).toEqual([]);
    expect(store.getState().said).toEqual({
      ok: false,
      text: 'The pack has problems, listed at the top of the page. Fix them, then save again.',
    });
  });

  it('says why a file naming __proto__ is refused, not that it is unreadable', () => {
    const store = createStudioStore(deps());
    store.getState().startFromFile('{"id":"x","__proto__":{"polluted":true}}');
    expect(store.getState().startProblem).toBe('This file contains names that are not allowed in a learning pack.');
    store.getState().startFromFile('[1, 2]');
    expect(store.getState().startProblem).toBe('This file is not a learning pack.');
    store.getState().startFromFile('{"id": ');
    expect(store.getState().startProblem).toBe('This file is not a learning pack: it is not readable JSON.');
  });

  it('says when the draft cannot be kept, and refuses a file too big to be a pack', async () => {
    const store = createStudioStore({
      ...deps(),
      saveDraft: async () => {
        throw new Error('QUOTA_BYTES quota exceeded');
      },
    });
    store.getState().startFromFile(' '.repeat(1024 * 1024 + 1));
    expect(store.getState()).toMatchObject({
      open: null,
      startProblem: 'This file is larger than 1 MB, so it is not a learning pack.',
    });
    store.getState().startBlank();
    await store.getState().flush();
    expect(store.getState().said).toEqual({
      ok: false,
      text: expect.stringMatching(/^Your draft was not saved: Pause Point’s storage on this device is full\./),
    });
  });

  it('starts no more drafts than a backup can hold', async () => {
    const store = createStudioStore({
      ...deps(),
      listDrafts: async () =>
        Array.from({ length: 50 }, (_, i) => ({ id: `d${i}`, title: '', version: '1.0.0', updatedAt: at })),
    });
    await store.getState().refresh();
    store.getState().startBlank();
    expect(store.getState()).toMatchObject({
      open: null,
      startProblem:
        'This browser already keeps 50 drafts, the most it can. Delete drafts you no longer need, then start again.',
    });
  });

  it('writes the draft a moment after typing stops, not on every key', async () => {
    vi.useFakeTimers();
    try {
      const store = createStudioStore(deps());
      store.getState().startBlank();
      await vi.runAllTimersAsync();
      const id = store.getState().open?.id ?? '';
      const before = written[id]?.updatedAt;
      for (const title of ['H', 'He', 'Hea'])
        store.getState().change((pack) => {
          pack.title = title;
        });
      expect(written[id]?.updatedAt).toBe(before);
      await vi.advanceTimersByTimeAsync(500);
      expect(readDraft(id, written[id])?.pack.title).toBe('Hea');
    } finally {
      vi.useRealTimers();
    }
  });
});
