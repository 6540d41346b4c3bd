/**
 * One draft open in two Pack studio tabs (settings' "Open Pack studio" opens a new tab each
 * time): what is written in one is never undone by the other.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Studio } from '../../components/studio/Studio';
import { createStudioStore, type StudioStore } from '../../store/studio-store';
import { studioDeps } from './studio-deps';

const AT = Date.UTC(2026, 10, 20);
const settle = async () => {
  for (let i = 0; i < 30; i++) await new Promise((r) => setTimeout(r, 0));
};

let clock = AT;
const deps = () => studioDeps(() => clock++);

async function tab(): Promise<StudioStore> {
  const store = createStudioStore(deps());
  store.getState().watch();
  await store.getState().refresh();
  await store.getState().openDraft('dpack1');
  return store;
}

const storedTitle = async () => {
  const { 'draft:dpack1': stored } = await browser.storage.local.get('draft:dpack1');
  return JSON.parse((stored as { packText: string }).packText).title;
};

afterEach(cleanup);

beforeEach(async () => {
  fakeBrowser.reset();
  await browser.storage.local.set({
    'draft:dpack1': { startedAt: AT, updatedAt: AT, packText: JSON.stringify({ id: 'a-pack', title: 'First title' }) },
  });
});

describe('one draft open in two Pack studio tabs', () => {
  it('closing the tab left idle does not write its old copy over the other tab’s work', async () => {
    const idle = await tab();
    const working = await tab();
    working.getState().change((pack) => {
      pack.title = 'An hour of work';
    });
    await working.getState().flush();
    await settle();
    // The idle tab is closed: the page writes what it has before it goes.
    await idle.getState().flush();
    await settle();
    expect(await storedTitle()).toBe('An hour of work');
  });

  it('the other tab shows what was written, and says so', async () => {
    const idle = await tab();
    const working = await tab();
    working.getState().change((pack) => {
      pack.title = 'Written in the other tab';
    });
    await working.getState().flush();
    await settle();
    render(<Studio store={idle} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Pack studio: Written in the other tab');
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
      '“Written in the other tab” was changed in another tab; this tab now shows those changes.',
    );
    // Working on in the first tab keeps both.
    idle.getState().change((pack) => {
      pack.version = '2.0.0';
    });
    await idle.getState().flush();
    await settle();
    expect(await storedTitle()).toBe('Written in the other tab');
    const { 'draft:dpack1': stored } = await browser.storage.local.get('draft:dpack1');
    expect(JSON.parse((stored as { packText: string }).packText).version).toBe('2.0.0');
  });
});
