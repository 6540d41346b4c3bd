import AxeBuilder from '@axe-core/playwright';
import {
  anyCaseHeading,
  caseHeading,
  chooseMoment,
  expandTheme,
  expect,
  ivyNaButton,
  ivyQuestion,
  momentSelect,
  openCase,
  openSettings,
  storedData,
  test,
} from './fixtures';

const FATHERS = 'Considering and involving fathers';
const SLEEP = 'Safer sleep advice';
const SEEN_FATHER = ivyQuestion('fathers-seen');
const SEEN_SLEEP = ivyQuestion('sleep-seen');

test('a practitioner opens a case, ticks, marks not applicable, and finds it all after a reload', async ({
  openPanel,
}) => {
  const panel = await openPanel();
  await expect(panel.getByText('Enter a case reference to start.')).toBeVisible();
  await openCase(panel, 'CS-2024-0001');
  await chooseMoment(panel, 'All prompts');

  await expect(panel.getByRole('button', { name: /^Considering and involving fathers\s*0 of 7 done$/ })).toBeVisible();
  const fathers = await expandTheme(panel, FATHERS);
  await fathers.getByRole('checkbox', { name: SEEN_FATHER }).check();
  await fathers
    .getByRole('button', {
      name: 'N/A (not applicable): Has the father been invited in writing, with the key information for this meeting?',
    })
    .click();
  await expect(
    panel.getByRole('button', { name: /^Considering and involving fathers\s*1 of 6 done \(1 not applicable\)$/ }),
  ).toBeVisible();
  await expect(panel.getByText(/^All prompts: 1 of \d+ done \(1 not applicable\)$/)).toBeVisible();

  await panel.reload();
  await expect(caseHeading(panel, 'CS-2024-0001')).toBeVisible();
  const again = await expandTheme(panel, FATHERS);
  await expect(again.getByRole('checkbox', { name: SEEN_FATHER })).toBeChecked();
  const invited = again.getByRole('checkbox', {
    name: 'Has the father been invited in writing, with the key information for this meeting?',
  });
  await expect(invited).toBeDisabled();
  await expect(invited).not.toBeChecked();

  // Undo "not applicable": the prompt is outstanding again.
  await again.getByRole('button', { name: ivyNaButton('fathers-invited', true) }).click();
  await expect(invited).toBeEnabled();
  await expect(panel.getByRole('button', { name: /^Considering and involving fathers\s*1 of 7 done$/ })).toBeVisible();
});

test('a reference that is not a case id gets a clear message and opens nothing', async ({ openPanel }) => {
  const panel = await openPanel();
  const box = panel.getByRole('textbox', { name: 'Case reference' });
  await box.fill('Jane Smith');
  await box.press('Enter');
  await expect(panel.getByRole('alert')).toHaveText(/letters, numbers, hyphens.*Do not use names or spaces/);
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(anyCaseHeading(panel)).toHaveCount(0);
  expect(Object.keys(await storedData(panel)).filter((k) => k.startsWith('case:'))).toEqual([]);
});

test('cases are kept apart, and recent cases list the latest first with the open one marked', async ({ openPanel }) => {
  const panel = await openPanel();
  await openCase(panel, 'CASE-A');
  await (await expandTheme(panel, SLEEP)).getByRole('checkbox', { name: SEEN_SLEEP }).check();
  await openCase(panel, 'CASE-B');
  await expect((await expandTheme(panel, SLEEP)).getByRole('checkbox', { name: SEEN_SLEEP })).not.toBeChecked();

  // CASE-B was only looked at: it is not kept, and not among the recent cases.
  await panel.getByRole('button', { name: 'Other cases' }).click();
  const recent = panel.getByRole('navigation', { name: 'Recent cases' });
  await expect(recent.getByRole('button')).toHaveText(['CASE-A']);
  expect((await storedData(panel))['case:CASE-B']).toBeUndefined();
  expect(JSON.stringify(await storedData(panel))).not.toContain('CASE-B');

  await panel.getByRole('button', { name: 'Close the case list' }).click();
  await (await expandTheme(panel, FATHERS)).getByRole('checkbox', { name: SEEN_FATHER }).check();
  await panel.getByRole('button', { name: 'Other cases' }).click();
  await expect(recent.getByRole('button')).toHaveText(['CASE-B (open)', 'CASE-A']);
  await expect(recent.getByRole('button', { name: /CASE-B/ })).toHaveAttribute('aria-current', 'true');

  await recent.getByRole('button', { name: 'CASE-A' }).click();
  await expect(caseHeading(panel, 'CASE-A')).toBeVisible();
  await expect((await expandTheme(panel, SLEEP)).getByRole('checkbox', { name: SEEN_SLEEP })).toBeChecked();

  const stored = await storedData(panel);
  expect(stored['case:CASE-A']).toMatchObject({ answers: { 'sleep-seen': { state: 'done' } } });
  expect(stored['case:CASE-B']).toMatchObject({ answers: { 'fathers-seen': { state: 'done' } } });
});

