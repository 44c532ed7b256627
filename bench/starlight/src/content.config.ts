import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// Starlight's docsLoader() reads src/content/docs/ only; the benchmark writes each corpus's Markdown to a folder of
// its own, so this is the same glob (files starting with "_" ignored) over that folder.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: process.env.STARLIGHT_DOCS ?? './src/content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
};
