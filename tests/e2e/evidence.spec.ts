import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ivyPack } from '../../content/ivy';
import { escapeRegExp } from '../../core/cue-text';
import { momentItems } from '../../core/moments';
import { chooseMoment, expect, openCase, openSettings, storedData, test, WCAG } from './fixtures';

const visit = momentItems(ivyPack, 'visit', false).map((i) => i.prompt);
const conference = momentItems(ivyPack, 'conference', false).map((i) => i.prompt);
const CASES = ['EVID-1001', 'EVID-1002', 'EVID-1003'];

async function noViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    where,
  ).toEqual([]);
}

/** A question's checkbox is named by its short line in a moment's list (the full question is its description). */
function lineOf(prompt: { text: string; short?: string }): string {
  return prompt.short ?? prompt.text;
}

async function tick(panel: Page, text: string) {
  await panel.getByRole('checkbox', { name: text, exact: true }).check();
}

async function notApplicable(panel: Page, text: string) {
  await panel.getByRole('button', { name: `N/A (not applicable): ${text}`, exact: true }).click();
}

/** Ticks across three cases and two moments, as a practitioner would in a month. */
async function practise(panel: Page) {
  const [a, b, c] = visit as [(typeof visit)[0], (typeof visit)[0], (typeof visit)[0]];
  await openCase(panel, CASES[0] as string);
  await chooseMoment(panel, 'Recording a visit or contact');
  await tick(panel, lineOf(a));
  await tick(panel, lineOf(b));
  await notApplicable(panel, lineOf(c));
  // Changing its mind in the same month: the case still counts once, by its latest state.
  await panel.getByRole('checkbox', { name: lineOf(b), exact: true }).uncheck();
  await openCase(panel, CASES[1] as string);
  await chooseMoment(panel, 'Recording a visit or contact');
  await tick(panel, lineOf(a));
  await openCase(panel, CASES[2] as string);
  await chooseMoment(panel, 'Before a conference or core group');
  await tick(panel, lineOf(conference[0] as (typeof conference)[0]));
}

