import AxeBuilder from '@axe-core/playwright';
import { expect, openCase, storedData, test } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DAY = 86_400_000;

test('"Forget this case" deletes its answers after confirming, and it leaves the recent cases', async ({
  openPanel,
}) => {
  const panel = await openPanel();
  await openCase(panel, 'FORGET-ME');
  await panel.getByRole('radio', { name: 'Recording a visit or contact' }).check();
  await panel.getByRole('checkbox', { name: 'Have you seen where and how the baby sleeps, day and night?' }).check();
  await panel.getByRole('button', { name: 'Forget this case' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Forget case FORGET-ME?' });
  await dialog.getByRole('button', { name: 'Yes, forget this case' }).click();
  await expect(panel.getByRole('status').first()).toContainText('Case FORGET-ME was forgotten');
  await expect(panel.getByRole('heading', { name: /Checklist for case/ })).toHaveCount(0);
  await expect(panel.getByRole('navigation', { name: 'Recent cases' })).toHaveCount(0);
  const stored = await storedData(panel);
  expect(stored['case:FORGET-ME']).toBeUndefined();
  expect(JSON.stringify(stored)).not.toContain('baby');
});

test('the settings page applies a shorter retention period at once, keeping what is inside it', async ({
  context,
  extensionId,
  openPanel,
}) => {
  const panel = await openPanel();
  const now = Date.now();
  await panel.evaluate(
    ({ now, day }) =>
      chrome.storage.local.set({
        caseIndex: { 'OLD-1': now - 40 * day, 'RECENT-1': now - 5 * day },
        'case:OLD-1': { ref: 'OLD-1', packId: 'cscp-ivy', packVersion: '1.0.0', resetAt: 0, answers: {} },
        'case:RECENT-1': { ref: 'RECENT-1', packId: 'cscp-ivy', packVersion: '1.0.0', resetAt: 0, answers: {} },
      }),
    { now, day: DAY },
  );
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  const days = settings.getByRole('spinbutton', { name: 'Delete a case after this many days without use' });
  await expect(days).toHaveValue('90');
  await days.fill('0');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('alert')).toHaveText('Enter a whole number of days from 1 to 730.');
  await days.fill('30');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByText('Saved: kept for 30 days. 1 case untouched for longer was deleted.')).toBeVisible();
  const stored = await storedData(settings);
  expect(stored['case:OLD-1']).toBeUndefined();
  expect(stored['case:RECENT-1']).toBeDefined();
  expect(stored.prefs).toMatchObject({ retentionDays: 30 });
  await expect(panel.getByRole('button', { name: 'RECENT-1' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'OLD-1' })).toHaveCount(0);
});

test('"Delete all data" deletes everything and gives back every site', async ({
  context,
  extensionId,
  openPanel,
  demoOrigin,
}) => {
  const panel = await openPanel();
  await openCase(panel, 'DELETE-ALL');
  await panel.getByRole('radio', { name: 'A professional disagreement' }).check();
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByRole('textbox', { name: 'Address of your case system' }).fill(demoOrigin);
  await settings.getByRole('textbox', { name: 'Address pattern' }).fill('/cases/{ref}');
  await settings.getByRole('button', { name: 'Turn on for this site' }).click();
  await expect(settings.getByText(`${demoOrigin}: the case reference is in`)).toBeVisible();

  await settings.getByRole('button', { name: 'Delete all data' }).click();
  await settings
    .getByRole('dialog', { name: 'Delete all Pause Point data?' })
    .getByRole('button', { name: 'Yes, delete everything' })
    .click();
  await expect(settings.getByText('All Pause Point data on this device was deleted.')).toBeVisible();
  expect(await storedData(settings)).toEqual({ schemaVersion: 1 });
  expect(await settings.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  await expect(settings.getByText('No sites yet.')).toBeVisible();
  // An open panel follows at once: no case is open any more.
  await expect(panel.getByRole('heading', { name: /Checklist for case/ })).toHaveCount(0);
});

test('axe finds no violations on the settings page at 320 and 600 px', async ({ context, extensionId }) => {
  for (const width of [320, 600]) {
    const settings = await context.newPage();
    await settings.setViewportSize({ width, height: 900 });
    await settings.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(settings.getByRole('heading', { name: 'How long it is kept' })).toBeVisible();
    expect((await new AxeBuilder({ page: settings }).withTags(WCAG).analyze()).violations, `${width}px`).toEqual([]);
    expect(await settings.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await settings.close();
  }
});
