// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { contentCheck } from './src/integrations/content-check.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { permalinks } from './src/integrations/permalinks.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// The site can be hosted under any path (an intranet's /briefing/): set BRIEFING_BASE at build time.
const base = process.env.BRIEFING_BASE ?? '/';

export default defineConfig({
  site: process.env.BRIEFING_SITE ?? 'https://briefing.example.org',
  base,
  // Where the build goes; tests build fixture content into folders of their own.
  outDir: process.env.BRIEFING_OUT ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro caches loaded content; a cache per content folder keeps one summit's entries out of another's build.
  cacheDir: process.env.BRIEFING_CONTENT
    ? `./node_modules/.astro/content-${createHash('sha256').update(process.env.BRIEFING_CONTENT).digest('hex').slice(0, 12)}`
    : './node_modules/.astro',
  integrations: [contentCheck(), mdx(), pagefindIndex()],
  // No telemetry, no network at build or run time.
  devToolbar: { enabled: false },
  // An id and a permalink on every paragraph of the MDX bodies (the long pages); headings have ids already.
  markdown: { processor: satteri({ hastPlugins: [permalinks] }) },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's own MDX directive, harmless; withastro/astro#18087 (open). Every other warning still shows.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
