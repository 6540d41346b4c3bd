// `npm start`: builds Pause Point and opens it in Chromium, ready to use.
// The browser keeps its profile in .pause-point-profile/ so answers survive a restart.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const extension = resolve('.output/chrome-mv3');
const profile = resolve('.pause-point-profile');

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const howToLoad = `
To load it by hand in Chrome or Edge:
  1. Open chrome://extensions (Edge: edge://extensions) and turn on Developer mode.
  2. Choose "Load unpacked" and pick the folder ${extension}
  3. Pin Pause Point from the extensions (puzzle piece) menu, then click it or press Alt+Shift+P.`;

if (!existsSync(chromium)) {
  console.log(
    `\nBuilt Pause Point in ${extension}.\nNo Chromium at ${chromium} (set CHROMIUM_PATH to use another).${howToLoad}`,
  );
  process.exit(0);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`\nBuilt Pause Point in ${extension}.\nThere is no display here to open a browser on.${howToLoad}`);
  process.exit(0);
}

console.log(
  '\nOpening Chromium with Pause Point. Click its toolbar button, or press Alt+Shift+P, to open the side panel.',
);
const browser = spawn(
  chromium,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--no-default-browser-check',
    'about:blank',
  ],
  { stdio: 'ignore', detached: true },
);
browser.unref();
