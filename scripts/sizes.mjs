// Sizes of a built extension, grouped the way they cost a practitioner: what a page loads
// before it works, what it loads later on demand, and the background and case-page scripts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function measure(dir, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files, raw, gzip };
}

function importsOf(dir, file) {
  const code = readFileSync(join(dir, file), 'utf8');
  const chunks = (pattern) => [...code.matchAll(pattern)].map((m) => `chunks/${m[1]}`);
  return {
    // `from"./x.js"` loads with the file; `import("./x.js")` loads later, on demand.
    now: chunks(/from\s*["'`]\.\/([\w.-]+\.js)["'`]/g),
    later: chunks(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g),
  };
}

/** What a page loads before it runs, and what it may load later, as chunk lists. */
export function loadsOf(dir, html) {
  const page = readFileSync(join(dir, html), 'utf8');
  const first = [...page.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const later = [];
  const visit = (list, file) => {
    if (!first.includes(file) && !later.includes(file)) list.push(file);
  };
  for (let i = 0; i < first.length; i++) {
    if (!first[i].endsWith('.js')) continue;
    const { now, later: onDemand } = importsOf(dir, first[i]);
    for (const chunk of now) visit(first, chunk);
    for (const chunk of onDemand) visit(later, chunk);
  }
  for (let i = 0; i < later.length; i++) {
    const { now, later: onDemand } = importsOf(dir, later[i]);
    for (const chunk of [...now, ...onDemand]) visit(later, chunk);
  }
  return { first, later };
}

export function sizeReport(dir) {
  const panel = loadsOf(dir, 'sidepanel.html');
  const settings = loadsOf(dir, 'options.html');
  const studio = loadsOf(dir, 'studio.html');
  return {
    'side panel, first load': measure(dir, panel.first),
    'side panel, loaded later': measure(dir, panel.later),
    'settings page, first load': measure(dir, settings.first),
    // Pack studio is its own page, for partnerships writing a pack: nothing of it loads in the panel.
    'Pack studio, first load': measure(dir, studio.first),
    'Pack studio, loaded later': measure(dir, studio.later),
    'case-page script': measure(dir, ['case-page.js']),
    background: measure(dir, ['background.js']),
  };
}
