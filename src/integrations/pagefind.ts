import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it, into `<outDir>/pagefind/`.
 * Pages opt in with `data-pagefind-body` (entry pages, the glossary, the method page), so chrome and list pages stay
 * out. The index stores paths from the site's root ("/countries/kazakhstan/"); the browser adds the base path
 * (BRIEFING_BASE) when it shows a result, so one index works under any path.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'briefing:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, 'pagefind');
        // A stale bundle from an earlier build would leave files no page asks for.
        await rm(outputPath, { recursive: true, force: true });
        try {
          const { index, errors } = await pagefind.createIndex();
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind found no page marked data-pagefind-body to index');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
          // The site uses the Component UI; the older Default and Modular UIs would ship unused.
          for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css']) {
            await rm(join(outputPath, unused), { force: true });
          }
          logger.info(`indexed ${added.page_count} pages into ${outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
