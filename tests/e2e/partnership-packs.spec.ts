/**
 * A second partnership's pack is first class (issue 23): its cue words raise its themes on a
 * case page, a site can start its new cases on it, and a new version reaches an open panel
 * and its summary at once. The pack is "Harbour", made up for the tests (tests/fixtures/).
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { Pack } from '../../core/pack/schema';
import { harbourPack, packFile } from '../fixtures/harbour-pack';
import { caseHeading, expect, openCase, storedData, tabIdOf, test } from './fixtures';

/** Adds a pack on the settings page, as a practitioner does with a file from their partnership. */
async function addPack(settings: Page, pack: Pack) {
  await settings.getByLabel('Learning pack file (.json)').setInputFiles(packFile(pack));
  await settings.getByRole('button', { name: /^(Add|Replace with) this pack$/ }).click();
  await expect(
    settings
      .getByRole('status')
      .filter({ hasText: `“${pack.title}”` })
      .first(),
  ).toBeVisible();
}

async function openSettings(context: BrowserContext, extensionId: string) {
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(settings.getByRole('heading', { name: 'Pause Point settings' })).toBeVisible();
  return settings;
}

/** The demo case system at a case, with a side panel pinned to its tab and the site turned on. */
async function enabledDemo(
  context: BrowserContext,
  openPanel: (o?: { query?: string; page?: Page }) => Promise<Page>,
  demoOrigin: string,
  ref: string,
) {
  const demo = await context.newPage();
  await demo.goto(`${demoOrigin}/cases/${ref}`);
  await expect(demo.getByRole('heading', { name: `Case ${ref}` })).toBeVisible();
  const probe = await openPanel();
  const panel = await openPanel({ page: probe, query: `?tabId=${await tabIdOf(probe, demo)}` });
  await panel.getByRole('button', { name: 'Use Pause Point on this site' }).click();
  await panel.getByRole('button', { name: `Turn on for ${new URL(demoOrigin).host}` }).click();
  await expect(caseHeading(panel, ref)).toBeVisible();
  return { demo, panel };
}

/** The themes the page beside the panel raises, as listed on the page line. */
function raised(panel: Page) {
  return panel.getByRole('list', { name: 'Raised:' }).getByRole('button');
}

test('a site that starts its new cases on a partnership’s pack opens them on it, and the page raises that pack’s themes', async ({
  context,
  extensionId,
  openPanel,
  demoOrigin,
}) => {
  const settings = await openSettings(context, extensionId);
  await addPack(settings, harbourPack());
  const { demo, panel } = await enabledDemo(context, openPanel, demoOrigin, 'DEMO-1003');
  // Read with Ivy's cue words, this record raises nothing.
  await expect(panel.getByRole('list', { name: 'Raised:' })).toHaveCount(0);

  await settings.bringToFront();
  await settings.getByRole('combobox', { name: `New cases on ${demoOrigin} start with` }).selectOption({
    label: 'Harbour (1.0.0)',
  });
  await expect(settings.getByText(`New cases on ${demoOrigin} start with “Harbour”.`)).toBeVisible();

  // The case on the page, not yet answered, now opens on Harbour, and the page raises Harbour's themes.
  await panel.bringToFront();
  await expect(panel.getByText('Questions from Harbour test brief: early years')).toBeVisible();
  await expect(raised(panel)).toHaveText(['Nursery (the page says “nursery”, “attendance”)']);
  await expect(
    panel.getByRole('checkbox', { name: 'Have I asked the nursery what they have seen of the child this month?' }),
  ).toBeVisible();

  // Another case on the same site starts on Harbour too, and raises its own themes.
  await demo.bringToFront();
  await demo.getByRole('link', { name: 'Case DEMO-1002' }).click();
  await panel.bringToFront();
  await expect(caseHeading(panel, 'DEMO-1002')).toBeVisible();
  await expect(raised(panel)).toHaveText(['New adults (the page says “new partner”, “moved in”)']);
  await panel
    .getByRole('checkbox', { name: 'Do I know the name and role of every adult now living in the home?' })
    .check();
  await expect
    .poll(async () => (await storedData(panel))['case:DEMO-1002'])
    .toMatchObject({ packId: 'test-harbour-early-years', answers: { 'adult-named': { state: 'done' } } });

  // A case typed in the panel, not from the site, still starts on the default pack (Ivy).
  await openCase(panel, 'TYPED-1');
  await expect(panel.getByText('Questions from Harbour test brief: early years')).toHaveCount(0);
});
