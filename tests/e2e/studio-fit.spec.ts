import { expect, test } from './fixtures';

test('the fit check draws each list in the side panel itself and says which fit and which do not', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(90_000);
  const studio = await context.newPage();
  await studio.setViewportSize({ width: 1280, height: 720 });
  await studio.goto(`chrome-extension://${extensionId}/studio.html`);
  await studio.getByRole('button', { name: 'Copy this pack' }).click();
  await expect(studio.getByRole('textbox', { name: 'Short name for files' })).toHaveValue('cscp-ivy-copy');
  // A list of nine questions is too long for Firefox's sidebar with the case line and chooser above it.
  const fit = studio.getByRole('region', { name: 'Fit check' });
  await fit.getByRole('button', { name: 'Check the fit' }).click();
  const found = fit.getByRole('list', { name: 'Fit of each short list' });
  await expect(found.getByRole('listitem')).toHaveCount(5, { timeout: 30_000 });
  await expect(found.getByRole('listitem').first()).toHaveText(
    /^Before a conference or core group: .*\d+ questions? below the fold at 240×600/,
  );

  // A list of five short questions fits everywhere.
  await studio.getByRole('button', { name: 'Close the draft' }).click();
  await studio.getByRole('button', { name: 'Start a blank pack' }).click();
  await studio.getByRole('textbox', { name: 'Pack title' }).fill('Fit');
  for (let q = 0; q < 5; q++) {
    if (q >= 3) await studio.getByRole('button', { name: 'Add a question to theme 1' }).click();
    await studio
      .getByRole('textbox', { name: `Theme 1, question ${q + 1}: The question` })
      .fill(`Have I asked about thing ${q + 1}?`);
    await studio
      .getByRole('group', { name: `Theme 1, question ${q + 1}: Ask it at these moments` })
      .getByRole('checkbox', { name: 'Recording a visit or contact' })
      .check();
  }
  await studio.getByRole('button', { name: 'Make a short list for “Recording a visit or contact”' }).click();
  // Once typing has settled, the preview and the fit check have the list.
  await expect(
    studio.getByRole('list', { name: 'Preview, Recording a visit or contact: prompts' }).getByRole('checkbox'),
  ).toHaveCount(5);
  // The preview has the panel's case line above the list, the pack named on it, as the fit check measures it.
  const preview = studio.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Case EXAMPLE · Visit' })).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Learning pack: Fit (change)' })).toBeVisible();
  await fit.getByRole('button', { name: 'Check the fit' }).click();
  await expect(found.getByRole('listitem')).toHaveText(
    ['Recording a visit or contact: fits at 360×585, 240×600, 400×740'],
    {
      timeout: 30_000,
    },
  );
});
