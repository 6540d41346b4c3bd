/**
 * The summary waiting to be printed belongs to the tab the panel opened for it: another
 * extension with the tabs permission that opens summary.html must not use it up (issue 22,
 * item 12).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetPrintJobsOfClosedTabs, printInTab, takePrintJob, takeWholePrintJob } from '../../platform/print';

const inTab = (id: number | undefined) =>
  vi.spyOn(browser.tabs, 'getCurrent').mockResolvedValue(id === undefined ? undefined : ({ id } as never));

describe('a summary sent to print', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is shown only in the tab opened for it, and only once', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    await printInTab('Case summary text');
    const printing = (await create.mock.results[0]?.value)?.id as number;
    expect(printing).toBeTypeOf('number');

    // Another extension opens summary.html in a tab of its own, or with no tab at all.
    inTab(printing + 100);
    expect(await takePrintJob()).toBeNull();
    inTab(undefined);
    expect(await takePrintJob()).toBeNull();

    inTab(printing);
    expect(await takePrintJob()).toBe('Case summary text');
    expect(await takePrintJob()).toBeNull();
  });

  it('waits for the tab’s id when the tab opens before the id is written into the job', async () => {
    await browser.storage.session.set({ printSummary: { text: 'Late summary' } });
    inTab(7);
    const taken = takePrintJob();
    await browser.storage.session.set({ printSummary: { text: 'Late summary', tabId: 7 } });
    expect(await taken).toBe('Late summary');
  });

  it('says what it is a summary of, so the print tab can write it again with a new version of the pack', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    const source = { ref: 'H-1', packId: 'test-harbour-early-years', choice: 'visit', virtual: false } as const;
    await printInTab('Case summary text', source);
    inTab((await create.mock.results[0]?.value)?.id as number);
    expect(await takeWholePrintJob()).toMatchObject({ text: 'Case summary text', source });
  });

  it('refuses a source that is not a case reference, a pack id and a moment', async () => {
    await browser.storage.session.set({
      printSummary: {
        text: 'x',
        tabId: 7,
        source: { ref: 'Jane Smith', packId: 'p', choice: 'visit', virtual: false },
      },
    });
    inTab(7);
    expect(await takePrintJob()).toBeNull();
  });
});

/** The browser says a tab was closed (the fake's own tabs.remove cannot find the tab's window). */
async function closeTab(tabId: number) {
  await fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 1 });
  await new Promise((r) => setTimeout(r, 0));
}

describe('a summary sent to print whose tab is closed before it prints', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is not left behind in memory', async () => {
    const stop = forgetPrintJobsOfClosedTabs();
    const create = vi.spyOn(browser.tabs, 'create');
    await printInTab('Case summary text');
    const printing = (await create.mock.results[0]?.value)?.id as number;
    expect(await browser.storage.session.get(null)).not.toEqual({});
    await closeTab(printing);
    expect(await browser.storage.session.get(null)).toEqual({});
    stop();
  });

  it('another tab closing leaves the job for its own tab', async () => {
    const stop = forgetPrintJobsOfClosedTabs();
    const other = await browser.tabs.create({ url: 'https://example.org/' });
    await printInTab('Case summary text');
    await closeTab(other.id as number);
    expect(Object.keys(await browser.storage.session.get(null))).toHaveLength(1);
    stop();
  });

  it('is not left behind when the tab could not be opened', async () => {
    vi.spyOn(browser.tabs, 'create').mockRejectedValue(new Error('No window to open a tab in'));
    await expect(printInTab('Case summary text')).rejects.toThrow();
    expect(await browser.storage.session.get(null)).toEqual({});
  });
});
