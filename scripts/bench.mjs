// `npm run bench`: measures the built side panel in headless Chromium and prints medians.
// A benchmark, not a test: it reports timings and sizes, it never fails on them.

import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extensionIdOf, launchWithExtension } from './chromium.mjs';
import { sizeReport } from './sizes.mjs';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function withExtension(fn) {
  const context = await launchWithExtension(EXTENSION_DIR);
  try {
    return await fn(context, await extensionIdOf(context));
  } finally {
    await context.close();
  }
}

/** Stores `count` cases of 30 answers each, and leaves the first one open. */
function seed(count) {
  const now = Date.now();
  const data = { schemaVersion: 1, caseIndex: {}, panel: { openCase: 'BENCH-0' } };
  const answers = {};
  for (const id of ['history-read', 'fathers-seen', 'sleep-seen', 'substances-explored', 'optimism-curious']) {
    answers[id] = { state: 'done', at: now };
  }
  for (let i = 0; i < count; i++) {
    const ref = `BENCH-${i}`;
    data.caseIndex[ref] = now - i;
    data[`case:${ref}`] = { ref, packId: 'cscp-ivy', packVersion: '1.0.0', resetAt: 0, answers };
  }
  return data;
}

async function panelLoad(context, id, cases) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/sidepanel.html`);
  await page.evaluate((data) => chrome.storage.local.clear().then(() => chrome.storage.local.set(data)), seed(cases));
  const panel = [];
  const blank = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`chrome-extension://${id}/sidepanel.html`);
    await page.getByRole('heading', { name: 'Checklist for case BENCH-0' }).waitFor();
    panel.push(await page.evaluate(() => performance.getEntriesByName('pause-point:interactive')[0].startTime));
    // A blank page of the same extension, for the browser's own cost of opening an extension page.
    await page.goto(`chrome-extension://${id}/manifest.json`);
    blank.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd));
  }
  await page.close();
  return { panel: median(panel), blank: median(blank) };
}

async function tickToSaved(context, id) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/sidepanel.html`);
  await page.getByRole('button', { name: 'Expand all themes' }).click();
  const times = [];
  for (let i = 0; i < RUNS * 2; i++) {
    times.push(
      await page.evaluate(
        () =>
          new Promise((done) => {
            const box = document.getElementById('prompt-fathers-seen');
            const start = performance.now();
            const listener = () => {
              chrome.storage.onChanged.removeListener(listener);
              done(performance.now() - start);
            };
            chrome.storage.onChanged.addListener(listener);
            box.click();
          }),
      ),
    );
  }
  await page.close();
  return { median: median(times), p95: percentile(times, 95) };
}

const results = await withExtension(async (context, id) => {
  const one = await panelLoad(context, id, 1);
  const many = await panelLoad(context, id, 500);
  const tick = await tickToSaved(context, id);
  return { one, many, tick };
});

const size = sizeReport(EXTENSION_DIR);
const ms = (x) => `${x.toFixed(1)} ms`;
const table = [
  ['side panel: navigation to interactive, 1 stored case', ms(results.one.panel)],
  ['blank extension page, same run', ms(results.one.blank)],
  ['  ratio panel / blank', (results.one.panel / results.one.blank).toFixed(2)],
  ['side panel: navigation to interactive, 500 stored cases', ms(results.many.panel)],
  ['  ratio 500 cases / 1 case', (results.many.panel / results.one.panel).toFixed(2)],
  ['tick to saved in storage, median', ms(results.tick.median)],
  ['tick to saved in storage, 95th percentile', ms(results.tick.p95)],
  ...Object.entries(size).map(([entry, s]) => [
    `size: ${entry} JS+CSS`,
    `${(s.raw / 1024).toFixed(1)} KB raw, ${(s.gzip / 1024).toFixed(1)} KB gzip`,
  ]),
];
const width = Math.max(...table.map(([k]) => k.length));
console.log(`\nPause Point benchmark (medians of ${RUNS} runs, headless Chromium)\n`);
for (const [k, v] of table) console.log(`${k.padEnd(width)}  ${v}`);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ runs: RUNS, date: new Date().toISOString(), ...results, size }, null, 2)}\n`,
);
console.log('\nWritten to bench/results.json');
