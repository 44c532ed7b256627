// @ts-check
// The reference site of `npm run bench`: plain Astro Starlight, as a team would set it up for a briefing, built
// from Markdown that bench/lib/starlight-markdown.ts writes from the same content as the briefing.
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

const docs = process.env.STARLIGHT_DOCS;
if (!docs) throw new Error('set STARLIGHT_DOCS to a folder of Markdown written by the benchmark (npm run bench)');

export default defineConfig({
  outDir: process.env.STARLIGHT_OUT ?? '../.tmp/starlight-dist',
  // One cache per Markdown folder, as for the briefing, so corpora of different sizes never share entries.
  cacheDir: `../node_modules/.astro/docs-${createHash('sha256').update(docs).digest('hex').slice(0, 12)}`,
  integrations: [
    starlight({
      title: 'CA+JAD Summit Briefing',
      // Links to the section registers rather than Starlight's default (every page in the sidebar of every
      // page), which no one would ship for thousands of entries and which would make the comparison unfair.
      sidebar: [
        { label: 'Countries', link: '/countries/' },
        { label: 'Initiatives', link: '/initiatives/' },
        { label: 'Documents', link: '/documents/' },
        { label: 'Themes', link: '/themes/' },
        { label: 'Events', link: '/events/' },
        { label: 'People', link: '/people/' },
        { label: 'Organisations', link: '/organisations/' },
        { label: 'Sources', link: '/sources/' },
        { label: 'Glossary', link: '/glossary/' },
      ],
    }),
  ],
});
