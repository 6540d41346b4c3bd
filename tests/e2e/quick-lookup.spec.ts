import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { caseHeading, expect, openCase, openSettings, test, WCAG } from './fixtures';

/**
 * Pixels between a focused element's focus ring (outline and box-shadow, drawn inside or
 * outside its edge) and its first text, on the left and at the top. Zero or less: the ring
 * touches or covers the text.
 */
function ringGap(panel: Page, selector: string) {
  return panel.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    const text = el?.querySelector('h2');
    if (!el || !text) return null;
    const style = getComputedStyle(el);
    // How far the ring reaches inward from the element's edge (negative: it starts outside).
    const outlineIn = style.outlineStyle === 'none' ? -Infinity : -Number.parseFloat(style.outlineOffset);
    const shadowIn =
      style.boxShadow === 'none'
        ? -Infinity
        : Math.max(
            ...style.boxShadow.split(/,(?![^(]*\))/).map((shadow) => {
              const lengths = shadow.match(/-?[\d.]+px/g)?.map(Number.parseFloat) ?? [];
              return shadow.includes('inset') ? (lengths[3] ?? 0) : 0;
            }),
          );
    const inward = Math.max(outlineIn, shadowIn, 0);
    const box = el.getBoundingClientRect();
    // The text itself, not the heading's box: a heading's margin is not space the ring leaves.
    const range = document.createRange();
    range.selectNodeContents(text);
    const words = range.getBoundingClientRect();
    return {
      focusVisible: el.matches(':focus-visible'),
      left: words.left - box.left - inward,
      top: words.top - box.top - inward,
    };
  }, selector);
}

async function openResources(panel: Page) {
  await panel.getByRole('navigation', { name: 'Pause Point' }).getByRole('button', { name: 'Resources' }).click();
  await expect(panel.getByRole('searchbox', { name: 'Search Pause Point' })).toBeVisible();
}

/** Types a search and moves into the results with the down arrow, as by keyboard alone. */
async function searchFor(panel: Page, text: string) {
  const box = panel.getByRole('searchbox', { name: 'Search Pause Point' });
  await box.fill('');
  await box.pressSequentially(text);
  await expect(panel.getByRole('list', { name: 'Search results' })).toBeVisible();
  await box.press('ArrowDown');
}

test('searching by keyboard finds safer sleep, genograms and, with a typo, professional curiosity', async ({
  context,
  openPanel,
}) => {
  const panel = await openPanel();
  await openResources(panel);

  await searchFor(panel, 'sleep');
  await expect(panel.getByRole('button', { name: 'Safer sleep card' })).toBeFocused();
  const results = panel.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: 'Safer sleep advice (opens in a new tab)' })).toBeVisible();
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('region', { name: 'Safer sleep card' })).toBeFocused();
  // Its focus ring is plain to see and leaves room around the card's words.
  const gap = await ringGap(panel, '#safer-sleep-card');
  expect(gap?.focusVisible).toBe(true);
  expect(gap?.left).toBeGreaterThanOrEqual(6);
  expect(gap?.top).toBeGreaterThanOrEqual(6);

  await searchFor(panel, 'genogram');
  const genograms = panel
    .getByRole('link', { name: 'Using genograms in practice: Practice Tool (2021) (opens in a new tab)' })
    .first();
  await expect(genograms).toBeFocused();
  // The link opens in a new tab at its exact address (the page itself cannot load here: no network).
  const address =
    'https://www.researchinpractice.org.uk/children/publications/2021/february/using-genograms-in-practice-practice-tool-2021/';
  const opened = context.waitForEvent('page');
  const requested = context.waitForEvent('request', (request) => request.url() === address);
  await panel.keyboard.press('Enter');
  const tab = await opened;
  expect((await requested).url()).toBe(address);
  expect(tab).not.toBe(panel);
  await tab.close();

  await searchFor(panel, 'curious');
  await expect(
    results.getByRole('link', { name: 'Professional curiosity guidance (opens in a new tab)' }),
  ).toBeVisible();
  await panel.keyboard.press('ArrowDown');
  await panel.keyboard.press('ArrowUp');
  await panel.keyboard.press('ArrowUp');
  await expect(panel.getByRole('searchbox', { name: 'Search Pause Point' })).toBeFocused();
});

