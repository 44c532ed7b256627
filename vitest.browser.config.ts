import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium (playwright-core) against the built site served on 127.0.0.1.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    env: { TZ: 'UTC' },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
