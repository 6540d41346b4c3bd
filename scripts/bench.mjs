// `npm run bench`: measures the built side panel in headless Chromium and prints medians.
// A benchmark, not a test: it reports timings and sizes, it never fails on them.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, extensionIdOf, launchWithExtension } from './chromium.mjs';
import { sizeReport } from './sizes.mjs';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
// The test build may read 127.0.0.1, where the heavy case pages are served.
const TEST_DIR = resolve('.output/chrome-mv3-test');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

// The benchmark finishes or fails with a message: a run that waits on a browser that never
// answers is stopped, and says where it was.
const LIMIT_MINUTES = Number(process.env.BENCH_LIMIT_MINUTES ?? 8);
let stage = 'starting';
setTimeout(() => {
  console.error(`Benchmark gave up after ${LIMIT_MINUTES} minutes, while ${stage}.`);
  process.exit(1);
}, LIMIT_MINUTES * 60_000).unref();

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

/**
 * A pack added from a file, the size of the Ivy pack (10 themes of 5 prompts), made from the
 * documented example, and the open case answered with it.
 */
function seedWithAddedPack() {
  const example = JSON.parse(readFileSync(resolve('docs/example-pack.json'), 'utf8'));
  const prompt = example.themes[0].prompts[0];
  const themes = Array.from({ length: 10 }, (_, t) => ({
    ...example.themes[0],
    id: `theme-${t}`,
    prompts: Array.from({ length: 5 }, (_, p) => ({ ...prompt, id: `prompt-${t}-${p}`, moments: ['conference'] })),
  }));
  const pack = {
    ...example,
    id: 'bench-pack',
    themes,
    moments: [{ id: 'conference', promptIds: themes[0].prompts.map((p) => p.id) }],
  };
  const data = seed(1);
  data['case:BENCH-0'] = { ...data['case:BENCH-0'], packId: pack.id, answers: {} };
  data[`pack:${pack.id}`] = pack;
  return data;
}

async function panelLoad(context, id, cases, data = seed(cases)) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/sidepanel.html`);
  await page.evaluate((data) => chrome.storage.local.clear().then(() => chrome.storage.local.set(data)), data);
  const panel = [];
  const blank = [];
  const phases = { code: [], data: [], render: [] };
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`chrome-extension://${id}/sidepanel.html`);
    await page.getByRole('heading', { name: /^Case BENCH-0/ }).waitFor({ timeout: 10_000 });
    const marks = await page.evaluate(() =>
      ['code-run', 'data-read', 'interactive'].map(
        (m) => performance.getEntriesByName(`pause-point:${m}`)[0].startTime,
      ),
    );
    panel.push(marks[2]);
    phases.code.push(marks[0]);
    phases.data.push(marks[1] - marks[0]);
    phases.render.push(marks[2] - marks[1]);
    // A blank page of the same extension, for the browser's own cost of opening an extension page.
    await page.goto(`chrome-extension://${id}/manifest.json`);
    blank.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd));
  }
  await page.close();
  return {
    panel: median(panel),
    blank: median(blank),
    phases: { code: median(phases.code), data: median(phases.data), render: median(phases.render) },
  };
}

/**
 * Pack studio, measured the way the panel is: navigation to interactive (its start page, with
 * the packs listed), then how long copying the Ivy pack takes to show the whole form.
 */
async function studioLoad(context, id) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  const start = [];
  const copy = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`chrome-extension://${id}/studio.html`);
    await page.getByRole('button', { name: 'Copy this pack' }).waitFor({ timeout: 10_000 });
    start.push(await page.evaluate(() => performance.getEntriesByName('pause-point:interactive')[0].startTime));
    const clicked = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Copy this pack' }).click();
    await page.getByRole('textbox', { name: 'Short name for files' }).waitFor({ timeout: 10_000 });
    copy.push((await page.evaluate(() => performance.now())) - clicked);
  }
  await page.evaluate(() => chrome.storage.local.clear());
  await page.close();
  return { start: median(start), copy: median(copy) };
}

