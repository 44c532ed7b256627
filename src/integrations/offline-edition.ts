import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { EditionRequest, EditionResponse } from '../lib/offline/edition-worker.ts';
import type { EditionSummary } from '../lib/offline/write-edition.ts';
import { addSpans } from '../lib/profile.ts';

/** Writes the edition on a worker thread (src/lib/offline/edition-worker.ts); rejects with its error's message. */
function writeOnWorker(request: EditionRequest): Promise<EditionSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../lib/offline/edition-worker.ts', import.meta.url), { workerData: request });
    let answered = false;
    worker.once('message', (response: EditionResponse) => {
      answered = true;
      if ('error' in response) return reject(new Error(response.error));
      addSpans(response.spans);
      resolve(response.summary);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the offline edition's worker stopped (exit code ${code}) before it was done`));
    });
  });
}

/**
 * Makes the offline edition once the site is built (and indexed: register it after the Pagefind integration):
 * - `<outDir>-offline/`: the edition, ready to open from disk (index.html) or copy to a stick, with SHA256SUMS;
 * - `<outDir>/download/cajad-briefing-offline.zip` (one folder inside) and its `.sha256`, which the site offers
 *   under "Take it with you".
 * The unpacked folder stays outside the online output, so the sitemap, the search index and the link checks of
 * the online site never see a second copy of every page. src/lib/offline/ holds the how and the why. The work runs
 * on a worker thread, whose heap is its own: on the build's thread, which Astro leaves holding gigabytes at 10,000
 * documents, the collector ran so often that the edition took 90 s (zip 46 s, rewrite 34 s); on a heap of its own,
 * 47 s (zip 19 s, rewrite 17 s). At 1,000 documents it makes no difference (5.0 s and 4.9 s), and the same bytes.
 */
export function offlineEdition(): AstroIntegration {
  let base = '/';
  return {
    name: 'briefing:offline-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const edition = await writeOnWorker({ site: fileURLToPath(dir), base });
        for (const warning of edition.warnings) logger.warn(warning);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `offline edition: ${edition.files} files in ${edition.folder}, zipped (${(edition.zipBytes / 1e6).toFixed(1)} MB) to ${edition.zip} in ${seconds} s`,
        );
      },
    },
  };
}