test('two panels on the same case stay in sync, and ticks made in both at once are kept', async ({ openPanel }) => {
  const first = await openPanel();
  const second = await openPanel();
  await openCase(first, 'SHARED-1');
  await openCase(second, 'SHARED-1');
  const firstFathers = await expandTheme(first, FATHERS);
  const secondFathers = await expandTheme(second, FATHERS);
  const firstSleep = await expandTheme(first, SLEEP);
  const secondSleep = await expandTheme(second, SLEEP);

  await firstFathers.getByRole('checkbox', { name: SEEN_FATHER }).check();
  await expect(secondFathers.getByRole('checkbox', { name: SEEN_FATHER })).toBeChecked();

  // Both windows answer in the same instant: neither answer may be lost.
  await Promise.all([
    first.evaluate(() => (document.getElementById('prompt-sleep-seen') as HTMLInputElement).click()),
    second.evaluate(() => (document.getElementById('prompt-fathers-identified') as HTMLInputElement).click()),
  ]);
  for (const [fathers, sleep] of [
    [firstFathers, firstSleep],
    [secondFathers, secondSleep],
  ] as const) {
    await expect(sleep.getByRole('checkbox', { name: SEEN_SLEEP })).toBeChecked();
    await expect(fathers.getByRole('checkbox', { name: ivyQuestion('fathers-identified') })).toBeChecked();
  }
  await expect
    .poll(async () =>
      Object.keys(
        ((await storedData(first))['case:SHARED-1'] as { answers?: object } | undefined)?.answers ?? {},
      ).sort(),
    )
    .toEqual(['fathers-identified', 'fathers-seen', 'sleep-seen']);
});

