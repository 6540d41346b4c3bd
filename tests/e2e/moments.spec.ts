import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ivyPack } from '../../content/ivy';
import { escapeRegExp } from '../../core/cue-text';
import {
  chooseMoment,
  expect,
  momentSelect,
  momentShown,
  openCase,
  pasteIntoTextField,
  storedData,
  test,
  WCAG,
} from './fixtures';

// A moment's list labels each question by its short line; the full question is its description.
const promptText = new Map(ivyPack.themes.flatMap((t) => t.prompts.map((p) => [p.id, p.short ?? p.text])));
const fullText = new Map(ivyPack.themes.flatMap((t) => t.prompts.map((p) => [p.id, p.text])));
const listOf = (id: string) => ivyPack.moments?.find((m) => m.id === id);

function shownPrompts(panel: Page) {
  return panel.getByRole('list', { name: /: prompts$/ }).getByRole('checkbox');
}

test('each pause point shows only its own short list, and ticks are shared between moments', async ({ openPanel }) => {
  const panel = await openPanel();
  await openCase(panel, 'MOMENT-1');
  for (const [title, id] of [
    ['Before a conference or core group', 'conference'],
    ['Recording a visit or contact', 'visit'],
    ['A change of circumstances', 'change'],
    ['A professional disagreement', 'disagreement'],
    ['Supervision or a team meeting', 'supervision'],
  ] as const) {
    await chooseMoment(panel, title);
    const ids = listOf(id)?.promptIds ?? [];
    await expect(shownPrompts(panel)).toHaveCount(ids.length);
    for (const [i, promptId] of ids.entries()) {
      await expect(shownPrompts(panel).nth(i)).toHaveAccessibleName(promptText.get(promptId) as string);
      // The full question is one step away: read out with the line, shown when the row has the keyboard.
      await expect(shownPrompts(panel).nth(i)).toHaveAccessibleDescription(
        new RegExp(`^${escapeRegExp(fullText.get(promptId) as string)}`),
      );
    }
  }

  // A tick given in one moment shows in every other, and under All prompts.
  await chooseMoment(panel, 'Recording a visit or contact');
  await panel.getByRole('checkbox', { name: promptText.get('sleep-seen') }).check();
  await expect(
    panel.getByText(`Recording a visit or contact: 1 of ${listOf('visit')?.promptIds.length} done`),
  ).toBeVisible();
  await chooseMoment(panel, 'All prompts');
  await panel.getByRole('button', { name: /^Safer sleep advice/ }).click();
  // All prompts labels each question in full.
  await expect(panel.getByRole('checkbox', { name: fullText.get('sleep-seen') })).toBeChecked();
  await panel.getByRole('button', { name: /^Considering and involving fathers/ }).click();
  await panel.getByRole('checkbox', { name: fullText.get('fathers-seen') }).check();
  await chooseMoment(panel, 'Recording a visit or contact');
  await expect(panel.getByRole('checkbox', { name: promptText.get('fathers-seen') })).toBeChecked();
  await expect(
    panel.getByText(`Recording a visit or contact: 2 of ${listOf('visit')?.promptIds.length} done`),
  ).toBeVisible();
});

test('the chosen moment is remembered for each case, and a new case opens on the last one used', async ({
  openPanel,
}) => {
  const panel = await openPanel();
  const tickFirst = () => shownPrompts(panel).first().check();
  await openCase(panel, 'REMEMBER-A');
  await chooseMoment(panel, 'A change of circumstances');
  await tickFirst();
  await openCase(panel, 'REMEMBER-B');
  await expect(momentShown(panel)).toHaveText('A change of circumstances');
  await chooseMoment(panel, 'A professional disagreement');
  await tickFirst();
  await panel.reload();
  await expect(momentShown(panel)).toHaveText('A professional disagreement');
  await openCase(panel, 'REMEMBER-A');
  await expect(momentShown(panel)).toHaveText('A change of circumstances');
});

