import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { SCHEMA_VERSION } from '../../core/stored';
import { EXAMPLE_PACK_FILE, examplePack } from '../example-pack';
import {
  CHROMIUM_POLICY_DIR as POLICY_DIR,
  CHROMIUM_POLICY_FILE as POLICY_FILE,
  TEST_ORGANISATION,
} from '../test-policies';
import { expect, openCase, openSettings, storedData, tabIdOf, test } from './fixtures';

// Chromium reads managed policy from this folder when it starts. Writing there needs root, and
// the file affects every Chromium started while it exists, so this file runs on its own after
// all other tests (see playwright.config.ts) and removes the policy when done.
const PAUSE_POINT_ID = 'gnpbfgafeipngnpeppjdgebcmhkbbmgl';
const example = examplePack();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

test.skip(!isRoot, `Writing ${POLICY_DIR} needs root; run the end-to-end tests as root to check managed policy.`);

test.beforeAll(({ demoOrigin }) => {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({
      '3rdparty': {
        extensions: {
          [PAUSE_POINT_ID]: {
            organisationName: TEST_ORGANISATION,
            proceduresManualUrl: 'https://example.proceduresonline.com/',
            extraResources: [{ title: 'Our safer sleep guidance', url: 'https://example.org/safer-sleep' }],
            retentionDays: 60,
            allowExport: false,
            // Counting off for everyone: no counts, no "Your practice", no snapshots.
            counting: false,
            sites: [
              { origin: 'https://lcs.example.gov.uk', rule: { kind: 'query', name: 'SubjectID' } },
              { origin: 'nope' },
              // Malformed origins that once stopped the script being registered for any site.
              { origin: 'https://[::1', rule: { kind: 'query', name: 'SubjectID' } },
              { origin: 'https://lcs2.example.gov.uk:99999', rule: { kind: 'query', name: 'SubjectID' } },
              { origin: demoOrigin, rule: { kind: 'path', pattern: '/cases/{ref}' } },
            ],
            // A whole pack arrives through policy (Chrome keeps only what managed_schema.json
            // declares), and a pack with too few prompts in a theme is refused with its reason.
            packs: [example, { ...example, id: 'too-short', themes: [{ ...example.themes[0], prompts: [] }] }],
            defaultPackId: example.id,
          },
        },
      },
    }),
  );
});

test.afterAll(() => rmSync(POLICY_FILE, { force: true }));

