import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR, RELEASE_DIR } from './fixtures';

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

test('the release build reads no site at install, and its pages may not connect anywhere', () => {
  const manifest = manifestOf(RELEASE_DIR);
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.content_scripts).toBeUndefined();
  expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab', 'contextMenus', 'alarms', 'sidePanel']);
  // Sites are asked for one at a time, when the practitioner or organisation enables them.
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(manifest.content_security_policy.extension_pages).toContain("connect-src 'none'");
  expect(manifest.content_security_policy.extension_pages).toContain("script-src 'self'");
  expect(manifest.commands._execute_action.suggested_key).toEqual({ default: 'Alt+Shift+P' });
  expect(manifest.commands['open-search'].suggested_key).toEqual({ default: 'Alt+Shift+F' });
  expect(manifest.commands['open-safer-sleep'].suggested_key).toEqual({ default: 'Alt+Shift+S' });
  expect(manifest.omnibox).toEqual({ keyword: 'pp' });
});

test('only the test build pre-grants the local fictional case system, and nothing else', () => {
  const release = manifestOf(RELEASE_DIR);
  const testBuild = manifestOf(EXTENSION_DIR);
  expect(testBuild.host_permissions).toEqual(['http://127.0.0.1/*']);
  const { host_permissions: _granted, ...restOfTestBuild } = testBuild;
  expect(restOfTestBuild).toEqual(release);
});