test('a virtual or telephone conference adds the brief’s virtual-meeting items', async ({ openPanel }) => {
  const panel = await openPanel();
  await openCase(panel, 'VIRTUAL-1');
  await chooseMoment(panel, 'Before a conference or core group');
  const conference = listOf('conference');
  await expect(shownPrompts(panel)).toHaveCount(conference?.promptIds.length ?? 0);
  await panel.getByRole('checkbox', { name: 'Video or phone meeting', exact: true }).check();
  // The video questions join the list, which stays within nine.
  await expect(shownPrompts(panel)).toHaveCount(
    (conference?.promptIds.length ?? 0) + (conference?.virtualPromptIds?.length ?? 0),
  );
  expect((conference?.promptIds.length ?? 0) + (conference?.virtualPromptIds?.length ?? 0)).toBeLessThanOrEqual(9);
  for (const id of listOf('conference')?.virtualPromptIds ?? []) {
    await expect(panel.getByRole('checkbox', { name: promptText.get(id) })).toBeVisible();
  }
  await expect(panel.getByText('Video meetings (video or phone)').first()).toBeVisible();
  await chooseMoment(panel, 'Recording a visit or contact');
  await expect(panel.getByRole('checkbox', { name: 'Video or phone meeting', exact: true })).toHaveCount(0);
});

