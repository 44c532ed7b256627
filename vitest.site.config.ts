import { defineConfig } from 'vitest/config';

// Tests of the built site (dist/, made by `npm run build`), and of builds from fixture content folders.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    env: { TZ: 'UTC' },
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
