/**
 * Two real partnerships' reviews side by side, as a new user tries them (issue 23): packs
 * written for Pause Point from City & Hackney's "Child Q" review and Devon's thematic review of
 * child neglect (docs/examples/), added on the settings page from their files and used on two
 * cases of the demo case system. SHOTS=dir writes what the 360 × 585 panel shows for each.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { momentTitle } from '../../core/moments';
import { checkPack } from '../../core/pack/file';
import type { Pack } from '../../core/pack/schema';
import {
  addPack,
  caseHeading,
  chooseMoment,
  choosePack,
  enabledDemo,
  expect,
  openSettings,
  storedData,
  test,
} from './fixtures';

const example = (name: string): Pack => JSON.parse(readFileSync(resolve('docs/examples', name), 'utf8'));
const childQ = example('child-q-pack.json');
const devon = example('devon-neglect-pack.json');

const lines = (pack: Pack, moment: string) => {
  const prompts = new Map(pack.themes.flatMap((t) => t.prompts).map((p) => [p.id, p]));
  const list = pack.moments?.find((m) => m.id === moment)?.promptIds ?? [];
  return list.map((id) => prompts.get(id)?.short ?? prompts.get(id)?.text ?? id);
};

/**
 * Every line of the moment's list is a checkbox wholly inside the panel, and the case line's
 * pack name is never drawn over its case reference.
 */
async function wholeListInView(panel: Page, pack: Pack, moment: string) {
  await chooseMoment(panel, momentTitle(moment as never));
  const ref = await panel.locator('#checklist-heading .case-ref').boundingBox();
  const named = await panel.getByRole('button', { name: `Learning pack: ${pack.title} (change)` }).boundingBox();
  expect(
    (ref?.x ?? 0) + (ref?.width ?? 0),
    `${pack.title}: the case reference ends before the pack's name`,
  ).toBeLessThanOrEqual(named?.x ?? 0);
  const expected = lines(pack, moment);
  expect(expected.length).toBeGreaterThanOrEqual(5);
  await expect(panel.getByRole('list', { name: /: prompts$/ }).getByRole('checkbox')).toHaveCount(expected.length);
  for (const line of expected) {
    const box = await panel.getByRole('checkbox', { name: line, exact: true }).boundingBox();
    expect(box, line).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0), `${pack.title}, ${moment}: “${line}” in view`).toBeLessThanOrEqual(585);
  }
  if (process.env.SHOTS) await panel.screenshot({ path: `${process.env.SHOTS}/${pack.id}-${moment}.png` });
}

test('both example packs pass every check a pack file is given', () => {
  for (const pack of [childQ, devon]) {
    const checked = checkPack(pack, new Set());
    expect(checked.ok ? [] : checked.problems, pack.id).toEqual([]);
  }
});

test('two real partnerships’ packs, added from their files, side by side on two cases of the demo case system', async ({
  context,
  extensionId,
  openPanel,
  demoOrigin,
}) => {
  test.setTimeout(60_000);
  const settings = await openSettings(context, extensionId);
  await addPack(settings, childQ);
  await addPack(settings, devon);
  await settings.close();
  const { demo, panel } = await enabledDemo(context, openPanel, demoOrigin, 'DEMO-1002');
  await panel.setViewportSize({ width: 360, height: 585 });

  await choosePack(panel, `${childQ.title} (${childQ.version})`);
  await expect(panel.getByRole('button', { name: `Learning pack: ${childQ.title} (change)` })).toBeVisible();
  await panel.getByRole('button', { name: 'Dismiss message' }).click();
  for (const moment of ['supervision', 'disagreement']) await wholeListInView(panel, childQ, moment);
  await panel.getByRole('checkbox', { name: 'Other agency’s plan and reasons asked?' }).check();
  await expect
    .poll(async () => (await storedData(panel))['case:DEMO-1002'])
    .toMatchObject({ packId: childQ.id, answers: { 'plan-asked': { state: 'done' } } });

  await demo.bringToFront();
  await demo.getByRole('link', { name: 'Case DEMO-1003' }).click();
  await panel.bringToFront();
  await expect(caseHeading(panel, 'DEMO-1003')).toBeVisible();
  await choosePack(panel, `${devon.title} (${devon.version})`);
  await panel.getByRole('button', { name: 'Dismiss message' }).click();
  for (const moment of ['visit', 'conference']) await wholeListInView(panel, devon, moment);
  const devonTree = await panel.locator('body').ariaSnapshot();
  expect(devonTree).not.toMatch(/Ivy|Cumbria|Child Q|Hackney/);

  // Back on the first case, its own pack and its answer, with nothing of Devon's.
  await demo.bringToFront();
  await demo.getByRole('link', { name: 'Case DEMO-1002' }).click();
  await panel.bringToFront();
  await expect(caseHeading(panel, 'DEMO-1002')).toBeVisible();
  await expect(panel.getByRole('button', { name: `Learning pack: ${childQ.title} (change)` })).toBeVisible();
  await chooseMoment(panel, momentTitle('disagreement'));
  await expect(panel.getByRole('checkbox', { name: 'Other agency’s plan and reasons asked?' })).toBeChecked();
  const childQTree = await panel.locator('body').ariaSnapshot();
  expect(childQTree).not.toMatch(/Ivy|Cumbria|Devon|neglect/i);
});
