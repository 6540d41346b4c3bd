import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  expect(manifest.commands._execute_action.suggested_key).toEqual({ default: 'Alt+Shift+1' });
  expect(manifest.commands['open-search'].suggested_key).toEqual({ default: 'Alt+Shift+2' });
  expect(manifest.commands['open-safer-sleep'].suggested_key).toEqual({ default: 'Alt+Shift+3' });
  // Chrome-only: the policy schema (Firefox warns about it); and no Firefox keys.
  expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
  expect(manifest.browser_specific_settings).toBeUndefined();
  expect(manifest.omnibox).toEqual({ keyword: 'pp' });
});

test('only the test build pre-grants the local fictional case system, and nothing else', () => {
  const release = manifestOf(RELEASE_DIR);
  const testBuild = manifestOf(EXTENSION_DIR);
  expect(testBuild.host_permissions).toEqual(['http://127.0.0.1/*']);
  const { host_permissions: _granted, ...restOfTestBuild } = testBuild;
  expect(restOfTestBuild).toEqual(release);
});

test('the Firefox build carries Firefox’s keys and none of Chrome’s, with the same shortcuts', () => {
  const firefox = manifestOf(resolve('.output/firefox-mv2-test'));
  expect(firefox.browser_specific_settings.gecko.id).toBe('pause-point@pausepoint.uk');
  expect(firefox.browser_action).toEqual({ default_title: 'Open Pause Point', default_area: 'navbar' });
  expect(firefox.sidebar_action.default_panel).toBe('sidepanel.html');
  for (const chromeOnly of ['storage', 'key', 'side_panel', 'action', 'optional_host_permissions']) {
    expect(firefox[chromeOnly], chromeOnly).toBeUndefined();
  }
  expect(firefox.commands._execute_sidebar_action.suggested_key).toEqual({ default: 'Alt+Shift+1' });
  expect(firefox.commands['open-search'].suggested_key).toEqual({ default: 'Alt+Shift+2' });
  expect(firefox.commands['open-safer-sleep'].suggested_key).toEqual({ default: 'Alt+Shift+3' });
});
