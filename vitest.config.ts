import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest() does not read wxt.config's Vite plugins, so Preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    restoreMocks: true,
    // Dates in summaries are shown in local time; tests fix the zone so they read the same anywhere.
    env: { TZ: 'UTC' },
    // Pure logic runs in Node, which starts far faster than a DOM; components (.tsx) get happy-dom.
    // A .ts test that needs a document says so in its first line (@vitest-environment happy-dom).
    projects: [
      {
        extends: true,
        test: { name: 'logic', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'components', include: ['tests/unit/**/*.test.tsx'], environment: 'happy-dom' },
      },
    ],
  },
});
