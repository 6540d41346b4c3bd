// `npm run release`: everything an organisation needs to approve and install one version of
// Pause Point, in one folder (.output/release/): the Chrome, Edge and Firefox packages, the
// Firefox sources package its reviewers ask for, CHANGELOG.md, the deployment templates
// (deploy/), the assurance papers (docs/assurance/), and SHA256SUMS over all of them, in the
// format `sha256sum -c SHA256SUMS` checks.
//
// The version comes from package.json alone: WXT writes it into each manifest and names each
// package after it. The build date is the last commit's time (SOURCE_DATE_EPOCH), so the same
// commit builds to the same files. tests/release/ checks the result.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const RELEASE_DIR = join(ROOT, '.output/release');

/** Each package, the build folder it is made from, and its name (WXT's artifact template). */
export function packagesOf(version) {
  return [
    { browser: 'chrome', buildDir: '.output/chrome-mv3', file: `pause-point-${version}-chrome.zip` },
    { browser: 'edge', buildDir: '.output/edge-mv3', file: `pause-point-${version}-edge.zip` },
    { browser: 'firefox', buildDir: '.output/firefox-mv2', file: `pause-point-${version}-firefox.zip` },
  ];
}

export const sourcesFileOf = (version) => `pause-point-${version}-sources.zip`;

/** Every file under a folder, as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.replaceAll('\\', '/'))
    .sort();
}

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function commitTime() {
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return String(Math.floor(Date.now() / 1000));
  }
}

function release() {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  if (!changelog.includes(`## ${version}`)) {
    throw new Error(`CHANGELOG.md has no "## ${version}" section: say what changed before releasing.`);
  }
  // A release never carries source maps, whatever the shell says.
  const env = { ...process.env, SOURCEMAP: '', SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH || commitTime() };
  const wxt = join(ROOT, 'node_modules/.bin/wxt');
  rmSync(RELEASE_DIR, { recursive: true, force: true });
  mkdirSync(RELEASE_DIR, { recursive: true });
  for (const { browser, file } of packagesOf(version)) {
    execFileSync(wxt, ['zip', '-b', browser], { cwd: ROOT, env, stdio: 'inherit' });
    cpSync(join(ROOT, '.output', file), join(RELEASE_DIR, file));
  }
  cpSync(join(ROOT, '.output', sourcesFileOf(version)), join(RELEASE_DIR, sourcesFileOf(version)));
  cpSync(join(ROOT, 'CHANGELOG.md'), join(RELEASE_DIR, 'CHANGELOG.md'));
  cpSync(join(ROOT, 'deploy'), join(RELEASE_DIR, 'deploy'), { recursive: true });
  if (existsSync(join(ROOT, 'docs/assurance'))) {
    cpSync(join(ROOT, 'docs/assurance'), join(RELEASE_DIR, 'assurance'), { recursive: true });
  }
  const sums = filesUnder(RELEASE_DIR)
    .map((path) => `${sha256(readFileSync(join(RELEASE_DIR, path)))}  ${path}\n`)
    .join('');
  writeFileSync(join(RELEASE_DIR, 'SHA256SUMS'), sums);
  console.log(`\nPause Point ${version}, in ${relative(ROOT, RELEASE_DIR)}/:`);
  for (const path of filesUnder(RELEASE_DIR)) {
    console.log(`  ${path}  ${statSync(join(RELEASE_DIR, path)).size} bytes`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) release();
