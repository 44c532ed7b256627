// @ts-check
// ESLint: typescript-eslint's recommended rules for TypeScript, eslint-plugin-astro's for components, and
// eslint-config-prettier last so that no rule argues with the formatter (Prettier owns layout).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'bench/node_modules/',
      'bench/.tmp/',
      'bench/starlight/.astro/',
      'bench/results/',
      'bench/dist*/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-prefixed names are deliberately unused (a destructured rest, a callback's unused argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Scripts that run in the reader's browser.
    files: ['src/components/**/*.ts', 'src/lib/offline/browser/**/*.ts', 'src/lib/search/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