async function tickToSaved(context, id) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/sidepanel.html`);
  // The open case shows its moment's list, where this question is.
  await page.locator('#prompt-fathers-seen').waitFor({ timeout: 10_000 });
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
            // A save that never lands is reported, not waited on for ever.
            setTimeout(() => done(Number.POSITIVE_INFINITY), 5_000);
            box.click();
          }),
      ),
    );
  }
  await page.close();
  return { median: median(times), p95: percentile(times, 95) };
}

// A heavy case page: `megabytes` of case notes with some cue words, like a long record.
function heavyPage(megabytes) {
  const note =
    '<p>Home visit completed. Mother said the baby sleeps in the cot; dad was at work. ' +
    'The partner agency was told and the plan was reviewed at the core group meeting.</p>\n';
  const body = note.repeat(Math.ceil((megabytes * 1_000_000) / note.length));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Case HEAVY-1</title></head><body><main>${body}</main></body></html>`;
}

async function heavyServer() {
  const pages = { 1: heavyPage(1), 5: heavyPage(5) };
  const server = createServer((request, response) => {
    const size = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('mb') ?? '1';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(pages[size] ?? pages[1]);
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

async function loadTimes(context, url) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    times.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd));
    await page.close();
  }
  return median(times);
}

/** Page load of heavy case pages with no extension, and with Pause Point reading the site. */
async function heavyPages() {
  const server = await heavyServer();
  try {
    // The same browser and flags as the extension runs use, without the extension.
    const plainContext = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const without = {
      1: await loadTimes(plainContext, `${server.origin}/cases/HEAVY-1?mb=1`),
      5: await loadTimes(plainContext, `${server.origin}/cases/HEAVY-1?mb=5`),
    };
    await plainContext.close();

    const context = await launchWithExtension(TEST_DIR);
    const id = await extensionIdOf(context);
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${id}/options.html`);
    await extensionPage.evaluate(async (origin) => {
      await chrome.storage.local.set({
        sites: { [origin]: { origin, rule: { kind: 'title', pattern: 'Case {ref}' } } },
      });
      await chrome.scripting.registerContentScripts([
        { id: 'case-page', js: ['case-page.js'], matches: ['http://127.0.0.1/*'], runAt: 'document_start' },
      ]);
    }, server.origin);
    const withExtension = {
      1: await loadTimes(context, `${server.origin}/cases/HEAVY-1?mb=1`),
      5: await loadTimes(context, `${server.origin}/cases/HEAVY-1?mb=5`),
    };
    // How long until the panel knows the case and its themes, from the start of the page's load.
    const detection = {};
    for (const mb of [1, 5]) {
      const times = [];
      for (let i = 0; i < Math.min(RUNS, 7); i++) {
        await extensionPage.evaluate(() => chrome.storage.session.clear());
        const page = await context.newPage();
        const started = Date.now();
        await page.goto(`${server.origin}/cases/HEAVY-1?mb=${mb}`, { waitUntil: 'commit' });
        await extensionPage.waitForFunction(
          async () => {
            const all = await chrome.storage.session.get(null);
            return Object.values(all).some((v) => v && v.ref === 'HEAVY-1');
          },
          null,
          { polling: 5, timeout: 20_000 },
        );
        times.push(Date.now() - started);
        await page.close();
      }
      detection[mb] = median(times);
    }
    await context.close();
    return { without, withExtension, detection };
  } finally {
    await server.close();
  }
}

/**
 * A hostile backup file: 4.8 MB, 2.4 million numbers where the cases should be. How long the
 * settings page takes to refuse it, and the longest task it runs meanwhile (the page is
 * frozen for that long).
 */
async function junkBackupRefusal(context, id) {
  const junk = Buffer.from(
    `{"format":"pause-point-backup","schemaVersion":1,"exportedAt":"2026-11-01T00:00:00.000Z","caseIndex":{},"supervision":[],"cases":[${'0,'.repeat(2_400_000)}0]}`,
  );
  // Chosen from disk: a file handed over as bytes is rebuilt inside the page, a long task of its own.
  const file = join(mkdtempSync(join(tmpdir(), 'pause-point-bench-')), 'junk-backup.json');
  writeFileSync(file, junk);
  const times = [];
  const longest = [];
  for (let i = 0; i < Math.min(RUNS, 5); i++) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await page.getByLabel('Import a backup file').waitFor();
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await page.getByLabel('Import a backup file').setInputFiles(file);
    await page.getByRole('alert').filter({ hasText: 'Nothing was changed' }).waitFor({ timeout: 60_000 });
    times.push(Date.now() - started);
    // Long tasks are reported after they end; give the observer a moment.
    await page.waitForTimeout(200);
    longest.push(await page.evaluate(() => window.__longest));
    await page.close();
  }
  return { bytes: junk.length, refusal: median(times), longestTask: median(longest) };
}

/**
 * A single-page case system whose text changes every 100 ms: how long after a move from one
 * case to the next (history.pushState) the extension knows the new case.
 */
async function busyPageFollow() {
  const server = await heavyServer();
  const context = await launchWithExtension(TEST_DIR);
  try {
    const extensionId = await extensionIdOf(context);
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
    await extensionPage.evaluate(async (origin) => {
      await chrome.storage.local.set({
        sites: { [origin]: { origin, rule: { kind: 'path', pattern: '/cases/{ref}' } } },
      });
      await chrome.scripting.registerContentScripts([
        { id: 'case-page', js: ['case-page.js'], matches: ['http://127.0.0.1/*'], runAt: 'document_start' },
      ]);
    }, server.origin);
    const times = [];
    for (let i = 0; i < Math.min(RUNS, 7); i++) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/cases/CHILD-A?mb=1`);
      await page.evaluate(() => {
        const clock = document.createElement('p');
        document.body.append(clock);
        let ticks = 0;
        setInterval(() => {
          ticks += 1;
          clock.textContent = `Updated ${ticks} times`;
        }, 100);
      });
      await page.waitForTimeout(2000);
      const started = Date.now();
      await page.evaluate(() => history.pushState(null, '', '/cases/CHILD-B'));
      await extensionPage.waitForFunction(
        async () => Object.values(await chrome.storage.session.get(null)).some((v) => v && v.ref === 'CHILD-B'),
        null,
        { polling: 5, timeout: 20_000 },
      );
      times.push(Date.now() - started);
      await page.close();
      await extensionPage.evaluate(() => chrome.storage.session.clear());
    }
    return { median: median(times), worst: Math.max(...times) };
  } finally {
    await context.close();
    await server.close();
  }
}

