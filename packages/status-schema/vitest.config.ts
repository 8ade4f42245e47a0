import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only the sources hold tests; dist must never be collected (vitest 4 no longer excludes it by default).
    include: ['src/**/*.test.ts'],
    // Pure functions, but a loaded machine can stall a worker for seconds: the default 5 s is too tight.
    testTimeout: 20_000,
  },
});
