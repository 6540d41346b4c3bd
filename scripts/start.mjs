// `npm start`: builds Pause Point's demo build, serves the fictional demo case system on
// 127.0.0.1:4321, and opens Chromium with the case page and the Pause Point side panel beside
// it. The demo build is the only one (with the test build) that comes with the local demo
// site enabled; release builds never do. The browser keeps its profile in
// .pause-point-profile/ so answers survive a restart.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, extensionArgs } from './chromium.mjs';
import { desktopArgs, markProfileClosedCleanly } from './chromium-profile.mjs';
import { startDemoServer } from './demo-server.mjs';

const extension = resolve('.output/chrome-mv3-demo');
const profile = resolve('.pause-point-profile');

const build = spawnSync('npx', ['wxt', 'build', '--mode', 'demo'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const howToLoad = `
To load Pause Point by hand in Chrome or Edge:
  1. Open chrome://extensions (Edge: edge://extensions) and turn on Developer mode.
  2. Choose "Load unpacked" and pick the folder ${resolve('.output/chrome-mv3')} (after npm run build).
  3. Pin Pause Point from the extensions (puzzle piece) menu, then click it or press Alt+Shift+1.`;

if (!existsSync(CHROMIUM_PATH)) {
  console.log(`\nNo Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH to use another).${howToLoad}`);
  process.exit(0);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`\nThere is no display here to open a browser on.${howToLoad}`);
  process.exit(0);
}

const demo = await startDemoServer(4321);
markProfileClosedCleanly(profile);
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  headless: false,
  viewport: null,
  // Playwright would kill Chromium on Ctrl+C; the handlers below close it instead.
  handleSIGINT: false,
  handleSIGTERM: false,
  ignoreDefaultArgs: ['--enable-automation', '--disable-extensions'],
  args: [...extensionArgs(extension), ...desktopArgs()],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = worker.url().split('/')[2];
// On first run the demo build enables the demo site as it installs; wait for that to finish so
// the case page opens with Pause Point already reading it.
for (let i = 0; i < 50; i++) {
  const registered = await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  if (registered.length > 0) break;
  await new Promise((done) => setTimeout(done, 100));
}
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${demo.origin}/cases/DEMO-1001`);

// Open the side panel beside the case page, as a click on the toolbar button would.
try {
  const session = await context.browser()?.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url.startsWith(demo.origin));
  if (tab) await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
} catch {
  console.log('Click the Pause Point button in the toolbar (or press Alt+Shift+1) to open the side panel.');
}
console.log(`\nPause Point is open beside the demo case system at ${demo.origin}/cases/DEMO-1001.`);
console.log('Close the browser window to stop.');
context.on('close', () => void demo.close().then(() => process.exit(0)));
// Ctrl+C: close Chromium through Playwright's close rather than a kill, then the demo server.
// (Chromium still records such a stop as a crash; markProfileClosedCleanly covers the next start.)
process.once('SIGINT', () => void context.close());
process.once('SIGTERM', () => void context.close());
