// Pause Point never builds HTML from strings and never evaluates code: both are how a hostile
// page or pack would get script into an extension page. Biome covers dangerouslySetInnerHTML
// and eval; this covers the DOM sinks Biome has no rule for.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['entrypoints', 'components', 'content', 'core', 'store', 'platform'];
const SINKS = [
  /\.innerHTML\b/,
  /\.outerHTML\s*=/,
  /\binsertAdjacentHTML\b/,
  /\bdocument\.write\b/,
  /\bnew Function\b/,
  /\beval\s*\(/,
  /dangerouslySetInnerHTML/,
  /\bsetTimeout\(\s*['"`]/,
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|js|mjs|html)$/.test(name)) yield path;
  }
}

const problems = [];
for (const root of ROOTS) {
  for (const path of files(root)) {
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const sink of SINKS) if (sink.test(line)) problems.push(`${path}:${i + 1}: ${line.trim()}`);
      });
  }
}
if (problems.length > 0) {
  console.error(`Unsafe code (HTML from strings or eval):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`No HTML-from-string or eval sinks in ${ROOTS.join(', ')}.`);
