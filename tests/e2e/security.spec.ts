import type { Page } from '@playwright/test';
import { caseHeading, expect, sessionData, storedData, tabIdOf, test } from './fixtures';

/** A page on an enabled case-system site tries every way a web page has to reach the extension. */
async function attack(demo: Page, extensionId: string) {
  return demo.evaluate(async (id) => {
    const fake = { type: 'case-page/report', ref: 'EVIL-1', themes: [{ themeId: 'fathers', cues: ['dad'] }] };
    window.postMessage(fake, '*');
    window.postMessage({ type: 'case-page/hello' }, '*');
    document.dispatchEvent(new CustomEvent('case-page/report', { detail: fake }));
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
    let reached = false;
    if (typeof runtime?.sendMessage === 'function') {
      try {
        await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(id, fake);
        reached = true;
      } catch {
        reached = false;
      }
    }
    // Text the page shows: not a case reference it can set by a message.
    document.title = 'Case EVIL-2 – Demo Case System';
    return { canMessageExtension: reached };
  }, extensionId);
}

test('a hostile page cannot write to extension storage or open a case by posting messages', async ({
  context,
  extensionId,
  openPanel,
  demoOrigin,
}) => {
  const demo = await context.newPage();
  await demo.goto(`${demoOrigin}/cases/DEMO-1003`);
  const probe = await openPanel();
  const tabId = await tabIdOf(probe, demo);
  const panel = await openPanel({ page: probe, query: `?tabId=${tabId}` });
  await panel.getByRole('button', { name: 'Use Pause Point on this site' }).click();
  await panel.getByRole('button', { name: /^Turn on for/ }).click();
  await expect(panel.getByText('Page: case DEMO-1003')).toBeVisible();
  const before = await storedData(panel);

  expect(await attack(demo, extensionId)).toEqual({ canMessageExtension: false });
  await demo.waitForTimeout(2000); // past the script's next scan

  // The rule reads the address path; the page's own title and messages change nothing.
  await expect(panel.getByText('Page: case DEMO-1003')).toBeVisible();
  await expect(panel.getByText(/EVIL/)).toHaveCount(0);
  await expect(caseHeading(panel, 'DEMO-1003')).toBeVisible();
  expect(await storedData(panel)).toEqual(before);
  expect(JSON.stringify(await sessionData(panel))).not.toContain('EVIL');
});

test('messages that do not come from an enabled case page are refused by the background', async ({ openPanel }) => {
  // An extension page is not a case page: the background answers it with nothing to do.
  const panel = await openPanel();
  const answers = await panel.evaluate(async () => [
    await chrome.runtime.sendMessage({ type: 'case-page/hello' }),
    await chrome.runtime.sendMessage({ type: 'case-page/report', ref: 'X-1', themes: [] }),
    await chrome.runtime.sendMessage({ type: 'case-page/report', ref: 'Jane Smith', themes: [] }),
    await chrome.runtime.sendMessage({
      type: 'case-page/report',
      ref: 'X-1',
      themes: [{ themeId: 'fathers', cues: ['page text'] }],
    }),
  ]);
  expect(answers).toEqual([{ enabled: false }, false, null, null]);
  expect(await sessionData(panel)).toEqual({});
});
