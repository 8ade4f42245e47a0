import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // jsdom and React on a busy 2-core machine take seconds, not milliseconds: no test may fail for being slow.
    testTimeout: 30_000,
    setupFiles: ['src/test/setup.ts'],
  },
});
