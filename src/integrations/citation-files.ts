import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordedCiteFiles } from '../lib/citations/files.ts';
import { writeFilesAtOnce } from '../lib/each-at-once.ts';

/**
 * Writes each page's citation downloads (cite/<key>.bib, .ris, .csl.json …): the texts the pages recorded while
 * they rendered (src/lib/citations/files.ts), so no page carries them twice and no page is read back. Runs before
 * the search index and the offline edition, so both carry the files.
 */
export function citationFiles(): AstroIntegration {
  return {
    name: 'briefing:citation-files',
    hooks: {
      'astro:build:start': () => {
        recordedCiteFiles().clear();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = resolve(fileURLToPath(dir));
        const files = recordedCiteFiles();
        // Every page but the book offers its citation: none recorded means the pages rendered out of reach.
        if (files.size === 0)
          throw new Error('no page recorded its citation files: were the pages rendered in another process?');
        const targets = [...files].map(([path, text]) => {
          const target = resolve(site, path);
          if (!target.startsWith(site + sep))
            throw new Error(`a page asks for a citation file outside the site: ${path}`);
          return { target, data: text };
        });
        // Many at a time: one by one, 11,000 small writes took seconds.
        await writeFilesAtOnce(targets);
        logger.info(`wrote ${files.size} citation files`);
        files.clear();
      },
    },
  };
}
