import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { RELEASE_DIR } from './fixtures';

// Practitioners' machines are slow and locked down; what Pause Point loads must stay small.
// Budgets in KB of gzip, measured on the release build.

const kb = (bytes: number) => bytes / 1024;
const gz = (path: string) => gzipSync(readFileSync(join(RELEASE_DIR, path))).length;

/** The files sidepanel.html loads before the panel is interactive: its script, chunks and styles. */
function sidePanelFirstLoad(): string[] {
  const html = readFileSync(join(RELEASE_DIR, 'sidepanel.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  // Chunks the entry imports statically load with it.
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(RELEASE_DIR, file), 'utf8');
    for (const m of code.matchAll(/from\s*["`']\.\/([\w.-]+\.js)["`']/g)) files.push(`chunks/${m[1]}`);
  }
  return [...new Set(files)];
}

test('the side panel loads at most 25 KB gzip of JS and CSS before it is interactive', () => {
  const files = sidePanelFirstLoad();
  expect(files.some((f) => f.endsWith('.css'))).toBe(true);
  const size = kb(files.reduce((sum, f) => sum + gz(f), 0));
  expect(size, `first load ${size.toFixed(1)} KB: ${files.join(', ')}`).toBeLessThanOrEqual(25);
});

test('the side panel’s parts loaded later (page section, site set-up) add at most 12 KB gzip', () => {
  const first = new Set(sidePanelFirstLoad());
  const later = readdirSync(join(RELEASE_DIR, 'chunks'))
    .map((f) => `chunks/${f}`)
    .filter((f) => !first.has(f));
  const size = kb(later.reduce((sum, f) => sum + gz(f), 0));
  expect(later.length).toBeGreaterThan(0);
  expect(size, `later chunks ${size.toFixed(1)} KB: ${later.join(', ')}`).toBeLessThanOrEqual(12);
});

test('the case-page script stays within 6 KB gzip', () => {
  const size = kb(gz('case-page.js'));
  expect(size, `case-page.js is ${size.toFixed(1)} KB`).toBeLessThanOrEqual(6);
});

test('the background stays within 20 KB gzip (it carries the pack to answer case pages)', () => {
  const size = kb(gz('background.js'));
  expect(size, `background.js is ${size.toFixed(1)} KB`).toBeLessThanOrEqual(20);
});
