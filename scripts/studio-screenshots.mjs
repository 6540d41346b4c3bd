// The pictures in docs/packs.md ("Make a pack with Pack studio"): Pack studio in the test build
// at 1280 × 720, headless. Run `npx wxt build --mode test && node scripts/studio-screenshots.mjs`.
// The pack shown is made up for the pictures: no real review, family or case.
import { resolve } from 'node:path';
import { extensionIdOf, launchWithExtension } from './chromium.mjs';

const extension = resolve('.output/chrome-mv3-test');
const context = await launchWithExtension(extension);
// The checks and the preview catch up a moment after typing stops.
const shot = async (page, name) => {
  await page.waitForTimeout(500);
  await page.screenshot({ path: `docs/studio-${name}.png` });
};
try {
  const id = await extensionIdOf(context);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`chrome-extension://${id}/studio.html`);
  await page.getByRole('button', { name: 'Start a blank pack' }).waitFor();
  await shot(page, 'start');

  // A pack part-written: its problems listed, a question with writing hints.
  await page.getByRole('button', { name: 'Start a blank pack' }).click();
  await page.getByRole('textbox', { name: 'Pack title' }).fill('Example: seeing where the baby sleeps');
  await page.getByRole('textbox', { name: 'Published by' }).fill('Example Safeguarding Children Partnership');
  await page.getByRole('textbox', { name: 'Theme 1: Theme title' }).fill('Where the baby sleeps');
  await page
    .getByRole('textbox', { name: 'Theme 1, question 1: The question' })
    .fill('Practitioners must ascertain the sleeping arrangements utilised by the household at night');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'problems');

  // The same pack finished, seen in the preview, and the cue tester trying made-up text.
  const fill = async (name, text) => page.getByRole('textbox', { name }).fill(text);
  await fill('Name used in the review', 'Example');
  await fill('Title of the brief', 'Example learning brief (not a real review)');
  await fill('Summary', 'A made-up brief, for showing how Pack studio works. Do not use it in practice.');
  await fill('Theme 1: Why this matters', 'Example text: what the review found, and why it matters for the child.');
  await fill('Theme 1: Section of the brief', 'Safer sleep');
  await fill('Theme 1: Cue words (optional)', 'cot\nsofa\nsleeping');
  const questions = [
    'Have I seen where the baby sleeps, by day and by night?',
    'Have I asked who else looks after the baby, and where?',
    'Have I asked about alcohol, drugs or medicines that make a carer drowsy?',
    'Have I given the safer sleep advice, and checked it was understood?',
    'Have I told the other professionals what I saw?',
  ];
  const shorts = [
    'Where the baby sleeps seen?',
    'Other carers asked about?',
    'Drink, drugs, drowsy medicines asked?',
    'Safer sleep advice given and understood?',
    'Others told what I saw?',
  ];
  for (const [q, text] of questions.entries()) {
    if (q >= 3) await page.getByRole('button', { name: 'Add a question to theme 1' }).click();
    await fill(`Theme 1, question ${q + 1}: The question`, text);
    await fill(`Theme 1, question ${q + 1}: Short checklist line (optional)`, shorts[q]);
    await fill(`Theme 1, question ${q + 1}: Section of the brief`, 'Safer sleep');
    // Ticked for the moment, a question is on its short list: the list is built once.
    await page
      .getByRole('group', { name: `Theme 1, question ${q + 1}: Ask it at these moments` })
      .getByRole('checkbox', { name: 'Recording a visit or contact' })
      .check();
  }
  await page.getByRole('button', { name: 'Make a short list for “Recording a visit or contact”' }).click();
  await page
    .getByRole('textbox', { name: 'Made-up case-record text' })
    .fill('Mum said the baby fell asleep on the sofa.');
  await page.getByRole('heading', { name: 'Recording a visit or contact' }).scrollIntoViewIfNeeded();
  await page.getByRole('heading', { name: 'Short lists for each moment' }).evaluate((h) => h.scrollIntoView());
  await page.locator('.studio-side').evaluate((side) => side.scrollTo(0, 0));
  await shot(page, 'lists-and-preview');
  await page.locator('.studio-side').evaluate((side) => side.scrollTo(0, side.scrollHeight));
  await page.getByRole('heading', { name: 'Save the pack' }).evaluate((h) => h.scrollIntoView());
  await page.getByRole('button', { name: 'Save pack file' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await shot(page, 'save');

  // The fit check, in the side panel's own components at the panel's sizes.
  await page.getByRole('button', { name: 'Check the fit' }).click();
  await page.getByRole('list', { name: 'Fit of each short list' }).waitFor();
  await page.getByRole('heading', { name: 'Fit check' }).evaluate((h) => h.scrollIntoView());
  await shot(page, 'fit');

  // Themes brought in from the Ivy pack, with the review they come from.
  await page.getByRole('button', { name: 'Show its themes' }).click();
  await page
    .getByRole('group', { name: /^Themes of “Ivy” to bring in/ })
    .getByRole('checkbox')
    .first()
    .check();
  await page.getByRole('button', { name: 'Bring in the ticked themes' }).click();
  await page.getByRole('heading', { name: 'Several reviews in one pack' }).evaluate((h) => h.scrollIntoView());
  await shot(page, 'reviews');

  // The handout, as it prints.
  await page.getByRole('button', { name: 'Show the handout' }).click();
  await page.getByRole('article', { name: 'The handout, as it prints' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await shot(page, 'handout');
} finally {
  await context.close();
}
