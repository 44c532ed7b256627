// The offline edition, made from the online build's files (in memory: path → bytes, out the same way). What changes:
// - pages: relative addresses naming their index.html, one classic script for their module scripts, the edition's
//   own parts (offline-page.ts);
// - the site's module scripts: bundled into classic scripts, one per set of scripts a page loads;
// - Pagefind: the same engine and index, loadable from disk (pagefind-files.ts, browser/pagefind-runtime.ts);
// - a README.txt for whoever is handed the folder.
// The zip of the edition and its checksum, which the online build holds, are left out (a zip cannot hold itself).
import { sha256 } from './checksums.ts';
import { bundleClassic, classicEngine, classicModule, compileRuntime, moduleImports } from './classic-scripts.ts';
import { CHECKSUMS_FILE, OFFLINE_ZIP, OFFLINE_ZIP_CHECKSUM } from './edition.ts';
import { finishOfflinePage, type RewrittenPage } from './offline-page.ts';
import { rewritePages } from './rewrite-pages.ts';
import { CARRIER_SUFFIX, carrierScript, isPagefindData, OFFLINE_RUNTIME_FILE } from './pagefind-files.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

export interface OfflineEdition {
  /** Every file of the edition, by path from its root, in path order. */
  files: Map<string, Uint8Array>;
  /** Things worth a look that did not stop the build (esbuild's warnings). */
  warnings: string[];
}

/** What a recipient of the folder reads first. */
export function readme(): string {
  return [
    'The offline edition of this briefing',
    '',
    'Open index.html in a web browser. Every page, chart, table and the search work from this folder,',
    'with no network; nothing is fetched from anywhere else.',
    '',
    'To check that no file was changed, run this in the folder:',
    '',
    `    sha256sum -c ${CHECKSUMS_FILE}             (Linux, WSL)`,
    `    shasum -a 256 -c ${CHECKSUMS_FILE}         (macOS)`,
    '',
    `Every line should end in OK. On Windows, compare a file's line in ${CHECKSUMS_FILE} with`,
    'the output of `certutil -hashfile <file> SHA256`.',
    '',
  ].join('\n');
}

/** Site scripts: one classic bundle per set of module scripts a page loads. Returns each page's bundle. */
async function classicSiteScripts(
  files: Map<string, Uint8Array>,
  online: ReadonlyMap<string, Uint8Array>,
  pages: readonly { path: string; page: RewrittenPage }[],
  warnings: string[],
) {
  const bundleOf = new Map<string, string>();
  const byEntries = new Map<string, string>();
  const bundled = new Set<string>();
  const inlineChecked = new Set<string>();
  for (const { path: page, page: rewritten } of pages) {
    const { modules } = rewritten;
    for (const code of modules.inline) {
      if (inlineChecked.has(code)) continue;
      inlineChecked.add(code);
      const imports = await moduleImports(code);
      if (imports.length)
        throw new Error(
          `${page} has an inline module script that imports ${imports.join(', ')}; it could not run from disk`,
        );
    }
    if (!modules.external.length) continue;
    const key = modules.external.join('\n');
    let path = byEntries.get(key);
    if (!path) {
      const bundle = await bundleClassic(online, modules.external);
      path = `_astro/offline.${sha256(encode(bundle.code)).slice(0, 10)}.js`;
      files.set(path, encode(bundle.code));
      bundle.inputs.forEach((input) => bundled.add(input));
      warnings.push(...bundle.warnings.map((w) => `${modules.external.join(' + ')}: ${w}`));
      byEntries.set(key, path);
    }
    bundleOf.set(page, path);
  }
  // The modules now live inside the bundles; left in the folder they would be files nothing loads.
  for (const input of bundled) files.delete(input);
  return bundleOf;
}

/** Pagefind's bundle (pagefind/…), made loadable from disk. */
async function offlinePagefind(files: Map<string, Uint8Array>, warnings: string[]) {
  const at = (name: string) => `pagefind/${name}`;
  for (const path of [...files.keys()]) {
    if (!path.startsWith('pagefind/') || !isPagefindData(path)) continue;
    files.set(`${path}${CARRIER_SUFFIX}`, encode(carrierScript(path.slice('pagefind/'.length), files.get(path)!)));
    files.delete(path);
  }
  const engine = await classicEngine(decode(files.get(at('pagefind.js'))!));
  files.set(at('pagefind.js'), encode(engine.code));
  warnings.push(...engine.warnings.map((w) => `pagefind.js: ${w}`));
  if (files.has(at('pagefind-highlight.js'))) {
    const highlight = await classicModule(decode(files.get(at('pagefind-highlight.js'))!));
    files.set(at('pagefind-highlight.js'), encode(highlight.code));
    warnings.push(...highlight.warnings.map((w) => `pagefind-highlight.js: ${w}`));
  }
  files.set(at(OFFLINE_RUNTIME_FILE), encode(await compileRuntime()));
  // A worker cannot start from disk; the engine runs on the page's thread (the runtime asks for noWorker).
  files.delete(at('pagefind-worker.js'));
}

/**
 * The offline edition of an online build (`online`: its files by path; `base`: its base path, "/" or "/a/b/").
 * `workers`: threads that parse the pages (default: rewritePages() decides by the number of pages). Where threads
 * parse them, the pages' bytes are handed over to them: afterwards `online` holds its pages as empty arrays.
 */
export async function makeOfflineEdition(
  online: ReadonlyMap<string, Uint8Array>,
  base: string,
  options: { workers?: number } = {},
): Promise<OfflineEdition> {
  const files = new Map(online);
  for (const path of [OFFLINE_ZIP, OFFLINE_ZIP_CHECKSUM, CHECKSUMS_FILE]) files.delete(path);
  const warnings: string[] = [];
  const paths = [...files.keys()].filter((path) => path.endsWith('.html')).sort();

  // Links are told apart (a file, or a folder's index.html) by the files of the online build.
  const rewritten = await rewritePages(
    paths.map((path) => ({ path, bytes: online.get(path)! })),
    { base, files: new Set(files.keys()), workers: options.workers },
  );
  const pages = paths.map((path, i) => ({ path, page: rewritten[i]! }));
  const bundleOf = await classicSiteScripts(files, online, pages, warnings);
  if (files.has('pagefind/pagefind.js')) await offlinePagefind(files, warnings);
  files.set('README.txt', encode(readme()));

  // Each page's pieces are let go once it is whole again, so no more than one page is ever held twice.
  for (const { path, page } of pages) {
    files.set(path, finishOfflinePage(page, path, bundleOf.get(path)));
    page.pieces = [];
  }
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), warnings };
}
