import { defineConfig } from 'vitest/config';

// Drives the built UI and API end to end in Chromium; see test/browser/.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/browser/**/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
