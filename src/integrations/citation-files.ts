import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { citeFilesInPage } from '../lib/citations/files.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (e.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/**
 * Writes each page's citation downloads (cite/<key>.bib, .ris, .csl.json …) from the citations the page itself
 * shows. Runs before the search index and the offline edition, so both carry the files.
 */
export function citationFiles(): AstroIntegration {
  return {
    name: 'briefing:citation-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = new Map<string, string>();
        for (const page of await htmlFiles(site)) {
          for (const [path, text] of Object.entries(citeFilesInPage(await readFile(page, 'utf8')))) {
            const target = resolve(site, path);
            if (!target.startsWith(resolve(site)))
              throw new Error(`${page} asks for a citation file outside the site: ${path}`);
            if (files.has(target) && files.get(target) !== text)
              throw new Error(`two pages give different citations for ${path}`);
            files.set(target, text);
          }
        }
        for (const [target, text] of files) {
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, text);
        }
        logger.info(`wrote ${files.size} citation files`);
      },
    },
  };
}
