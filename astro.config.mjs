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
});