test('a prompt found by search takes the practitioner to its theme in the open case', async ({ openPanel }) => {
  const panel = await openPanel();
  await openCase(panel, 'LOOKUP-1');
  await openResources(panel);
  await searchFor(panel, 'ground rules');
  await panel.keyboard.press('Enter');
  await expect(caseHeading(panel, 'LOOKUP-1')).toBeVisible();
  await expect(panel.getByRole('button', { name: /^Key meetings held by video or telephone/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(panel.getByRole('checkbox', { name: /ground rules/ }).first()).toBeVisible();
});

test('every resource is grouped, with its publisher, and opens at its exact address in a new tab', async ({
  openPanel,
}) => {
  const panel = await openPanel();
  await openResources(panel);
  const resources = panel.getByRole('region', { name: 'Tools and resources' });
  for (const group of ['Safer sleep', 'Local procedures', 'Practice tools', 'National reviews']) {
    await expect(resources.getByRole('heading', { level: 3, name: group })).toBeVisible();
  }
  const national = resources.getByRole('list', { name: 'National reviews' });
  await expect(national.getByRole('link')).toHaveCount(2);
  for (const link of await resources.getByRole('link').all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
    await expect(link).toHaveAttribute('href', /^https:\/\//);
  }
  await expect(resources.getByRole('link', { name: 'Safer sleep advice (opens in a new tab)' })).toHaveAttribute(
    'href',
    'https://www.lullabytrust.org.uk/safer-sleep-advice/',
  );
});

test('the safer sleep card reads offline, each fact with its source and the date it was checked', async ({
  context,
  openPanel,
}) => {
  await context.setOffline(true);
  const panel = await openPanel();
  await openResources(panel);
  const card = panel.getByRole('region', { name: 'Safer sleep card' });
  // The "never" list comes first on the card, open; the other groups are folded, opened by choice.
  await expect(card.getByRole('heading', { level: 3 }).first()).toHaveText('Never sleep with a baby');
  const toggles = card.getByRole('button');
  await expect(toggles.first()).toHaveAttribute('aria-expanded', 'true');
  await expect(card.getByText('on a sofa or in an armchair, at any time', { exact: false }).first()).toBeVisible();
  const groups = await toggles.count();
  expect(groups).toBeGreaterThan(5);
  for (let i = 1; i < groups; i++) {
    await expect(toggles.nth(i)).toHaveAttribute('aria-expanded', 'false');
    await toggles.nth(i).click();
    await expect(toggles.nth(i)).toHaveAttribute('aria-expanded', 'true');
  }
  await expect(card).toContainText('Lie the baby on their back for every sleep, day and night.');
  await expect(card).toContainText('for at least the first six months');
  await expect(card).not.toContainText('for the first six months');
  await expect(card).toContainText('on a sofa or in an armchair, at any time');
  await expect(card).toContainText('when the baby was born early (before 37 weeks) or small (2.5 kg, 5½ lb, or less);');
  await expect(card).toContainText('no other children or pets in the bed.');
  await expect(card).toContainText('Checked 5 Dec 2026.');
  // Each list of facts is followed by its source, named once for the list. The card shows beside
  // every pack, so the brief its own asks come from is named: "the brief" would be the case's.
  const lists = await card.getByRole('list').all();
  expect(lists.length).toBeGreaterThan(3);
  for (const list of lists) {
    const source = list.locator('xpath=following-sibling::p[1]');
    await expect(source).toHaveText(
      /^From (national guidance: (The Lullaby Trust|NICE guideline NG194|Child Safeguarding Practice Review Panel|PAGB)|the Cumbria “Ivy” learning brief, sections? “).*, checked \d{1,2} [A-Z][a-z]+ \d{4}\.$/,
    );
  }
  await expect(
    card.getByText(
      'From national guidance: The Lullaby Trust, safer sleep advice and co-sleeping advice, checked 5 Dec 2026.',
    ),
  ).toHaveCount(6);
});

test('a shortcut or the context menu can open the panel straight on the card or the search box', async ({
  context,
  extensionId,
  openPanel,
}) => {
  // The background leaves an intent, then opens the panel. Browser shortcuts and menus cannot be
  // pressed by a test (the manifest test checks they are declared), so another extension page
  // leaves the intent here, as the background would.
  const other = await openSettings(context, extensionId);
  const leave = (focus: string) =>
    other.evaluate(
      (f) => chrome.storage.session.set({ panelIntent: { view: 'resources', focus: f, at: Date.now() } }),
      focus,
    );

  await leave('safer-sleep-card');
  const panel = await openPanel();
  await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('safer-sleep-card');
  // With the panel already open, a new intent moves it too, and each intent is used once.
  await leave('search');
  await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('lookup-search');
  expect(await panel.evaluate(() => chrome.storage.session.get('panelIntent'))).toEqual({});
});

test('axe finds no violations in the resources view with search results', async ({ openPanel }) => {
  for (const width of [320, 600]) {
    const panel = await openPanel({ width });
    await openResources(panel);
    await panel.getByRole('searchbox', { name: 'Search Pause Point' }).fill('sleep');
    await expect(panel.getByRole('list', { name: 'Search results' })).toBeVisible();
    expect((await new AxeBuilder({ page: panel }).withTags(WCAG).analyze()).violations, `${width}px`).toEqual([]);
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await panel.close();
  }
});
