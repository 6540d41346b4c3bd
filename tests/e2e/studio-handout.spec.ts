import { expect, test } from './fixtures';

test('the handout of a copy of Ivy prints on one A4 page, portrait, in black and white, with nothing else of the studio', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(60_000);
  const studio = await context.newPage();
  await studio.setViewportSize({ width: 1280, height: 720 });
  await studio.goto(`chrome-extension://${extensionId}/studio.html`);
  await studio.getByRole('button', { name: 'Copy this pack' }).click();
  await expect(studio.getByRole('textbox', { name: 'Short name for files' })).toHaveValue('cscp-ivy-copy');
  await studio.getByRole('button', { name: 'Show the handout' }).click();
  const sheet = studio.getByRole('article', { name: 'The handout, as it prints' });
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Ivy (copy): what to ask, and when');
  await expect(sheet.getByRole('region')).toHaveCount(5);
  await expect(studio.getByRole('status')).toHaveText('The handout fits one A4 page.');

  await studio.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(studio.getByRole('button', { name: 'Print the handout' })).toBeHidden();
  await expect(studio.getByRole('status')).toBeHidden();
  await expect(sheet).toBeVisible();
  const size = await sheet.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const body = getComputedStyle(document.body);
    return { width: box.width, height: element.scrollHeight, color: style.color, background: body.backgroundColor };
  });
  // 210 x 297 mm at 96 pixels to the inch: one page, portrait.
  expect(size.width).toBeCloseTo((210 / 25.4) * 96, 0);
  expect(size.height).toBeLessThanOrEqual((297 / 25.4) * 96);
  // Black on white, even when the screen is dark.
  expect(size.color).toBe('rgb(0, 0, 0)');
  expect(size.background).toBe('rgb(255, 255, 255)');
  await studio.screenshot({ path: test.info().outputPath('handout-print.png'), fullPage: true });
});
