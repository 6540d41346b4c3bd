import { defineConfig } from '@playwright/test';

// Requests made by the extension's service worker are reported only with this switch on;
// the privacy check in tests/e2e/fixtures.ts needs to see them.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // Each test starts its own Chromium with the extension loaded; two at once suit a 2-core machine.
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // A policy file left by a killed run would change every browser this run starts.
  globalSetup: './tests/test-policies.ts',
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'extension', testIgnore: /policy\.spec\.ts/ },
    // Real Firefox ESR through puppeteer-core (WebDriver BiDi); its tests run one at a time.
    { name: 'firefox', testDir: 'tests/firefox' },
    // Managed policy applies to every Chromium started while its file exists: run it alone, last.
    { name: 'policy', testMatch: /policy\.spec\.ts/, dependencies: ['extension'] },
  ],
});
