import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, packagesOf, RELEASE_DIR, sha256, sourcesFileOf } from '../../scripts/release.mjs';
import { readZip } from './zip';

// What `npm run release` made. Run through `npm run test:release`, which makes it first.
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const packages = packagesOf(version).map((pkg) => ({
  ...pkg,
  entries: readZip(readFileSync(join(RELEASE_DIR, pkg.file))),
}));
const manifestOf = (entries: Map<string, Buffer>) => JSON.parse(String(entries.get('manifest.json')));

describe('the release folder', () => {
  it('holds the packages, sources, changelog, templates and papers, each with its SHA-256 sum', () => {
    const files = filesUnder(RELEASE_DIR);
    const sums = readFileSync(join(RELEASE_DIR, 'SHA256SUMS'), 'utf8');
    // The format `sha256sum -c` reads: the hash, two spaces, the path; one line each.
    const lines = sums.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^[0-9a-f]{64} {2}\S.*$/);
    const listed = lines.map((line) => line.slice(66));
    expect(listed).toEqual(files.filter((file) => file !== 'SHA256SUMS'));
    for (const line of lines) {
      expect(sha256(readFileSync(join(RELEASE_DIR, line.slice(66)))), line.slice(66)).toBe(line.slice(0, 64));
    }
    for (const pkg of packages) expect(files).toContain(pkg.file);
    expect(files).toContain(sourcesFileOf(version));
    expect(files).toContain('CHANGELOG.md');
    for (const file of filesUnder(resolve('deploy'))) expect(files).toContain(`deploy/${file}`);
    for (const file of filesUnder(resolve('docs/assurance'))) expect(files).toContain(`assurance/${file}`);
  });

  it('takes its version from package.json alone: every manifest, every name, and a changelog section', () => {
    for (const pkg of packages) {
      expect(pkg.file).toContain(`-${version}-`);
      expect(manifestOf(pkg.entries).version).toBe(version);
    }
    expect(readFileSync(join(RELEASE_DIR, 'CHANGELOG.md'), 'utf8')).toContain(`\n## ${version}`);
  });
});

describe.each(packages.map((pkg) => [pkg.browser, pkg] as const))('the %s package', (_browser, pkg) => {
  it('holds exactly the files the build made, byte for byte', () => {
    const built = filesUnder(resolve(pkg.buildDir));
    expect([...pkg.entries.keys()].sort()).toEqual(built);
    for (const file of built) {
      expect(sha256(pkg.entries.get(file) as Buffer), file).toBe(sha256(readFileSync(join(pkg.buildDir, file))));
    }
  });

  it('carries no source map and no test-only grant of the local test site', () => {
    for (const [name, bytes] of pkg.entries) {
      expect(name).not.toMatch(/\.map$/);
      const text = bytes.toString('latin1');
      expect(text, name).not.toContain('sourceMappingURL');
      expect(text, name).not.toContain('127.0.0.1');
      expect(text, name).not.toContain('localhost');
    }
    const manifest = manifestOf(pkg.entries);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    // Firefox (Manifest V2) lists sites it may ask for among its optional permissions.
    const optional = manifest.optional_host_permissions ?? manifest.optional_permissions;
    expect(optional).toEqual(['https://*/*', 'http://*/*']);
  });

  it('can make no network request: the policy forbids connecting, and no code tries', () => {
    const manifest = manifestOf(pkg.entries);
    const csp: string = manifest.content_security_policy.extension_pages ?? manifest.content_security_policy;
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("default-src 'self'");
    for (const [name, bytes] of pkg.entries) {
      if (!/\.(js|html|css)$/.test(name)) continue;
      const text = bytes.toString('utf8');
      for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'importScripts']) {
        expect(text.includes(api), `${api} in ${name}`).toBe(false);
      }
      // Pages and styles load nothing from outside the package.
      if (!name.endsWith('.js')) expect(text, name).not.toMatch(/(src|href)=["']?https?:|url\(["']?https?:/);
    }
  });
});
