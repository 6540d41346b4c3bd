// `npm run screenshot`: the README's picture. The real side panel, at the width Chromium opens
// it, beside the fictional demo case system on a 1280 × 720 screen, as a practitioner sees it (a
// whole-screen capture, so the browser's own side panel is in it). Needs a display: run it as
// `xvfb-run -a -s "-screen 0 1280x720x24" npm run screenshot` on a machine without one, and
// ImageMagick's `import`.
//
// SCREEN=1366x768 takes another screen size; COUNT=1 writes no picture but prints, for each
// moment, how many of its questions are wholly in view in the real panel (read from the panel's
// own page over the DevTools protocol). OTHER_TAB=file.png then opens, in a new tab, a page
// Pause Point does not read (the demo at `localhost`, a site not turned on) and captures the
// screen again: the panel should say whose case it shows, and where it came from.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, extensionArgs, inSidePanel } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';

const extension = resolve('.output/chrome-mv3-demo');
const [screenWidth, screenHeight] = (process.env.SCREEN ?? '1280x720').split('x').map(Number);
const count = process.env.COUNT === '1';
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
    `--window-size=${screenWidth},${screenHeight}`,
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
        packVersion: '1.3.0',
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
  if (count) {
    console.log(await countInView(session, extensionId));
    process.exitCode = 0;
  }
  // The address bar keeps focus after navigating; a click on the record takes it, as a person's would.
  await page.getByRole('heading', { name: 'Case DEMO-1001' }).click();
  await new Promise((done) => setTimeout(done, 300));
  if (!count) {
    execFileSync('import', [
      '-window',
      'root',
      '-crop',
      `${screenWidth}x${screenHeight}+0+0`,
      resolve('docs/side-panel.png'),
    ]);
    console.log('Wrote docs/side-panel.png');
  }
  if (process.env.OTHER_TAB) {
    const other = await context.newPage();
    await other.goto(`${demo.origin.replace('127.0.0.1', 'localhost')}/cases/DEMO-1003`);
    await other.getByRole('heading', { name: 'Case DEMO-1003' }).click();
    await new Promise((done) => setTimeout(done, 1500));
    execFileSync('import', [
      '-window',
      'root',
      '-crop',
      `${screenWidth}x${screenHeight}+0+0`,
      resolve(process.env.OTHER_TAB),
    ]);
    console.log(`Wrote ${process.env.OTHER_TAB}`);
  }
} finally {
  await context.close();
  await demo.close();
  rmSync(profile, { recursive: true, force: true });
}

/** For each moment (and the conference by video), the questions wholly in view of all it has. */
async function countInView(session, extensionId) {
  const moments = ['conference', 'conference+video', 'visit', 'change', 'disagreement', 'supervision'];
  const lines = [];
  for (const moment of moments) {
    const [id, video] = moment.split('+');
    const seen = await inSidePanel(
      session,
      extensionId,
      `(async () => {
        const select = document.querySelector('#moment');
        select.value = '${id}';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((done) => setTimeout(done, 400));
        const virtual = document.querySelector('#moment-virtual');
        if (virtual && virtual.checked !== ${video === 'video'}) virtual.click();
        await new Promise((done) => setTimeout(done, 400));
        const rows = [...document.querySelectorAll('ol.moment-list > li')];
        const inView = rows.filter((row) => row.getBoundingClientRect().bottom <= innerHeight).length;
        return innerWidth + '×' + innerHeight + ' ${moment}: ' + inView + ' of ' + rows.length;
      })()`,
    );
    lines.push(seen);
  }
  return lines.join('\n');
}
