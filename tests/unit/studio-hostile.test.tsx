import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Studio } from '../../components/studio/Studio';
import { BUILT_IN_PACKS } from '../../content';
import { readDraft, type StoredDraft } from '../../core/drafts';
import { readPackFile } from '../../core/pack/file';
import { createStudioStore, type StudioDeps, type StudioStore } from '../../store/studio-store';

const ivy = BUILT_IN_PACKS[0];
if (!ivy) throw new Error('no built-in pack');

/** A small pack file, as a partnership might write one, with `change` made to it. */
function packFile(change: (pack: Record<string, unknown>) => void = () => {}): Record<string, unknown> {
  const pack: Record<string, unknown> = JSON.parse(JSON.stringify({ ...ivy, id: 'hostile', title: 'Hostile' }));
  change(pack);
  return pack;
}

const firstTheme = (pack: Record<string, unknown>) => (pack.themes as Record<string, unknown>[])[0] ?? {};
const firstPrompt = (pack: Record<string, unknown>) => (firstTheme(pack).prompts as Record<string, unknown>[])[0] ?? {};

let written: Record<string, StoredDraft>;
let now = Date.UTC(2026, 10, 1);

function deps(): StudioDeps {
  return {
    listDrafts: async () =>
      Object.entries(written).map(([id, d]) => ({
        id,
        title: readDraft(id, d)?.pack.title ?? '',
        version: readDraft(id, d)?.pack.version ?? '1.0.0',
        updatedAt: d.updatedAt,
      })),
    loadDraft: async (id) => (written[id] ? readDraft(id, written[id]) : null),
    saveDraft: async (id, draft) => {
      // What storage does to a draft: it keeps it as JSON.
      written[id] = JSON.parse(JSON.stringify(draft));
    },
    removeDraft: async (id) => {
      delete written[id];
    },
    listPacks: async () => [],
    loadPack: async () => null,
    reservedIds: async () => new Set([ivy?.id ?? '']),
    checkFile: async (text, bytes) => readPackFile(text, bytes, new Set([ivy?.id ?? ''])),
    addPack: async () => {},
    download: () => {},
    now: () => now++,
  };
}

/** Renders the studio with a file opened in it (drawing Ivy's whole form takes seconds in happy-dom). */
async function studioWith(text: string): Promise<StudioStore> {
  const store = createStudioStore(deps());
  await store.getState().refresh();
  render(<Studio store={store} />);
  store.getState().startFromFile(text);
  await store.getState().flush();
  return store;
}

/** The draft as stored, read back as text, once the store has written it. */
async function storedText(store: StudioStore): Promise<string> {
  await store.getState().flush();
  return Object.values(written)[0]?.packText ?? '';
}

beforeEach(() => {
  written = {};
});
afterEach(cleanup);

