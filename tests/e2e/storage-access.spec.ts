import { chooseMoment, expect, ivyQuestion, openCase, tabIdOf, test } from './fixtures';

test('code running in a case page’s content-script world cannot read the stored cases', async ({
  context,
  openPanel,
  demoOrigin,
}) => {
  const panel = await openPanel();
  await openCase(panel, 'SECRET-1');
  await chooseMoment(panel, 'Recording a visit or contact');
  await panel.getByRole('checkbox', { name: ivyQuestion('sleep-seen') }).check();
  const demo = await context.newPage();
  await demo.goto(`${demoOrigin}/cases/DEMO-1001`);
  const tabId = await tabIdOf(panel, demo);
  // The test build has the demo site turned on, so the extension may run code in that page.
  const seen = await panel.evaluate(async (tabId) => {
    const [result] = await chrome.scripting.executeScript({
      target: { tabId },
      world: 'ISOLATED',
      func: async () => {
        try {
          return JSON.stringify(await chrome.storage.local.get(null));
        } catch (error) {
          return `refused: ${String(error)}`;
        }
      },
    });
    return String(result?.result);
  }, tabId);
  expect(seen).not.toContain('SECRET-1');
  expect(seen).toMatch(/^refused/);
});
