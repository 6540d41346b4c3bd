import AxeBuilder from '@axe-core/playwright';
import { storedShapeProblems } from '../../core/all-stored';
import { SCHEMA_VERSION } from '../../core/stored';
import { examplePack } from '../example-pack';
import {
  anyCaseHeading,
  chooseMoment,
  expect,
  ivyQuestion,
  openCase,
  openSettings,
  storedData,
  test,
  WCAG,
} from './fixtures';

const DAY = 86_400_000;

test('"Forget this case" deletes its answers after confirming, and it leaves the recent cases', async ({
  openPanel,
}) => {
  const panel = await openPanel();
  await openCase(panel, 'FORGET-ME');
  await chooseMoment(panel, 'Recording a visit or contact');
  await panel.getByRole('checkbox', { name: ivyQuestion('sleep-seen') }).check();
  await panel.getByRole('button', { name: 'Forget this case' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Forget case FORGET-ME?' });
  await dialog.getByRole('button', { name: 'Yes, forget this case' }).click();
  await expect(panel.getByRole('status').first()).toContainText('Case FORGET-ME was forgotten');
  await expect(anyCaseHeading(panel)).toHaveCount(0);
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
  const settings = await openSettings(context, extensionId);
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
  await chooseMoment(panel, 'A professional disagreement');
  await panel
    .getByRole('list', { name: /: prompts$/ })
    .getByRole('checkbox')
    .first()
    .check();
  const settings = await openSettings(context, extensionId);
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
  expect(await storedData(settings)).toEqual({ schemaVersion: SCHEMA_VERSION });
  expect(await settings.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  await expect(settings.getByText('No sites yet.')).toBeVisible();
  // An open panel follows at once: no case is open any more.
  await expect(anyCaseHeading(panel)).toHaveCount(0);
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

test('export, then delete all data, then import restores everything exactly; a bad file changes nothing', async ({
  context,
  extensionId,
  openPanel,
}) => {
  const panel = await openPanel();
  await openCase(panel, 'BACKUP-1');
  await chooseMoment(panel, 'Recording a visit or contact');
  await panel.getByRole('checkbox', { name: ivyQuestion('fathers-seen') }).check();
  // The month's counts, and what the case added to them, land once ticking has gone quiet
  // (store/counting.ts): wait for them, so the snapshot below holds everything the backup will.
  await expect
    .poll(
      async () =>
        Object.keys(await storedData(panel))
          .filter((key) => key.startsWith('count'))
          .sort(),
      {
        timeout: 15_000,
      },
    )
    .toEqual(['counted:BACKUP-1', expect.stringMatching(/^counts:\d{4}-\d{2}$/)]);
  await openCase(panel, 'BACKUP-2');
  await panel.getByRole('button', { name: 'Supervision' }).click();
  await panel
    .getByRole('textbox', { name: /strengths-based working mean to you/ })
    .fill('Looking for what is working, without losing sight of risk.');
  await expect.poll(async () => JSON.stringify(await storedData(panel))).toContain('losing sight of risk');
  // A learning pack added from a file goes in the backup too.
  const pack = examplePack();
  await panel.evaluate((p) => chrome.storage.local.set({ [`pack:${p.id}`]: p }), pack);
  // What a backup holds: everything but the open panel's place, with what each case added to
  // this month's counts (so a restored case is not counted twice).
  const { panel: _open, ...before } = await storedData(panel);
  expect(before[`pack:${pack.id}`]).toEqual(pack);

  const settings = await openSettings(context, extensionId);
  const downloading = settings.waitForEvent('download');
  await settings.getByRole('button', { name: 'Export all data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^pause-point-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  await expect(settings.getByRole('status').filter({ hasText: download.suggestedFilename() })).toHaveText(
    `Your browser is saving the backup as ${download.suggestedFilename()}: in your downloads folder, or where it asked you to save it.`,
  );

  await settings.getByRole('button', { name: 'Delete all data' }).click();
  await settings.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(settings.getByText('All Pause Point data on this device was deleted.')).toBeVisible();

  // A bad file first: refused with a message read out, and nothing changes.
  await settings.getByLabel('Import a backup file').setInputFiles({
    name: 'not-a-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"pause-point-backup","schemaVersion":1,"__proto__":{"admin":true}}'),
  });
  await expect(settings.getByRole('alert')).toContainText('names that are not allowed');
  expect(await storedData(settings)).toEqual({ schemaVersion: SCHEMA_VERSION });

  await settings.getByLabel('Import a backup file').setInputFiles(file);
  // BACKUP-2 was opened but never answered: it is in the recent cases, with no answers to add.
  await expect(
    settings.getByText(/^The backup from \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} has 1 case\./),
  ).toBeVisible();
  await expect(settings.getByText(/Cases to add: 1 \(BACKUP-1\)\. Cases to change: none\./)).toBeVisible();
  await expect(settings.getByText(/Learning packs: Example: hearing the child\./)).toBeVisible();
  await settings.getByRole('radio', { name: 'Replace what is here with the backup' }).check();
  await settings.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(settings.getByText('Imported: 1 case added, none changed, none already the same.')).toBeVisible();
  expect(await storedData(settings)).toEqual(before);

  // The same file again: the preview and the outcome agree that nothing changes.
  await settings.getByLabel('Import a backup file').setInputFiles([]);
  await settings.getByLabel('Import a backup file').setInputFiles(file);
  await expect(
    settings.getByText(/Cases to add: none\. Cases to change: none\. Already the same here: 1 \(BACKUP-1\)\./),
  ).toBeVisible();
  await settings.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(settings.getByText('Imported: none added, none changed, 1 case already the same.')).toBeVisible();
  expect(await storedData(settings)).toEqual(before);
  // Everything kept is a known shape under the current version (core/all-stored.ts).
  expect(storedShapeProblems(before)).toEqual([]);
});

test('following the page’s case can be turned off in settings, saved at once', async ({ context, extensionId }) => {
  const settings = await openSettings(context, extensionId);
  const follow = settings.getByRole('checkbox', { name: 'Show the checklist of the case on the page' });
  await expect(follow).toBeChecked();
  await expect(follow).toHaveAccessibleDescription(
    'When it is off, the panel tells you when the checklist is not the page’s case.',
  );
  await follow.uncheck();
  await expect.poll(async () => (await storedData(settings)).prefs).toMatchObject({ follow: false });
  await settings.reload();
  await expect(follow).not.toBeChecked();
  await follow.check();
  await expect.poll(async () => (await storedData(settings)).prefs).toMatchObject({ follow: true });
});
