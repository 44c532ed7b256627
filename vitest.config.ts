import { configDefaults, defineConfig } from 'vitest/config';

// One config, three layers, run in this order by `npm test`:
// - unit: pure modules in src/ and scripts/, no build needed (npm run test:unit);
// - site: the built site in dist/ (after `npm run build`) and builds of fixture content folders (npm run test:site);
// - browser: Debian's Chromium (playwright-core) against built sites served on 127.0.0.1 (npm run test:e2e).
// `npx vitest run` runs all three in that order too (groupOrder), never side by side: builds of one project folder
// share its .astro/ and must not overlap. A fixture folder is built once per run whichever files read it
// (tests/helpers/fixture-builds.ts). The bench's own tests are not here: they run in bench/ (npm run test:bench).
const BUILDS = { fileParallelism: false, globalSetup: ['tests/helpers/fixture-setup.ts'] };

export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/robust/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/robust/**/*.site.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/robust/**/*.site.test.ts'],
          sequence: { groupOrder: 1 },
          ...BUILDS,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          sequence: { groupOrder: 2 },
          ...BUILDS,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
