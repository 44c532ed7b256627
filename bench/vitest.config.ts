import { defineConfig } from 'vitest/config';

// The bench's own unit tests (measures, report, corpus generator); not part of the product's `npm run test:unit`.
export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'corpus/**/*.test.ts'],
    env: { TZ: 'UTC' },
  },
});