test('a practitioner goes through the conference list by keyboard and pastes the summary into a text field', async ({
  openPanel,
}) => {
  const panel = await openPanel();
  const started = Date.now();
  await openCase(panel, 'CONF-2026-01');
  // Focus is on the case heading; Tab past "Other cases" to the moment and choose "Before a conference".
  await panel.keyboard.press('Tab');
  await panel.keyboard.press('Tab');
  await expect(momentSelect(panel)).toBeFocused();
  await expect(momentShown(panel)).toHaveText('Recording a visit or contact'); // where a new practitioner starts
  await panel.keyboard.press('ArrowUp');
  await expect(momentShown(panel)).toHaveText('Before a conference or core group');
  // Tab past the virtual checkbox to the list, then tick each item with Space.
  await panel.keyboard.press('Tab');
  await panel.keyboard.press('Tab');
  const items = shownPrompts(panel);
  const count = listOf('conference')?.promptIds.length ?? 0;
  for (let i = 0; i < count; i++) {
    await expect(items.nth(i)).toBeFocused();
    if (i === 3) {
      await panel.keyboard.press('Tab'); // to "Not applicable" on this item
      await panel.keyboard.press('Enter');
      await panel.keyboard.press('Tab'); // on to the next item's checkbox
      continue;
    }
    await panel.keyboard.press('Space');
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Tab');
  }
  await expect(
    panel.getByText(`Before a conference or core group: ${count - 1} of ${count - 1} done (1 not applicable)`),
  ).toBeVisible();
  // After the list: the full questions by choice, then one closed line explaining the list's
  // less familiar words; the summary comes next.
  await expect(panel.getByRole('button', { name: 'Show full questions' })).toBeFocused();
  await panel.keyboard.press('Tab');
  await expect(panel.getByText('Words used here, explained')).toBeFocused();
  await panel.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Copy summary' })).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(panel.getByText('Summary copied. Paste it into the case record.')).toBeVisible();
  expect(Date.now() - started).toBeLessThan(60_000);

  // Paste into a text field, as into the case record.
  const pasted = await pasteIntoTextField(panel);
  expect(pasted).toContain('Case reference: CONF-2026-01');
  expect(pasted).toContain('Checklist used: Before a conference or core group');
  expect(pasted).toContain(`Considered (${count - 1}):`);
  expect(pasted).toContain(
    `Not applicable, with the reason to be written in the case note (1):\n- “${fullText.get(listOf('conference')?.promptIds[3] ?? '')}”`,
  );
  expect(pasted).toContain('Not yet considered (0):\n- none');
  expect(pasted).toContain('They are not an assessment of this family.');
  expect(pasted).not.toMatch(/<|\*\*|#/);
});

test('Print opens the summary in a tab of its own, which prints it and nothing else', async ({
  context,
  openPanel,
}) => {
  const panel = await openPanel();
  await openCase(panel, 'PRINT-1');
  await chooseMoment(panel, 'A professional disagreement');
  await panel.getByRole('checkbox', { name: promptText.get('procedures-checked') }).check();
  // A side panel cannot show the print dialog: the summary goes to a tab that can.
  const [printed] = await Promise.all([
    context.waitForEvent('page'),
    panel.getByRole('button', { name: 'Print', exact: true }).click(),
  ]);
  await expect(printed).toHaveURL(/\/summary\.html$/);
  const summary = printed.locator('pre');
  await expect(summary).toContainText('Case reference: PRINT-1');
  // The record always has the question in full.
  await expect(summary).toContainText(`Considered (1):\n- “${fullText.get('procedures-checked')}”`);
  await expect(printed.getByRole('button', { name: 'Print' })).toBeVisible();
  await printed.emulateMedia({ media: 'print' });
  await expect(printed.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(summary).toBeVisible();
  // The summary passed through memory once: nothing about the case is left behind.
  expect(JSON.stringify(await printed.evaluate(() => chrome.storage.session.get(null)))).not.toContain('PRINT-1');
  await printed.emulateMedia({ media: 'screen' });
  await printed.reload();
  await expect(printed.getByRole('heading', { name: 'Nothing to print' })).toBeVisible();
});

test('supervision answers and the next-steps checklist survive a reload, and copy for the minutes', async ({
  openPanel,
}) => {
  const panel = await openPanel();
  await panel.getByRole('button', { name: 'Supervision' }).click();
  await expect(panel.getByText('Write about practice, not about any child or family.')).toBeVisible();
  const question = ivyPack.reflectiveQuestions[2]?.text as string;
  await panel.getByRole('textbox', { name: question }).fill('Team managers first, then the escalation policy.');
  await panel.getByRole('checkbox', { name: 'Be professionally curious' }).check();
  await expect
    .poll(async () => JSON.stringify((await storedData(panel))['supervision:cscp-ivy'] ?? {}))
    .toContain('escalation policy');

  await panel.reload();
  await expect(panel.getByRole('button', { name: 'Supervision' })).toHaveAttribute('aria-current', 'page');
  await expect(panel.getByRole('textbox', { name: question })).toHaveValue(
    'Team managers first, then the escalation policy.',
  );
  await expect(panel.getByRole('checkbox', { name: 'Be professionally curious' })).toBeChecked();

  await panel.getByRole('button', { name: 'Copy for team minutes' }).click();
  await expect(panel.getByText('Copied. Paste the answers into your team minutes.')).toBeVisible();
  const minutes = await pasteIntoTextField(panel);
  expect(minutes).toContain(`3. ${question}\nTeam managers first, then the escalation policy.`);
});

test('axe finds no violations on a moment list, the resources view and the supervision view', async ({ openPanel }) => {
  const panel = await openPanel({ width: 360 });
  await openCase(panel, 'AXE-MOMENTS');
  await chooseMoment(panel, 'Before a conference or core group');
  await panel.getByRole('checkbox', { name: 'Video or phone meeting', exact: true }).check();
  await panel.getByRole('checkbox', { name: promptText.get('history-applied') }).check();
  // A father question marked not applicable asks for the reason in the case note: axe sees that too.
  await panel.getByRole('button', { name: `N/A (not applicable): ${promptText.get('fathers-history')}` }).click();
  await expect(
    panel.getByText('Write in the case note why this does not apply to this child’s father or male carer.'),
  ).toBeVisible();
  await expect(panel.getByRole('textbox')).toHaveCount(0);
  expect((await new AxeBuilder({ page: panel }).withTags(WCAG).analyze()).violations).toEqual([]);
  for (const view of ['Resources', 'Supervision']) {
    await panel.getByRole('button', { name: view }).click();
    await expect(panel.getByRole('heading', { level: 2 }).first()).toBeVisible();
    expect((await new AxeBuilder({ page: panel }).withTags(WCAG).analyze()).violations, view).toEqual([]);
  }
});

test('each short line’s full question is one step away: under the line on the keyboard, for the whole list by choice', async ({
  openPanel,
}) => {
  const panel = await openPanel({ width: 360 });
  await openCase(panel, 'FULL-1');
  await chooseMoment(panel, 'Recording a visit or contact');
  const ids = listOf('visit')?.promptIds ?? [];
  const fullOf = (id: string) => panel.getByText(fullText.get(id) as string, { exact: true });
  const shownHeight = async (id: string) => (await fullOf(id).boundingBox())?.height ?? 0;
  // Folded: the full question is only read out, not drawn.
  for (const id of ids) expect(await shownHeight(id), id).toBeLessThan(2);

  // The keyboard on a question shows its full question under the short line.
  await momentSelect(panel).focus();
  await panel.keyboard.press('Tab');
  const first = ids[0] as string;
  await expect(panel.getByRole('checkbox', { name: promptText.get(first) })).toBeFocused();
  await expect.poll(() => shownHeight(first)).toBeGreaterThan(10);
  expect(await shownHeight(ids[1] as string)).toBeLessThan(2);

  // "Show full questions" shows them all, and says it is on.
  const toggle = panel.getByRole('button', { name: 'Show full questions' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  for (const id of ids) await expect.poll(() => shownHeight(id), id).toBeGreaterThan(10);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await shownHeight(ids[1] as string)).toBeLessThan(2);
});