test('an organisation’s policy shows as managed, and an invalid item is ignored with a warning', async ({
  context,
  extensionId,
  openPanel,
}) => {
  expect(extensionId).toBe(PAUSE_POINT_ID);
  const settings = await openSettings(context, extensionId);
  await expect(settings.getByText('Set up by Example Safeguarding Children Partnership.')).toBeVisible();
  await expect(settings.getByRole('alert')).toContainText(
    'Case-system site 2 from your organisation is not valid and is ignored.',
  );
  await expect(settings.getByRole('list', { name: 'Sites set by your organisation' })).toContainText(
    'https://lcs.example.gov.uk: the case reference is in the “SubjectID” part of the page address.',
  );
  await expect(
    settings.getByRole('spinbutton', { name: 'Delete a case after this many days without use' }),
  ).toHaveValue('60');
  await expect(
    settings.getByRole('spinbutton', { name: 'Delete a case after this many days without use' }),
  ).toBeDisabled();
  await expect(settings.getByText('Export is turned off by your organisation.')).toBeVisible();
  await expect(settings.getByRole('alert')).toContainText(
    'Learning pack 2 from your organisation is not valid and is ignored: themes.0.prompts:',
  );
  const packs = settings.getByRole('list', { name: 'Learning packs' });
  await expect(packs.getByRole('listitem')).toHaveCount(2);
  await expect(packs.getByRole('listitem').nth(1)).toContainText(
    'Example: hearing the child (version 1.0.0): 2 themes, 6 prompts, from Example pack: hearing the child. Set by your organisation’s policy.',
  );
  await expect(settings.getByText('new cases start with Example: hearing the child', { exact: false })).toBeVisible();
  // The organisation's pack cannot be removed by the practitioner, nor replaced from a file.
  await expect(settings.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  await settings.getByLabel('Learning pack file (.json)').setInputFiles(EXAMPLE_PACK_FILE);
  await expect(settings.getByRole('alert').last()).toContainText('belongs to a pack already in Pause Point');
  await expect(settings.getByRole('button', { name: 'Export all data' })).toHaveCount(0);

  const panel = await openPanel();
  // A new case starts with the organisation's default pack.
  await openCase(panel, 'ORG-1');
  await expect(panel.getByText('Questions from Example pack: hearing the child')).toBeVisible();
  // The last moment used was a visit, which this pack has no list for: its own list shows instead.
  await expect(panel.getByRole('progressbar', { name: /Before a conference/ })).toBeVisible();
  await expect(panel.getByText('0 of 5 done')).toBeVisible();
  await expect(panel.getByRole('button', { name: `Learning pack: ${example.title} (change)` })).toBeVisible();
  await panel.getByRole('navigation', { name: 'Pause Point' }).getByRole('button', { name: 'Resources' }).click();
  const organisation = panel.getByRole('region', { name: 'From your organisation' });
  await expect(
    organisation.getByRole('link', { name: 'Local safeguarding procedures manual (opens in a new tab)' }),
  ).toHaveAttribute('href', 'https://example.proceduresonline.com/');
  await expect(organisation.getByRole('link', { name: 'Our safer sleep guidance (opens in a new tab)' })).toBeVisible();
});

test('a malformed site in policy is named on the settings page, and stops neither case detection nor “Delete all data”', async ({
  context,
  extensionId,
  openPanel,
  demoOrigin,
}) => {
  const settings = await openSettings(context, extensionId);
  const alert = settings.getByRole('alert');
  await expect(alert).toContainText(
    'Case-system site 3 from your organisation (“https://[::1”) is ignored: it is not the address of a web site.',
  );
  await expect(alert).toContainText(
    'Case-system site 4 from your organisation (“https://lcs2.example.gov.uk:99999”) is ignored: it is not the address of a web site.',
  );
  await expect(settings.getByRole('list', { name: 'Sites set by your organisation' })).toContainText(demoOrigin);

  // The valid sites are read: the organisation's demo case system shows its case in the panel.
  await expect
    .poll(() => settings.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((s) => s[0]?.matches)))
    .toEqual(['http://127.0.0.1/*', 'https://lcs.example.gov.uk/*']);
  const demo = await context.newPage();
  await demo.goto(`${demoOrigin}/cases/DEMO-1001`);
  const probe = await openPanel();
  const panel = await openPanel({ page: probe, query: `?tabId=${await tabIdOf(probe, demo)}` });
  await expect(panel.getByRole('region', { name: 'This page' }).getByText('Page: case DEMO-1001')).toBeVisible();

  // A site of the practitioner's own, then "Delete all data": it deletes everything and says so.
  await settings.getByRole('textbox', { name: 'Address of your case system' }).fill('http://127.0.0.1:4321');
  await settings.getByRole('textbox', { name: 'Address pattern' }).fill('/cases/{ref}');
  await settings.getByRole('button', { name: 'Turn on for this site' }).click();
  await expect(settings.getByText('http://127.0.0.1:4321: the case reference is in')).toBeVisible();
  await settings.getByRole('button', { name: 'Delete all data' }).click();
  await settings
    .getByRole('dialog', { name: 'Delete all Pause Point data?' })
    .getByRole('button', { name: 'Yes, delete everything' })
    .click();
  await expect(settings.getByText('All Pause Point data on this device was deleted.')).toBeVisible();
  expect(await storedData(settings)).toEqual({ schemaVersion: SCHEMA_VERSION });
  // The organisation's sites are still read.
  expect(
    await settings.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((s) => s[0]?.matches)),
  ).toEqual(['http://127.0.0.1/*', 'https://lcs.example.gov.uk/*']);
});

test('counting turned off by policy hides Your practice and snapshots, and nothing is counted', async ({
  context,
  extensionId,
  openPanel,
}) => {
  const settings = await openSettings(context, extensionId);
  const counting = settings.getByRole('region', { name: 'Counting, for supervision and your partnership' });
  await expect(counting).toContainText('Your organisation has turned counting off. Nothing is counted.');
  await expect(counting.getByRole('checkbox')).toHaveCount(0);
  await expect(counting.getByRole('button', { name: 'Save the snapshot' })).toHaveCount(0);

  const panel = await openPanel();
  await openCase(panel, 'POLICY-COUNT-1');
  await panel.getByRole('checkbox').nth(1).check();
  await panel.getByRole('navigation', { name: 'Pause Point' }).getByRole('button', { name: 'Supervision' }).click();
  await expect(panel.getByRole('heading', { name: 'Supervision and team meetings' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Your practice' })).toHaveCount(0);
  // Nothing to wait for when nothing is written: allow the policy read (about 2 s in Chromium) and a count's write.
  await panel.waitForTimeout(4000);
  expect(Object.keys(await storedData(panel)).filter((key) => key.startsWith('count'))).toEqual([]);
});