/**
 * How well the cue lists read case records, as the cue benchmark (tests/bench/cues.bench.ts,
 * the first step of `npm run bench`) left them in bench/cues.json.
 */
function cueFigures() {
  if (!existsSync('bench/cues.json')) return [];
  const cues = JSON.parse(readFileSync('bench/cues.json', 'utf8'));
  const line = (f) => `precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)} (${f.sentences} sentences)`;
  return [
    ['cue words on record sentences (independent corpus), all', line(cues.records.all)],
    ['cue words on record sentences, tune half', line(cues.records.tune)],
    ['cue words on record sentences, held-out half (never tuned on)', line(cues.records.holdout)],
    ['cue words on the project’s own corpus', line(cues.corpus)],
  ];
}

// The cue scan's timings and how well the cue lists read records, without a browser
// (`BENCH_ONLY=cues node scripts/bench.mjs`, no build needed).
if (process.env.BENCH_ONLY === 'cues') {
  const run = spawnSync(
    'npx',
    ['vitest', 'bench', '--run', '--config', 'vitest.config.ts', 'tests/bench/cues.bench.ts'],
    {
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
  const rows = cueFigures();
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('');
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  process.exit(0);
}

if (process.env.BENCH_ONLY === 'studio') {
  const studio = await withExtension((context, id) => studioLoad(context, id));
  console.log(JSON.stringify({ studio, size: sizeReport(EXTENSION_DIR)['Pack studio, first load'] }, null, 2));
  process.exit(0);
}

if (process.env.BENCH_ONLY === 'reliability') {
  const busy = await busyPageFollow();
  const junk = await withExtension((context, id) => junkBackupRefusal(context, id));
  console.log(JSON.stringify({ busy, junk }, null, 2));
  process.exit(0);
}

// The side panel's own figures alone, for trying a change quickly (`BENCH_ONLY=panel`).
if (process.env.BENCH_ONLY === 'panel') {
  const panel = await withExtension(async (context, id) => {
    stage = 'opening the panel on 1 stored case';
    const one = await panelLoad(context, id, 1);
    stage = 'opening the panel on 500 stored cases';
    const many = await panelLoad(context, id, 500);
    stage = 'timing ticks';
    const tick = await tickToSaved(context, id);
    return { one, ratio: one.panel / one.blank, many, manyRatio: many.panel / one.panel, tick };
  });
  console.log(JSON.stringify(panel, null, 2));
  process.exit(0);
}

stage = 'loading heavy case pages';
const heavy = await heavyPages();

const results = await withExtension(async (context, id) => {
  stage = 'opening the panel on 1 stored case';
  const one = await panelLoad(context, id, 1);
  stage = 'opening the panel on a case answered with an added pack';
  const addedPack = await panelLoad(context, id, 1, seedWithAddedPack());
  stage = 'opening the panel on 500 stored cases';
  const many = await panelLoad(context, id, 500);
  stage = 'timing ticks';
  const tick = await tickToSaved(context, id);
  stage = 'refusing a junk backup';
  const junk = await junkBackupRefusal(context, id);
  stage = 'opening Pack studio';
  const studio = await studioLoad(context, id);
  return { one, many, addedPack, tick, junk, studio };
});
stage = 'following a busy page';
const busy = await busyPageFollow();
stage = 'writing the results';

const size = sizeReport(EXTENSION_DIR);
const ms = (x) => `${x.toFixed(1)} ms`;
const table = [
  ['side panel: navigation to interactive, 1 stored case', ms(results.one.panel)],
  ['  of which: navigation to the panel’s code running', ms(results.one.phases.code)],
  ['  of which: reading storage (the panel’s place, the case list, the case)', ms(results.one.phases.data)],
  ['  of which: first render', ms(results.one.phases.render)],
  ['blank extension page, same run', ms(results.one.blank)],
  ['  ratio panel / blank', (results.one.panel / results.one.blank).toFixed(2)],
  ['side panel: navigation to interactive, 500 stored cases', ms(results.many.panel)],
  ['  ratio 500 cases / 1 case', (results.many.panel / results.one.panel).toFixed(2)],
  ['side panel: navigation to interactive, case with an added pack', ms(results.addedPack.panel)],
  ['  ratio added pack / built-in pack', (results.addedPack.panel / results.one.panel).toFixed(2)],
  ['tick to saved in storage, median', ms(results.tick.median)],
  ['tick to saved in storage, 95th percentile', ms(results.tick.p95)],
  ['heavy case page 1 MB: load, no extension', ms(heavy.without[1])],
  ['heavy case page 1 MB: load, Pause Point reading the site', ms(heavy.withExtension[1])],
  ['  ratio with / without', (heavy.withExtension[1] / heavy.without[1]).toFixed(2)],
  ['heavy case page 5 MB: load, no extension', ms(heavy.without[5])],
  ['heavy case page 5 MB: load, Pause Point reading the site', ms(heavy.withExtension[5])],
  ['  ratio with / without', (heavy.withExtension[5] / heavy.without[5]).toFixed(2)],
  ['case and themes known to the panel, 1 MB page (from navigation)', ms(heavy.detection[1])],
  ['case and themes known to the panel, 5 MB page (from navigation)', ms(heavy.detection[5])],
  ['busy page (text changes every 100 ms): new case known after pushState, median', ms(busy.median)],
  ['busy page: new case known after pushState, worst', ms(busy.worst)],
  ['4.8 MB junk backup: refused on the settings page', ms(results.junk.refusal)],
  ['4.8 MB junk backup: longest task on the settings page (0: none over 50 ms)', ms(results.junk.longestTask)],
  ['Pack studio: navigation to interactive (start page)', ms(results.studio.start)],
  ['Pack studio: copying the Ivy pack to the whole form shown', ms(results.studio.copy)],
  ...cueFigures(),
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
  `${JSON.stringify({ runs: RUNS, date: new Date().toISOString(), ...results, heavy, busy, size }, null, 2)}\n`,
);
console.log('\nWritten to bench/results.json');
