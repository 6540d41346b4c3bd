import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest() does not read wxt.config's Vite plugins, so Preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    environment: 'happy-dom',
    restoreMocks: true,
    // Dates in summaries are shown in local time; tests fix the zone so they read the same anywhere.
    env: { TZ: 'UTC' },
  },
});