describe('Pack studio opens a hostile pack file and keeps working', { timeout: 30_000 }, () => {
  const cases: [string, (pack: Record<string, unknown>) => void][] = [
    [
      'theme and question ids that name what every object has',
      (pack) => {
        firstTheme(pack).id = 'toString';
        firstPrompt(pack).id = 'valueOf';
      },
    ],
    [
      'ids “__proto__” and “constructor”',
      (pack) => {
        firstTheme(pack).id = '__proto__';
        firstPrompt(pack).id = 'constructor';
      },
    ],
    [
      'a cue list for a theme called “toString”',
      (pack) => {
        pack.cues = { themes: { toString: { cues: ['father'], notCues: [] } }, prompts: { valueOf: ['father'] } };
      },
    ],
    [
      'a glossary holding null',
      (pack) => {
        pack.glossary = [null, 'a word', { term: 'core group', meaning: { not: 'text' } }];
      },
    ],
  ];
  for (const [name, change] of cases) {
    it(`with ${name}: the form shows, and typing is kept`, async () => {
      const store = await studioWith(JSON.stringify(packFile(change)));
      expect(await screen.findByRole('heading', { level: 1, name: 'Pack studio: Hostile' })).toBeTruthy();
      const question = screen.getByRole('textbox', { name: 'Theme 1, question 1: The question' });
      fireEvent.input(question, { target: { value: 'Have I seen where the baby sleeps?' } });
      const cues = screen.getByRole('textbox', { name: 'Theme 1: Cue words (optional)' });
      fireEvent.input(cues, { target: { value: 'cot\nsofa' } });
      await screen.findByRole('heading', { level: 1, name: 'Pack studio: Hostile' });
      // Nothing reached the prototype every object shares.
      expect(({} as Record<string, unknown>).cues).toBeUndefined();
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      const stored = JSON.parse(await storedText(store));
      expect(stored.themes[0].prompts[0].text).toBe('Have I seen where the baby sleeps?');
      expect(Object.values(stored.cues.themes)).toContainEqual({ cues: ['cot', 'sofa'], notCues: [] });
    });
  }

  it('with an extra key nested 20,000 deep: typing is kept', async () => {
    // Written as text: JSON.stringify itself cannot go that deep.
    const deep = `${'{"deeper":'.repeat(20_000)}"bottom"${'}'.repeat(20_000)}`;
    const text = JSON.stringify(
      packFile((pack) => {
        (pack.resources as Record<string, unknown>[])[0] = {
          ...(pack.resources as Record<string, unknown>[])[0],
          extra: 'DEEP',
        };
      }),
    ).replace('"DEEP"', deep);
    const store = await studioWith(text);
    const question = await screen.findByRole('textbox', { name: 'Theme 1, question 1: The question' });
    fireEvent.input(question, { target: { value: 'Have I read the whole history?' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Resource 1: Title' }), { target: { value: 'A tool' } });
    await screen.findByRole('heading', { level: 1, name: 'Pack studio: Hostile' });
    const stored = JSON.parse(await storedText(store));
    expect(stored.themes[0].prompts[0].text).toBe('Have I read the whole history?');
    expect(stored.resources[0].title).toBe('A tool');
  });

  it('says a file too big for a pack is refused, in plain words, and keeps no draft', async () => {
    const text = JSON.stringify(
      packFile((pack) => {
        const theme = firstTheme(pack);
        pack.themes = Array.from({ length: 715 }, (_, t) => ({
          ...theme,
          id: `theme-${t}`,
          prompts: Array.from({ length: 7 }, (_, q) => ({ id: `q-${t}-${q}`, text: 'Q?', moments: ['visit'] })),
        }));
      }),
    );
    const store = await studioWith(text);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'This file has 715 themes, far more than the 20 a pack can hold, so Pack studio does not open it.',
    );
    expect(store.getState().open).toBeNull();
    expect(written).toEqual({});
  });

  it('carries on with a planted draft (a backup can hold one) as it opens a file: by reading it whole', async () => {
    const hostile = packFile((pack) => {
      firstTheme(pack).id = 'toString';
      firstPrompt(pack).id = '__proto__';
      pack.glossary = [null];
    });
    written.dplanted = { startedAt: now, updatedAt: now, packText: JSON.stringify(hostile) };
    const store = createStudioStore(deps());
    await store.getState().refresh();
    render(<Studio store={store} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Carry on with “Hostile”, version 1.3.0' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pack studio: Hostile' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Theme 1, question 1: The question' })).toBeTruthy();
  });

  it('refuses to carry on with a planted draft too big for a pack, and says so', async () => {
    const huge = packFile((pack) => {
      pack.resources = Array.from({ length: 3000 }, (_, r) => ({ id: `resource-${r}`, url: 'https://a.example' }));
    });
    written.dplanted = { startedAt: now, updatedAt: now, packText: JSON.stringify(huge) };
    const store = createStudioStore(deps());
    await store.getState().refresh();
    render(<Studio store={store} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Carry on with “Hostile”, version 1.3.0' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'This draft has 3000 resources, far more than the 100 a pack can hold, so Pack studio does not open it. You can delete it below.',
    );
    expect(store.getState().open).toBeNull();
  });

  it('shows a calm message with a way back, never a blank page, when drawing the draft fails', async () => {
    const store = createStudioStore(deps());
    await store.getState().refresh();
    render(<Studio store={store} />);
    store.getState().startBlank();
    await screen.findByRole('heading', { level: 1, name: 'Pack studio: new pack' });
    // A draft no reading would make: the studio's last line of defence must still hold.
    const open = store.getState().open;
    if (!open) throw new Error('no draft');
    store.setState({ open: { ...open, pack: { ...open.pack, themes: null as never } } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Pack studio could not show this draft.');
    fireEvent.click(screen.getByRole('button', { name: 'Back to the start' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pack studio' })).toBeTruthy();
  });
});