test('"Reset this case" asks first, and clears the case only when confirmed', async ({ openPanel }) => {
  const panel = await openPanel();
  await openCase(panel, 'RESET-1');
  await (await expandTheme(panel, FATHERS)).getByRole('checkbox', { name: SEEN_FATHER }).check();

  await panel.getByRole('button', { name: 'Reset this case' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Reset case RESET-1?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('This clears all 1 answer for this case on this device.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await panel.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('checkbox', { name: SEEN_FATHER })).toBeChecked();

  await panel.getByRole('button', { name: 'Reset this case' }).click();
  await dialog.getByRole('button', { name: 'Yes, reset this case' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('status')).toContainText('Case RESET-1 was reset.');
  await expect(panel.getByRole('checkbox', { name: SEEN_FATHER })).not.toBeChecked();
  await panel.reload();
  await expect((await expandTheme(panel, FATHERS)).getByRole('checkbox', { name: SEEN_FATHER })).not.toBeChecked();
});

test('the brief’s resources open in a new tab at their exact addresses', async ({ openPanel }) => {
  const panel = await openPanel();
  await panel.getByRole('navigation', { name: 'Pause Point' }).getByRole('button', { name: 'Resources' }).click();
  const resources = panel.getByRole('region', { name: 'Tools and resources' });
  const expected: Record<string, string> = {
    'Using genograms in practice: Practice Tool (2021)':
      'https://www.researchinpractice.org.uk/children/publications/2021/february/using-genograms-in-practice-practice-tool-2021/',
    'Signs of Safety': 'https://cumbriasafeguardingchildren.co.uk/professionals/signsofsafety/signsofsafety.asp',
    'Safer sleeping for babies': 'https://cumbriasafeguardingchildren.co.uk/professionals/safesleeping.asp',
    'Professional curiosity guidance': 'https://cumbriasafeguardingchildren.co.uk/professionalcuriosity.asp',
  };
  for (const [title, href] of Object.entries(expected)) {
    const link = resources.getByRole('link', { name: `${title} (opens in a new tab)` });
    await expect(link).toHaveAttribute('href', href);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
  }
});

test('"Why this matters" is there on demand for each theme', async ({ openPanel }) => {
  const panel = await openPanel();
  await openCase(panel, 'WHY-1');
  const theme = await expandTheme(panel, SLEEP);
  const why = theme.getByRole('button', { name: 'Why this matters (Safer sleep advice)' });
  await expect(why).toHaveAttribute('aria-expanded', 'false');
  await expect(theme.getByText(/Never assume someone else has already given them/)).toBeHidden();
  await why.click();
  await expect(theme.getByText(/Never assume someone else has already given them/)).toBeVisible();
});

test('the whole journey works by keyboard alone', async ({ openPanel }) => {
  const panel = await openPanel();
  const caseBox = panel.getByRole('textbox', { name: 'Case reference' });
  for (let i = 0; i < 5 && !(await caseBox.evaluate((el) => el === document.activeElement)); i++) {
    await panel.keyboard.press('Tab');
  }
  await expect(caseBox).toBeFocused();
  await panel.keyboard.type('KEY-42');
  await panel.keyboard.press('Enter');
  await expect(caseHeading(panel, 'KEY-42')).toBeFocused();
  // The case opens on a moment's list: Tab past the case and moment controls to its first question.
  const first = panel.getByRole('checkbox', { name: ivyQuestion('fathers-other-men') });
  for (let i = 0; i < 10 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
    await panel.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  await panel.keyboard.press('Space');
  await expect(first).toBeChecked();
  await panel.keyboard.press('Tab');
  await panel.keyboard.press('Enter'); // N/A, on the same question's row
  await expect(first).toBeDisabled();
  // A theme's prompts, by keyboard: All prompts, then open the first theme.
  await momentSelect(panel).focus();
  await momentSelect(panel).selectOption({ label: 'All prompts' });
  const firstTheme = panel.getByRole('button', { name: /^A parent’s own history/ });
  for (let i = 0; i < 10 && !(await firstTheme.evaluate((el) => el === document.activeElement)); i++) {
    await panel.keyboard.press('Tab');
  }
  await expect(firstTheme).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(firstTheme).toHaveAttribute('aria-expanded', 'true');
});

test('axe finds no accessibility violations at 360 px, in light and dark', async ({ openPanel }) => {
  // Several axe runs in two colour schemes: a minute, on a busy 2-core machine.
  test.setTimeout(60_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    const panel = await openPanel({ width: 360 });
    await panel.emulateMedia({ colorScheme });
    const empty = await new AxeBuilder({ page: panel })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(empty.violations, `${colorScheme}, no case open`).toEqual([]);

    await openCase(panel, `AXE-${colorScheme}`);
    await chooseMoment(panel, 'All prompts');
    await panel.getByRole('button', { name: 'Expand all themes' }).click();
    await panel.getByRole('button', { name: 'Why this matters (Safer sleep advice)' }).click();
    await panel.getByRole('checkbox', { name: SEEN_FATHER }).check();
    await panel.getByRole('button', { name: ivyNaButton('sleep-seen') }).click();
    const open = await new AxeBuilder({ page: panel })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(open.violations, `${colorScheme}, case open`).toEqual([]);
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await panel.getByRole('button', { name: 'Reset this case' }).click();
    const dialog = await new AxeBuilder({ page: panel })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(dialog.violations, `${colorScheme}, reset dialog`).toEqual([]);
    await panel.close();
  }
});

test('clicking the toolbar button opens the side panel', async ({ context, extensionId }) => {
  // The background sets "open the panel on a toolbar click" as it starts; wait until it has.
  const probe = await openSettings(context, extensionId);
  await expect
    .poll(() => probe.evaluate(async () => (await chrome.sidePanel.getPanelBehavior()).openPanelOnActionClick))
    .toBe(true);
  await probe.close();
  const page = await context.newPage();
  await page.goto('data:text/html,<title>Case system</title><h1>Case system</h1>');
  const browserSession = await context.browser()?.newBrowserCDPSession();
  if (!browserSession) throw new Error('No browser-level CDP session');
  // The action needs the tab itself, a target type Target.getTargets lists only when asked.
  const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url.startsWith('data:'));
  if (!tab) throw new Error('The test tab has no target');
  const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
  const panelTargets = async () =>
    (await browserSession.send('Target.getTargets')).targetInfos.filter((t) => t.url.startsWith(panelUrl));
  expect(await panelTargets()).toEqual([]);
  await browserSession.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  await expect.poll(async () => (await panelTargets()).length).toBe(1);
});
