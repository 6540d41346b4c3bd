// `npm run screenshot`: the README's picture. The real side panel beside the fictional demo case
// system in Chromium at 1440 × 900, as a practitioner sees it (a whole-screen capture, so the
// browser's own side panel is in it). Needs a display: run it as `xvfb-run -a -s "-screen 0
// 1440x900x24" npm run screenshot` on a machine without one, and ImageMagick's `import`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, extensionArgs } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';

const extension = resolve('.output/chrome-mv3-demo');
const profile = mkdtempSync(join(tmpdir(), 'pause-point-screenshot-'));
const demo = await startDemoServer(4321);
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  headless: false,
  viewport: null,
  ignoreDefaultArgs: ['--enable-automation', '--disable-extensions'],
  args: [
    ...extensionArgs(extension),
    '--no-sandbox',
    '--test-type', // no "unsupported command-line flag" bar over the page
    '--window-position=0,0',
    '--window-size=1440,900',
    '--disable-gpu',
  ],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = worker.url().split('/')[2];
  for (let i = 0; i < 50; i++) {
    if ((await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length > 0) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  // A visit already under way: three questions confirmed and one not applicable.
  await worker.evaluate((now) => {
    const answers = {};
    for (const id of ['fathers-seen', 'sleep-seen', 'sleep-advice-given']) answers[id] = { state: 'done', at: now };
    answers['substances-prescribers'] = { state: 'na', at: now };
    return chrome.storage.local.set({
      caseIndex: { 'DEMO-1001': now },
      'case:DEMO-1001': {
        ref: 'DEMO-1001',
        packId: 'cscp-ivy',
        packVersion: '1.1.0',
        resetAt: 0,
        answers,
        view: { moment: 'visit', virtual: false, at: now },
      },
    });
  }, Date.now());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${demo.origin}/cases/DEMO-1001`);
  const session = await context.browser()?.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url.startsWith(demo.origin));
  await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  await new Promise((done) => setTimeout(done, 2500));
  // Widen the panel to 400 px by its edge, as a practitioner can (Chrome opens it narrower).
  // The gap between the page and the panel is the handle, 372 px in from the right here.
  const edge = 1440 - 376;
  for (const args of [
    ['mousemove', String(edge), '450'],
    ['mousedown', '1'],
    ['mousemove', String(edge - 20), '450'],
    ['mousemove', String(edge - 64), '450'],
    ['mouseup', '1'],
  ]) {
    execFileSync('xdotool', args);
    await new Promise((done) => setTimeout(done, 150));
  }
  // The address bar keeps focus after navigating; a click on the record takes it, as a person's would.
  await page.getByRole('heading', { name: 'Case DEMO-1001' }).click();
  await new Promise((done) => setTimeout(done, 300));
  execFileSync('import', ['-window', 'root', '-crop', '1440x900+0+0', resolve('docs/side-panel.png')]);
  console.log('Wrote docs/side-panel.png');
} finally {
  await context.close();
  await demo.close();
  rmSync(profile, { recursive: true, force: true });
}
