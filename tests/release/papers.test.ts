import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagesOf, RELEASE_DIR } from '../../scripts/release.mjs';
import { readZip } from './zip';

// The papers as they ship, against the packages they ship with.
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const paper = (name: string) => readFileSync(join(RELEASE_DIR, 'assurance', name), 'utf8');
const manifests = Object.fromEntries(
  packagesOf(version).map((pkg) => [
    pkg.browser,
    JSON.parse(String(readZip(readFileSync(join(RELEASE_DIR, pkg.file))).get('manifest.json'))),
  ]),
);

/** The permissions a paper's table lists, as `name` in its first column. */
function permissionsTable(text: string): string[] {
  const table = text.split('## Permissions the browser grants')[1]?.split('\n## ')[0] ?? '';
  return [...table.matchAll(/^\| `([^`]+)`/gm)].map((match) => match[1] as string);
}

describe('the assurance papers, against the release packages', () => {
  it('list exactly the permissions the Chrome and Edge packages ask for', () => {
    const listed = permissionsTable(paper('data-flows.md'));
    for (const browser of ['chrome', 'edge']) {
      expect(listed.sort(), browser).toEqual([...manifests[browser].permissions].sort());
    }
    // Firefox has no side panel permission (its sidebar needs none), and nothing more.
    expect([...manifests.firefox.permissions, 'sidePanel'].sort()).toEqual(listed.sort());
  });

  it('list the same permissions in the security statement', () => {
    for (const permission of manifests.chrome.permissions) expect(paper('security.md')).toContain(`\`${permission}\``);
  });

  it('say the optional site access the packages declare, and that none is granted at install', () => {
    const optional = manifests.chrome.optional_host_permissions as string[];
    const text = paper('data-flows.md');
    expect(text).toContain(`optional: ${optional.map((host) => `\`${host}\``).join(', ')}`);
    expect(manifests.chrome.host_permissions).toBeUndefined();
  });

  it('say “network requests: none”, which the packages’ content security policy enforces', () => {
    for (const name of ['data-flows.md', 'security.md']) expect(paper(name)).toContain('**Network requests: none.**');
    const csp = manifests.chrome.content_security_policy.extension_pages as string;
    expect(paper('security.md')).toContain(csp.replace("; style-src 'self'; img-src 'self'", ''));
    expect(csp).toContain("connect-src 'none'");
  });
});
