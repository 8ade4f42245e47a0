import { defineConfig } from 'vitest/config';

// Drives the built UI and API end to end in Chromium; see test/browser/.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/browser/**/*.browser.test.ts'],
    // A whole journey through the UI per test, on a machine that may be busy: generous budgets, and every
    // check waits on a condition (expect.poll, locator.waitFor), never on a fixed time.
    testTimeout: 300_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 30_000, interval: 100 } },
    fileParallelism: false,
  },
});
