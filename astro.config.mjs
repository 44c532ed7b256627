// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The site can be hosted under any path (an intranet's /briefing/): set BRIEFING_BASE at build time.
const base = process.env.BRIEFING_BASE ?? '/';

export default defineConfig({
  site: process.env.BRIEFING_SITE ?? 'https://briefing.example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // No telemetry, no network at build or run time.
  devToolbar: { enabled: false },
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
