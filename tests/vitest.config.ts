import { defineConfig } from 'vitest/config';

/**
 * Checks of the built site (dist/ and dist-sub/ built with BASE_PATH=/dan-van/) and browser
 * tests in real Chromium. `npm test` builds both before running these.
 */
export default defineConfig({
  test: {
    name: 'site',
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/site/**/*.test.ts'],
    setupFiles: ['tests/helpers/fast-check-seed.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Chromium is heavy and the machine has two cores: one file at a time.
    fileParallelism: false,
  },
});
