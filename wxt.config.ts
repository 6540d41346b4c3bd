import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Extension pages may load only the extension's own files and may not connect anywhere:
// Pause Point makes no network requests, so the policy says so and the browser enforces it.
const extensionPagesCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: a reader should see where every name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Extension pages load from disk; Vite's preload helper and polyfill would only add bytes.
    build: { modulePreload: false },
  }),
  manifest: ({ mode }) => ({
    name: 'Pause Point',
    description:
      'Learning from safeguarding practice reviews as short checklists beside your case system. Answers stay on this device.',
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus', 'alarms'],
    // No site is readable at install. A case-system site is asked for, one origin at a time,
    // when the practitioner or their organisation enables it.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Test and demo builds only: the local fictional case system is pre-granted, because a
    // test cannot click the browser's permission prompt. Release builds never carry it.
    ...(mode === 'test' || mode === 'demo' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Open Pause Point' },
    // Type "pp" and a space in the address bar to search Pause Point.
    omnibox: { keyword: 'pp' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Open Pause Point',
      },
      'open-search': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Open Pause Point on its search box',
      },
      'open-safer-sleep': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open Pause Point on the safer sleep card',
      },
    },
    // The dev server needs to reach the page for live reload; every other build is locked down.
    ...(mode === 'development' ? {} : { content_security_policy: { extension_pages: extensionPagesCsp } }),
  }),
});
