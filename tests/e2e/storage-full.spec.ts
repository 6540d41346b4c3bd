import type { BrowserContext, Page } from '@playwright/test';
import { EXAMPLE_PACK_FILE } from '../example-pack';
import { chooseMoment, expect, ivyQuestion, openCase, storedData, test } from './fixtures';

/**
 * With browser.storage.local at its quota (10 MB, about 2,750 answered cases), deleting must
 * still work and every write that fails must be told to the practitioner where it happened.
 */

/** Fills Pause Point's storage to the last few bytes, as years of cases would. */
async function fillStorage(page: Page) {
  await page.evaluate(async () => {
    let n = 0;
    for (const size of [1_000_000, 100_000, 10_000, 1000, 100]) {
      for (;;) {
        try {
          // A kind of key Pause Point knows (a damaged case kept as found), so only its size matters.
          await chrome.storage.local.set({ [`damaged:case:FILL-${n}`]: 'x'.repeat(size) });
          n += 1;
        } catch {
          break;
        }
      }
    }
    // Then to the last byte.
    for (let size = 1; ; size += 1) {
      try {
        await chrome.storage.local.set({ 'damaged:case:FILL-LAST': 'x'.repeat(size) });
      } catch {
        break;
      }
    }
  });
}

const SLEEP = ivyQuestion('sleep-seen');
const FATHER = ivyQuestion('fathers-seen');

test('with storage full, a tick that was not saved is not shown as ticked, and the practitioner is told', async ({
  openPanel,
}) => {
  const panel = await openPanel();
  await openCase(panel, 'FULL-1');
  await chooseMoment(panel, 'Recording a visit or contact');
  await panel.getByRole('checkbox', { name: SLEEP }).check();
  await fillStorage(panel);

  // click, not check: check() itself insists the box stays ticked.
  await panel.getByRole('checkbox', { name: FATHER }).click();
  await expect(panel.getByRole('status').first()).toContainText('storage on this device is full');
  await expect(panel.getByRole('checkbox', { name: FATHER })).not.toBeChecked();
  await expect(panel.getByRole('checkbox', { name: SLEEP })).toBeChecked();
});

test('with storage full, "Forget this case" still deletes the case', async ({ openPanel }) => {
  const panel = await openPanel();
  await openCase(panel, 'FULL-2');
  await chooseMoment(panel, 'Recording a visit or contact');
  await panel.getByRole('checkbox', { name: SLEEP }).check();
  await fillStorage(panel);

  await panel.getByRole('button', { name: 'Forget this case' }).click();
  await panel
    .getByRole('dialog', { name: 'Forget case FULL-2?' })
    .getByRole('button', { name: 'Yes, forget this case' })
    .click();
  await expect(panel.getByRole('status').first()).toContainText('Case FULL-2 was forgotten');
  await expect(panel.getByRole('status').first()).not.toContainText('could not');
  const stored = await storedData(panel);
  expect(stored['case:FULL-2']).toBeUndefined();
  expect((stored.caseIndex as Record<string, number>)['FULL-2']).toBeLessThan(0);
  await panel.reload();
  await expect(panel.getByRole('button', { name: 'FULL-2' })).toHaveCount(0);
});

/** Fills storage from a panel, then opens the settings page. */
async function settingsWithStorageFull(context: BrowserContext, extensionId: string, panel: Page): Promise<Page> {
  await fillStorage(panel);
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  // The page reads all of a full 10 MB store before it says how full it is: on a busy 2-core
  // machine with two tests at once that took over 5 s, so the page gets longer to be ready.
  await settings.getByText(/Pause Point’s storage on this device is \d+% full/).waitFor({ timeout: 20_000 });
  return settings;
}

test('with storage full, the settings page says how full it is, and says so when a setting is not saved', async ({
  context,
  extensionId,
  openPanel,
}) => {
  const settings = await settingsWithStorageFull(context, extensionId, await openPanel());
  await expect(settings.getByText(/Pause Point’s storage on this device is (99|100)% full/)).toBeVisible();
  const days = settings.getByRole('spinbutton', { name: 'Delete a case after this many days without use' });
  await days.fill('365');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('alert')).toContainText('was not saved');
  await expect(settings.getByText('Saved: kept for 365 days.')).toHaveCount(0);
});

test('with storage full, adding a pack and importing a backup say they were not saved', async ({
  context,
  extensionId,
  openPanel,
}) => {
  const settings = await settingsWithStorageFull(context, extensionId, await openPanel());

  await settings.getByLabel('Learning pack file (.json)').setInputFiles(EXAMPLE_PACK_FILE);
  await settings.getByRole('button', { name: 'Add this pack' }).click();
  await expect(settings.getByRole('alert')).toContainText('“Example: hearing the child” was not saved');
  await expect(settings.getByRole('status').filter({ hasText: 'Added' })).toHaveCount(0);

  const at = Date.UTC(2026, 10, 1);
  const backup = {
    format: 'pause-point-backup',
    schemaVersion: 1,
    exportedAt: new Date(at).toISOString(),
    cases: [
      {
        ref: 'IMPORT-1',
        packId: 'cscp-ivy',
        packVersion: '1.0.0',
        resetAt: 0,
        answers: { 'fathers-seen': { state: 'done', at } },
      },
    ],
    caseIndex: { 'IMPORT-1': at },
    supervision: [],
  };
  await settings.getByLabel('Import a backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await settings.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(settings.getByRole('alert').filter({ hasText: 'The import was not saved' })).toBeVisible();
  await expect(settings.getByText('Imported 1 case.')).toHaveCount(0);
});

test('with storage full, turning on a site says it was not saved', async ({
  context,
  extensionId,
  openPanel,
  demoOrigin,
}) => {
  const settings = await settingsWithStorageFull(context, extensionId, await openPanel());
  await settings.getByRole('textbox', { name: 'Address of your case system' }).fill(demoOrigin);
  await settings.getByRole('textbox', { name: 'Address pattern' }).fill('/cases/{ref}');
  await settings.getByRole('button', { name: 'Turn on for this site' }).click();
  await expect(
    settings.getByText('The site was not saved: Pause Point’s storage on this device is full.'),
  ).toBeVisible();
  await expect(settings.getByText(`Pause Point now reads case references on ${demoOrigin}.`)).toHaveCount(0);
});
