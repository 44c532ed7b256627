import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { FIGURES_FILE, TERMS_FILE } from '../lib/search/search-keys.ts';
import {
  buildSearchTerms,
  type IndexedPage,
  nameShards,
  namesFile,
  namesScript,
  figuresScript,
  termsScript,
} from '../lib/search/terms.ts';
import { COLLECTION_SPECS } from '../lib/briefing/collections/index.ts';

/**
 * The folders whose pages can opt in to the index: each collection's entry pages (/<collection>/<id>/, and the
 * glossary's own page) and the method page, /about/, the one other page that passes `search` to BaseLayout. Pagefind
 * then never reads the book, the figure pages, the tracker or the charts, which carry no data-pagefind-body: at
 * 1,000 documents that halves the time it takes to take in the site, for the same index. A page that opts in from
 * any other folder would be left out, which tests/site/search-index.test.ts catches (its page count).
 */
export const INDEXED_FOLDERS: readonly string[] = [...COLLECTION_SPECS.map((s) => s.name), 'about'];

/** Pagefind's fragment files start, once unzipped, with this signature before their JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** The pages of a written bundle, from its fragments (one page each, or a group of pages by id). */
async function readIndexedPages(bundle: string): Promise<IndexedPage[]> {
  const folder = join(bundle, 'fragment');
  const pages: IndexedPage[] = [];
  for (const name of (await readdir(folder)).sort()) {
    const text = gunzipSync(await readFile(join(folder, name))).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE))
      throw new Error(`${join(folder, name)} is not a Pagefind fragment: has Pagefind changed its format?`);
    const json = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as Record<string, unknown>;
    const group = 'url' in json ? { [name.replace(/\.pf_fragment$/, '')]: json } : json;
    for (const [id, fragment] of Object.entries(group)) {
      const { content, meta } = fragment as { content: string; meta: Record<string, string> };
      pages.push({ id, content, meta });
    }
  }
  return pages;
}

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
          const added = await index.addDirectory({ path: site, glob: `{${INDEXED_FOLDERS.join(',')}}/**/*.html` });
          if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind found no page marked data-pagefind-body to index');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length)
            throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
          // The site drives Pagefind's engine (pagefind.js) with its own results (src/components/search/): none of
          // Pagefind's prebuilt UIs is used, and the Component UI alone would cost a reader 217 kB.
          for (const unused of [
            'pagefind-ui.js',
            'pagefind-ui.css',
            'pagefind-modular-ui.js',
            'pagefind-modular-ui.css',
            'pagefind-component-ui.js',
            'pagefind-component-ui.css',
          ]) {
            await rm(join(outputPath, unused), { force: true });
          }
          // What the browser's search reads queries with: spellings, typos, figures, and the pages' names and
          // weights it ranks by (src/lib/search/).
          const { terms, figures, pages } = buildSearchTerms(await readIndexedPages(outputPath));
          await writeFile(join(outputPath, TERMS_FILE), termsScript(terms));
          await writeFile(join(outputPath, FIGURES_FILE), figuresScript(figures));
          for (const [key, shard] of nameShards(pages))
            await writeFile(join(outputPath, namesFile(key)), namesScript(key, shard));
          logger.info(`indexed ${added.page_count} pages into ${outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
