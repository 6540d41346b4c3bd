import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// Extension pages may load only the extension's own files and may not connect anywhere:
// Pause Point makes no network requests, so the policy says so and the browser enforces it.
/**
 * When this copy was built, shown on the settings page. A release sets SOURCE_DATE_EPOCH to its
 * commit's time (scripts/release.mjs), so building the same commit again gives the same files.
 */
const BUILT_AT = process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now();

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

/**
 * A fixed Chrome and Edge id, so organisations can name Pause Point in browser policies
 * (docs/administrators.md): gnpbfgafeipngnpeppjdgebcmhkbbmgl. The key is public; its private
 * half is not needed for that.
 */
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnw1uWera6m2EGySZawKwJMRVqgfAV1TjJhz7M8aQ921dkra6rim0m+4/p5reOIR1+mkZaPP62NF23cEkwWtKzafy8CZ/SaSaRujnjT42nfx/LzAhHqrn4KNbQpMs4pu8JSt39D70UVomkULcvO1wXh984XmwS7c0dTFNkfpxfZAS+pruqvpAqN51gxYKC26h6gyoryoySoMpIn2DV4Y1NublOCUcwV0UV9J7HR/ayFj0iuYjDogSWdbYYfddM3EHS6lnPcqhgW6t5pWvH958OTizJg2BwOYTJlnDoPx5vR+t3mG0BiUmvma2ZVmlnVVB64Oc5/RF28Uh285SZGEMYwIDAQAB';

/**
 * What the side panel loads first that other pages load too, as one chunk. The extension's
 * pages are built together, and the bundler gives code each set of pages shares a chunk of its
 * own; Pack studio sharing the panel's question list split the panel's first load into more,
 * smaller chunks, which cost more than the code did (0.9 KB gzip over its budget).
 */
const PANEL_SHARED =
  /(node_modules[\\/](valibot|webextension-polyfill|@wxt-dev[\\/]webextension-polyfill|preact|zustand)[\\/]|components[\\/](MomentChooser|MomentList|PromptItem|ThemeSection|ProgressText|ConfirmAction|use-store|panel[\\/]CaseBar)\.tsx?|core[\\/](pack[\\/]sources|pack[\\/]moment-ids|case-index|checklist|moments|built-in-names|storage-full|case-reference|time|stored)\.ts)/;

/** Firefox names add-ons by a gecko id, and asks every add-on to declare the data it collects: none. */
const firefoxOnly = {
  browser_specific_settings: {
    gecko: {
      id: 'pause-point@pausepoint.uk',
      strict_min_version: '115.0',
      data_collection_permissions: { required: ['none'] },
    },
  },
};

/**
 * webextension-polyfill is a CommonJS file. Imported as it is, the bundler copies every property
 * of what it exports onto a new object; where the browser has its own `browser` (Chromium 156,
 * Firefox) the polyfill exports that, and reading each property makes the browser set up every
 * API the extension may use, about 6 ms on each page load measured here. Given to the bundler as
 * a module with one default export, it is passed on as it is. The polyfill's code is unchanged.
 */
const polyfillAsModule: Plugin = {
  name: 'pause-point:polyfill-as-module',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/webextension-polyfill/dist/browser-polyfill.js')) return null;
    return {
      code: `var module = { exports: {} };\nvar exports = module.exports;\n${code}\nexport default module.exports;\n`,
      map: null,
    };
  },
};

export default defineConfig({
  // One promise-based `browser` for Chrome, Edge and Firefox: webextension-polyfill behind
  // `wxt/browser`. Firefox's own `browser` is used as it is; Chrome's `chrome` gets wrapped.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: a reader should see where every name comes from.
  imports: false,
  // `npm run zip` makes store packages, and for Firefox's reviewers the sources (without
  // local measurements or browser profiles).
  zip: { excludeSources: ['bench/**', '.pause-point-profile/**', 'test-results/**'] },
  vite: () => ({
    plugins: [preact(), polyfillAsModule],
    define: { __PP_BUILT_AT__: JSON.stringify(BUILT_AT) },
    // Extension pages load from disk; Vite's preload helper and polyfill would only add bytes.
    build: { modulePreload: false, sourcemap: process.env.SOURCEMAP === '1' },
  }),
  hooks: {
    // The benchmark's floor page (entrypoints/bench-floor) is for the test build only.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'test') return;
      const floor = entrypoints.findIndex((entry) => entry.name === 'bench-floor');
      if (floor >= 0) entrypoints.splice(floor, 1);
    },
    // The extension's pages are built together, and the bundler puts code two pages share in a
    // chunk of its own. Pack studio shows the side panel's own question list, so without this
    // the panel's first load would be split into two more small chunks (0.9 KB gzip more, over
    // its budget). These few modules go in one chunk with the rest the panel loads first.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.name === 'studio')) return;
      // Vite 8 reads rolldownOptions; rollupOptions is its older name for the same thing.
      const build = config.build as { rolldownOptions?: { output?: unknown }; rollupOptions?: { output?: unknown } };
      for (const options of [build.rolldownOptions, build.rollupOptions]) {
        if (options?.output && !Array.isArray(options.output)) {
          Object.assign(options.output, {
            codeSplitting: { groups: [{ name: 'panel-shared', test: PANEL_SHARED }] },
          });
        }
      }
    },
  },
  manifest: ({ mode, browser }) => ({
    name: 'Pause Point',
    description:
      'Learning from safeguarding practice reviews as short checklists beside your case system. Answers stay on this device.',
    ...(browser === 'firefox' ? firefoxOnly : { key: CHROME_KEY }),
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus', 'alarms'],
    // What an organisation can set through policy: see public/managed_schema.json. Chrome and
    // Edge only: Firefox takes policy without a schema, and warns about the key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // No site is readable at install. A case-system site is asked for, one origin at a time,
    // when the practitioner or their organisation enables it.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // Test and demo builds only: the local fictional case system is pre-granted, because a
    // test cannot click the browser's permission prompt. Release builds never carry it.
    ...(mode === 'test' || mode === 'demo' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // Firefox puts an add-on's button in its extensions menu unless told otherwise; on the
    // toolbar it is one click from the sidebar, as the pinned button is in Chrome.
    action: { default_title: 'Open Pause Point', ...(browser === 'firefox' ? { default_area: 'navbar' } : {}) },
    // Type "pp" and a space in the address bar to search Pause Point.
    omnibox: { keyword: 'pp' },
    // Alt+Shift+1, 2, 3: neither Chromium nor Firefox ESR takes them (checked with real keys by
    // scripts/check-shortcuts.mjs). Alt+Shift+P opened a new tab group in Chromium 156, and
    // Alt+Shift+F and Alt+Shift+S opened Firefox's File and History menus.
    commands: {
      // Chrome and Edge open the side panel through the toolbar action; Firefox toggles its sidebar.
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+1' },
        description: 'Open Pause Point',
      },
      'open-search': {
        suggested_key: { default: 'Alt+Shift+2' },
        description: 'Open Pause Point on its search box',
      },
      'open-safer-sleep': {
        suggested_key: { default: 'Alt+Shift+3' },
        description: 'Open Pause Point on the safer sleep card',
      },
    },
    // The dev server needs to reach the page for live reload; every other build is locked down.
    ...(mode === 'development' ? {} : { content_security_policy: { extension_pages: extensionPagesCsp } }),
  }),
});
