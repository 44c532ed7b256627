// Writes the offline edition of a built site: its folder beside the site, and its zip and checksum inside it. Run
// on a worker thread of its own by src/integrations/offline-edition.ts (edition-worker.ts).
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { eachAtOnce, writeFilesAtOnce } from '../each-at-once.ts';
import { sha256sums } from './checksums.ts';
import { CHECKSUMS_FILE, OFFLINE_EDITION_NAME, offlineEditionPaths } from './edition.ts';
import { makeOfflineEdition } from './make-edition.ts';
import { writeZipEdition } from './zip.ts';
import { timed } from '../profile.ts';

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

/** What writeOfflineEdition() made, for the build's log. */
export interface EditionSummary {
  files: number;
  folder: string;
  zip: string;
  zipBytes: number;
  warnings: string[];
}

/** The offline edition of the site built in `site` (a folder) under the base path `base` ("/" or "/a/b/"). */
export async function writeOfflineEdition(site: string, base: string): Promise<EditionSummary> {
  const paths = offlineEditionPaths(site);
  const { files, warnings } = await timed('offline edition: rewrite pages', async () =>
    makeOfflineEdition(await timed('offline edition: read the site', () => readTree(site)), base),
  );
  files.set(CHECKSUMS_FILE, new TextEncoder().encode(timed('offline edition: checksums', () => sha256sums(files))));

  await rm(paths.folder, { recursive: true, force: true });
  // One after the other: both run on libuv's pool, and at once (measured) the 64 writes and the deflates
  // slowed each other more than they overlapped.
  await timed('offline edition: write the folder', () => writeTree(paths.folder, files));
  await mkdir(dirname(paths.zip), { recursive: true });
  const zip = await timed('offline edition: zip', () => writeZipEdition(paths.zip, files, OFFLINE_EDITION_NAME));
  await writeFile(paths.zipChecksum, `${zip.sha256}  ${OFFLINE_EDITION_NAME}.zip\n`);
  return { files: files.size, folder: paths.folder, zip: paths.zip, zipBytes: zip.bytes, warnings };
}
