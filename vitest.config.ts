import { defineConfig } from 'vitest/config';

// Unit tests: pure modules in src/ and scripts/, no build needed. Tests of the built site live in tests/site/
// (vitest.site.config.ts) and run after `astro build`.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    env: { TZ: 'UTC' },
  },
});
