import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { RELEASE_DIR } from './fixtures';

// Practitioners' machines are slow and locked down; the panel must stay small. Budgets in KB gzip.
const BUDGETS: Record<string, number> = { sidepanel: 25, background: 10 };

function gzipSizeOf(entry: string): number {
  let total = 0;
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (/\.(js|css)$/.test(item.name) && item.name.split(/[-.]/)[0] === entry) {
        total += gzipSync(readFileSync(path)).length;
      }
    }
  };
  walk(RELEASE_DIR);
  return total / 1024;
}

for (const [entry, budget] of Object.entries(BUDGETS)) {
  test(`${entry} JS+CSS stays within ${budget} KB gzip`, () => {
    const size = gzipSizeOf(entry);
    expect(size, `${entry} is ${size.toFixed(1)} KB gzip`).toBeGreaterThan(0);
    expect(size, `${entry} is ${size.toFixed(1)} KB gzip`).toBeLessThanOrEqual(budget);
  });
}
