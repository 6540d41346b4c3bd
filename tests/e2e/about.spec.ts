import { readFileSync } from 'node:fs';
import { expect, openSettings, test } from './fixtures';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

test('the settings page says which version this is, when it was built, and where the assurance papers are', async ({
  context,
  extensionId,
}) => {
  const settings = await openSettings(context, extensionId);
  const about = settings.getByRole('region', { name: 'About Pause Point' });
  // The version from package.json, through the manifest; the date set when this build was made.
  await expect(about).toContainText(
    new RegExp(`Version ${version.replaceAll('.', '\\.')}, built \\d{1,2} [A-Z][a-z]{2} \\d{4}\\.`),
  );
  await expect(about).toContainText('docs/assurance');
});
