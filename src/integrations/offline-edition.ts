import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { eachAtOnce, writeFilesAtOnce } from '../lib/each-at-once.ts';
import { sha256, sha256sums } from '../lib/offline/checksums.ts';
import { CHECKSUMS_FILE, OFFLINE_EDITION_NAME, offlineEditionPaths } from '../lib/offline/edition.ts';
import { makeOfflineEdition } from '../lib/offline/make-edition.ts';
import { zipEdition } from '../lib/offline/zip.ts';
import { timed } from '../lib/profile.ts';

/** Every file under a folder, by path from it with "/" separators, in the order readdir lists them. */
async function readTree(root: string): Promise<Map<string, Uint8Array>> {
  const paths = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  const bytes = new Array<Uint8Array>(paths.length);
  await eachAtOnce(paths, async (path, i) => void (bytes[i] = await readFile(path)));
  return new Map(paths.map((path, i) => [relative(root, path).split(sep).join('/'), bytes[i]!]));
}

async function writeTree(root: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  await writeFilesAtOnce([...files].map(([path, data]) => ({ target: join(root, ...path.split('/')), data })));
}

/**
 * Makes the offline edition once the site is built (and indexed: register it after the Pagefind integration):
 * - `<outDir>-offline/`: the edition, ready to open from disk (index.html) or copy to a stick, with SHA256SUMS;
 * - `<outDir>/download/cajad-briefing-offline.zip` (one folder inside) and its `.sha256`, which the site offers
 *   under "Take it with you".
 * The unpacked folder stays outside the online output, so the sitemap, the search index and the link checks of
 * the online site never see a second copy of every page. src/lib/offline/ holds the how and the why.
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
        const site = fileURLToPath(dir);
        const paths = offlineEditionPaths(site);
        const { files, warnings } = await timed('offline edition: rewrite pages', async () =>
          makeOfflineEdition(await timed('offline edition: read the site', () => readTree(site)), base),
        );
        for (const warning of warnings) logger.warn(warning);
        files.set(
          CHECKSUMS_FILE,
          new TextEncoder().encode(timed('offline edition: checksums', () => sha256sums(files))),
        );

        await rm(paths.folder, { recursive: true, force: true });
        // One after the other: both run on libuv's pool, and at once (measured) the 64 writes and the deflates
        // slowed each other more than they overlapped.
        await timed('offline edition: write the folder', () => writeTree(paths.folder, files));
        const zip = await timed('offline edition: zip', () => zipEdition(files, OFFLINE_EDITION_NAME));
        await mkdir(dirname(paths.zip), { recursive: true });
        await writeFile(paths.zip, zip);
        await writeFile(paths.zipChecksum, `${sha256(zip)}  ${OFFLINE_EDITION_NAME}.zip\n`);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `offline edition: ${files.size} files in ${paths.folder}, zipped (${(zip.length / 1e6).toFixed(1)} MB) to ${paths.zip} in ${seconds} s`,
        );
      },
    },
  };
}