/** A generated snapshot, as another practitioner's device would save it. */
function generated(n: number, moments: Record<string, { checks: number; questions: Record<string, number[]> }>) {
  const month = new Date();
  return {
    name: `generated-${n}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'pause-point-learning-snapshot',
        version: 1,
        id: (1000 + n).toString(16).padStart(32, '0'),
        months: [
          {
            month: `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, '0')}`,
            packs: [{ packId: 'cscp-ivy', version: ivyPack.version, moments }],
          },
        ],
      }),
    ),
  };
}

test('ticks become “Your practice” figures, a snapshot holds no case reference, and the report pools it with others, withholding what fewer than 5 practitioners stand behind', async ({
  context,
  extensionId,
  openPanel,
}) => {
  test.setTimeout(90_000);
  const panel = await openPanel({ width: 400 });
  await practise(panel);

  // Your practice, in the Supervision view.
  await panel.getByRole('navigation', { name: 'Pause Point' }).getByRole('button', { name: 'Supervision' }).click();
  const practice = panel.getByRole('region', { name: 'Your practice' });
  await expect(practice.getByText(/Counting is on/)).toBeVisible();
  const table = practice.getByRole('table', { name: /last 3 months, by moment/ });
  const perCheck = visit.length;
  // Two visit checks: case 1 with one considered, one N/A; case 2 with one considered.
  const share = (n: number) => `${Math.round((n / (2 * perCheck)) * 100)}%`;
  await expect(table.getByRole('row', { name: /Recording a visit/ }).getByRole('cell')).toHaveText([
    '2',
    share(2),
    share(1),
    share(2 * perCheck - 3),
  ]);
  await expect(
    table
      .getByRole('row', { name: /Before a conference/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('1');
  await expect(
    practice.getByRole('region', { name: /Recording a visit.*2 checks/ }).getByRole('heading', {
      name: 'Most often marked not applicable',
    }),
  ).toBeVisible();

  // Storage: the counts hold no case reference (the case's own record of what it added is under its reference, and goes with it).
  const stored = await storedData(panel);
  const counts = Object.entries(stored).filter(([key]) => key.startsWith('counts:'));
  expect(counts).toHaveLength(1);
  for (const ref of CASES) expect(JSON.stringify(counts)).not.toContain(ref);

  // Save a learning snapshot from Settings, previewed in words first.
  const settings = await openSettings(context, extensionId);
  const counting = settings.getByRole('region', { name: 'Counting, for supervision and your partnership' });
  const preview = counting.getByRole('list', { name: 'What the file will hold' });
  await expect(preview).toContainText('2 checks at “Recording a visit or contact”');
  await expect(preview).toContainText('No case references');
  const downloading = settings.waitForEvent('download');
  await counting.getByRole('button', { name: 'Save the snapshot' }).click();
  const download = await downloading;
  const text = readFileSync((await download.path()) as string, 'utf8');
  for (const ref of CASES) expect(text).not.toContain(ref);
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

  // The partnership report, reached from Settings, pools it with generated snapshots.
  const opening = context.waitForEvent('page');
  await counting.getByRole('button', { name: 'Open the partnership report' }).click();
  const report = await opening;
  await expect(report.getByRole('heading', { level: 1, name: 'Partnership report' })).toBeVisible();
  const v0 = visit[0]?.id as string;
  const c0 = conference[0]?.id as string;
  const others = [1, 2, 3, 4, 5].map((n) =>
    generated(n, {
      visit: { checks: 4, questions: { [v0]: [4, 0, 0] } },
      ...(n <= 2 ? { conference: { checks: 1, questions: { [c0]: [0, 0, 1] } } } : {}),
    }),
  );
  await report.getByLabel('Open learning snapshots').setInputFiles([
    { name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) },
    ...others,
    // The same file twice counts once; a hostile one is refused with its reason.
    others[0] as (typeof others)[0],
    {
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"pause-point-learning-snapshot","version":1,"__proto__":{}}'),
    },
  ]);
  const summary = report.getByRole('status').filter({ hasText: 'snapshots pooled' });
  await expect(summary).toContainText('6 snapshots pooled (1 copy of the same snapshot counted once)');
  await expect(report.getByRole('alert')).toContainText('hostile.json: it contains names that are not allowed.');
  // Visits: six practitioners, shown. Conferences: three, withheld.
  const visits = report.getByRole('region', { name: 'Recording a visit or contact' });
  await expect(visits.getByText(/^6 practitioners, 22 checks: /)).toBeVisible();
  const question = visits
    .getByRole('table', { name: 'Questions: Recording a visit or contact' })
    .getByRole('row', { name: new RegExp(`^${escapeRegExp(visit[0]?.short ?? '')}`) });
  // 4 × 5 generated considered, and 2 of the practitioner's own: 22 of 22.
  await expect(question.getByRole('cell')).toHaveText(['6', '22', '100%', '0%', '0%']);
  const conferences = report.getByRole('region', { name: 'Before a conference or core group' });
  await expect(
    conferences.getByText(/^3 practitioners, 3 checks: withheld, fewer than 5 practitioners\.$/),
  ).toBeVisible();
  await expect(summary).toContainText(/[1-9]\d* figures? withheld: fewer than 5 practitioners/);
  await expect(report.locator('.plot-chart svg').first()).toBeVisible();

  // CSV for the yearly report.
  const csvDownload = report.waitForEvent('download');
  await report.getByRole('button', { name: 'Export as CSV' }).click();
  const csv = readFileSync((await (await csvDownload).path()) as string, 'utf8');
  expect(csv).toContain('"withheld (fewer than 5 practitioners)"');
  for (const ref of CASES) expect(csv).not.toContain(ref);

  // Every new view passes axe, light and dark.
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [page, where] of [
      [panel, 'Your practice'],
      [settings, 'settings: counting and snapshot'],
      [report, 'partnership report'],
    ] as const) {
      await page.emulateMedia({ colorScheme });
      await noViolations(page, `${where}, ${colorScheme}`);
    }
  }
});

test('turned off in Settings, nothing more is counted and Your practice says so', async ({
  context,
  extensionId,
  openPanel,
}) => {
  const settings = await openSettings(context, extensionId);
  const box = settings.getByRole('checkbox', { name: 'Count which questions I consider' });
  await box.uncheck();
  const panel = await openPanel();
  await openCase(panel, 'EVID-2001');
  await chooseMoment(panel, 'Recording a visit or contact');
  await tick(panel, lineOf(visit[0] as (typeof visit)[0]));
  await panel.getByRole('navigation', { name: 'Pause Point' }).getByRole('button', { name: 'Supervision' }).click();
  await expect(panel.getByRole('region', { name: 'Your practice' })).toContainText('Counting is off.');
  // Turned on again, the next case is counted, and the one ticked while it was off is not.
  await box.check();
  await panel.getByRole('navigation', { name: 'Pause Point' }).getByRole('button', { name: 'Checklist' }).click();
  await openCase(panel, 'EVID-2002');
  await chooseMoment(panel, 'Recording a visit or contact');
  await tick(panel, lineOf(visit[0] as (typeof visit)[0]));
  await expect.poll(async () => Object.keys(await storedData(panel)).includes('counted:EVID-2002')).toBe(true);
  const keys = Object.keys(await storedData(panel));
  expect(keys).not.toContain('counted:EVID-2001');
  const month = Object.entries(await storedData(panel)).find(([key]) => key.startsWith('counts:'))?.[1];
  expect(JSON.stringify(month)).toMatch(/"checks":1\b/);
});

test('Pack studio leads to the partnership report', async ({ context, extensionId }) => {
  const studio = await context.newPage();
  await studio.goto(`chrome-extension://${extensionId}/studio.html`);
  await studio.getByRole('link', { name: 'Open the partnership report' }).click();
  await expect(studio.getByRole('heading', { level: 1, name: 'Partnership report' })).toBeVisible();
});
