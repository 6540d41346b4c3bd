import { defineConfig } from 'vitest/config';

// The release checks read what `npm run release` made (.output/release/); `npm run
// test:release` makes it first. Node only: no browser, no DOM.
export default defineConfig({
  test: {
    include: ['tests/release/**/*.test.ts'],
    environment: 'node',
    // Reading and unpacking four packages takes a few seconds on a busy machine.
    testTimeout: 30_000,
  },
});
