import AxeBuilder from '@axe-core/playwright';
import { storedShapeProblems } from '../../core/all-stored';
import { EXAMPLE_PACK_FILE, EXAMPLE_PACK_TEXT } from '../example-pack';
import {
  caseHeading,
  chooseMoment,
  choosePack,
  expect,
  ivyQuestion,
  openCase,
  openSettings,
  storedData,
  test,
  WCAG,
} from './fixtures';

const example = JSON.parse(EXAMPLE_PACK_TEXT); // untyped: a test below breaks it on purpose
const EXAMPLE_PROMPT = 'Have I seen the child on their own, where that is safe and right for their age?';
const IVY_PROMPT = ivyQuestion('fathers-seen');

test('a partnership’s pack from a file is checked, added, chosen for a case, and removed', async ({
  context,
  extensionId,
  openPanel,
}) => {
  const settings = await openSettings(context, extensionId);
  const packs = settings.getByRole('list', { name: 'Learning packs' });
  await expect(packs.getByRole('listitem')).toHaveCount(1);
  await expect(packs).toContainText('Ivy (version 1.3.0): 10 themes, 61 prompts');

  // A broken pack is refused with its reasons, read out, and nothing is kept.
  const broken = structuredClone(example);
  broken.themes[0].prompts = broken.themes[0].prompts.slice(0, 1);
  broken.resources[0].url = 'http://insecure.example.org/';
  const fileField = settings.getByLabel('Learning pack file (.json)');
  await fileField.setInputFiles({
    name: 'broken-pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const alert = settings.getByRole('alert');
  await expect(alert).toContainText('This pack cannot be added:');
  await expect(alert).toContainText('themes.0.prompts:');
  await expect(alert).toContainText('resources.0.url: links must use https');
  await expect(settings.getByRole('button', { name: 'Add this pack' })).toHaveCount(0);
  expect((await new AxeBuilder({ page: settings }).withTags(WCAG).analyze()).violations, 'refused').toEqual([]);
  expect(Object.keys(await storedData(settings)).filter((key) => key.startsWith('pack:'))).toEqual([]);

  await fileField.setInputFiles(EXAMPLE_PACK_FILE);
  await expect(
    settings.getByText(
      /Example: hearing the child \(version 1\.0\.0\) from Example pack: hearing the child: 2 themes, 6 prompts, 1 resource\./,
    ),
  ).toBeVisible();
  expect((await new AxeBuilder({ page: settings }).withTags(WCAG).analyze()).violations, 'preview').toEqual([]);
  await settings.getByRole('button', { name: 'Add this pack' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Added “Example: hearing the child”' })).toBeVisible();
  await expect(packs.getByRole('listitem')).toHaveCount(2);
  // Its source and the day it was added (issue 23: each pack's version, source and date).
  await expect(packs.getByRole('listitem').nth(1)).toContainText(
    /Added by you from a file, \d{1,2} [A-Z][a-z]{2} \d{4}\. Used by 0 cases\./,
  );
  expect((await storedData(settings))[`pack:${example.id}`]).toEqual(example);

  // In the side panel: a case answered with Ivy moves to the new pack after confirming.
  const panel = await openPanel();
  await openCase(panel, 'PACK-1');
  await chooseMoment(panel, 'Recording a visit or contact');
  await panel.getByRole('checkbox', { name: IVY_PROMPT }).check();
  // The case's pack ends the case line, with the chooser behind it.
  await expect(caseHeading(panel, 'PACK-1')).toHaveAccessibleName('Case PACK-1 · Visit');
  await choosePack(panel, 'Example: hearing the child (1.0.0)');
  const dialog = panel.getByRole('dialog', { name: 'Use “Example: hearing the child” for case PACK-1?' });
  await expect(dialog).toContainText('This clears the 1 answer given with “Ivy” for this case on this device.');
  await dialog.getByRole('button', { name: 'Yes, change the pack' }).click();
  await expect(panel.getByText('Questions from Example pack: hearing the child')).toBeVisible();
  await chooseMoment(panel, 'All prompts');
  await panel.getByRole('button', { name: 'Expand all themes' }).click();
  await panel.getByRole('checkbox', { name: EXAMPLE_PROMPT }).check();
  await expect
    .poll(async () => (await storedData(panel))['case:PACK-1'])
    .toMatchObject({ packId: example.id, packVersion: '1.0.0', answers: { 'seen-alone': { state: 'done' } } });
  expect(JSON.stringify((await storedData(panel))['case:PACK-1'])).not.toContain('fathers-seen');
  expect((await new AxeBuilder({ page: panel }).withTags(WCAG).analyze()).violations).toEqual([]);

  // The other views show the case's own pack.
  await panel.getByRole('navigation', { name: 'Pause Point' }).getByRole('button', { name: 'Resources' }).click();
  await expect(panel.getByRole('link', { name: /Safer sleep advice/ }).first()).toBeVisible();
  await panel.getByRole('navigation', { name: 'Pause Point' }).getByRole('button', { name: 'Supervision' }).click();
  await expect(panel.getByText('Example question: what would the child say has changed for them?')).toBeVisible();
  await panel.getByRole('navigation', { name: 'Pause Point' }).getByRole('button', { name: 'Checklist' }).click();

  // Removing the pack: the case keeps its answers, and the panel says what happened.
  await settings.bringToFront();
  await expect(packs.getByRole('listitem').nth(1)).toContainText('Used by 1 case.');
  await settings.getByRole('button', { name: 'Remove “Example: hearing the child”' }).click();
  await settings
    .getByRole('dialog', { name: 'Remove “Example: hearing the child”?' })
    .getByRole('button', { name: 'Yes, remove the pack' })
    .click();
  await expect(packs.getByRole('listitem')).toHaveCount(1);
  expect((await storedData(settings))['case:PACK-1']).toMatchObject({ packId: example.id });

  await panel.reload();
  await expect(
    panel.getByText(`This case was answered with the learning pack “${example.id}”, which is not on this device.`, {
      exact: false,
    }),
  ).toBeVisible();
  await expect(panel.getByRole('checkbox')).toHaveCount(0);
  await expect(panel.getByRole('combobox', { name: 'Learning pack for this case' })).toBeVisible();
  expect(storedShapeProblems(await storedData(panel))).toEqual([]);
});

test('a case’s pack can be changed by keyboard alone, and focus lands on the case afterwards', async ({
  openPanel,
}) => {
  const panel = await openPanel();
  await panel.evaluate((pack) => chrome.storage.local.set({ [`pack:${pack.id}`]: pack }), example);
  await openCase(panel, 'KEYS-1');
  await chooseMoment(panel, 'Recording a visit or contact');
  await panel.getByRole('checkbox', { name: IVY_PROMPT }).check();
  // The case line names the pack; Enter on it opens the chooser with the keyboard in it.
  await panel.getByRole('button', { name: 'Learning pack: Ivy (change)' }).focus();
  await panel.keyboard.press('Enter');
  const chooser = panel.getByRole('combobox', { name: 'Learning pack for this case' });
  await expect(chooser).toBeFocused();
  await panel.keyboard.press('ArrowDown');
  await expect(chooser).toHaveValue(example.id);
  await panel.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Use this pack' })).toBeFocused();
  await panel.keyboard.press('Enter');
  const dialog = panel.getByRole('dialog', { name: 'Use “Example: hearing the child” for case KEYS-1?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await panel.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Yes, change the pack' })).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(panel.getByText('Questions from Example pack: hearing the child')).toBeVisible();
  await expect(caseHeading(panel, 'KEYS-1')).toBeFocused();
  await expect(panel.getByRole('status').first()).toContainText(
    'Case KEYS-1 now uses the learning pack “Example: hearing the child”.',
  );
});
