// Module scripts as classic scripts, which a page opened from disk may run (Chromium refuses module scripts from
// file://: their origin is "null"). esbuild does the work, on code held in memory: the build's own output in,
// classic scripts out.
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Message, type Plugin, transform } from 'esbuild';
import { ENGINE_GLOBAL, RUNTIME_GLOBAL } from './pagefind-files.ts';

/**
 * Vite's preload helper reads import.meta, which a classic script lacks (esbuild makes it `{}`); it only does so
 * for a dynamic import's dependencies, which the bundles below empty. Other warnings are reported.
 */
const QUIET = { 'empty-import-meta': 'silent' } as const;

const utf8 = new TextDecoder();

function messages(list: Message[]): string[] {
  return list.map((m) => `${m.location ? `${m.location.file}:${m.location.line}: ` : ''}${m.text}`);
}

/**
 * Vite lists, at the top of an entry, the files each dynamic import needs, and preloads them with
 * <link rel="modulepreload"> from the site's root: from disk that would ask for "/_astro/…" at the top of the
 * disk. In one bundle there is nothing to preload, so the list is emptied (the helper then only calls import()).
 */
export function withoutPreloadList(code: string): string {
  return code.replace(/^const __vite__mapDeps=[^\n]*/, 'const __vite__mapDeps=()=>[];');
}

/** A classic script, and what esbuild had to say about making it. */
export interface ClassicScript {
  code: string;
  warnings: string[];
}

export interface ClassicBundle extends ClassicScript {
  /** The files bundled, by path from the site's root. */
  inputs: string[];
}

/**
 * One classic script that runs `entries` (module scripts, by path from the site's root, in order) with everything
 * they import, statically or dynamically with a fixed path. Modules two entries share are in it once, so they keep
 * one state, as modules do. `files` is the built site, by path.
 */
export async function bundleClassic(files: ReadonlyMap<string, Uint8Array>, entries: string[]): Promise<ClassicBundle> {
  const fromSite: Plugin = {
    name: 'briefing-site-files',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const from = args.namespace === 'site' ? posix.dirname(args.importer) : '';
        const path = args.path.startsWith('/') ? args.path.slice(1) : posix.join(from, args.path);
        if (!files.has(path))
          return {
            errors: [{ text: `${args.path}, imported by ${args.importer || 'the page'}, is not in the build` }],
          };
        return { path, namespace: 'site' };
      });
      b.onLoad({ filter: /.*/, namespace: 'site' }, (args) => ({
        contents: withoutPreloadList(utf8.decode(files.get(args.path))),
        loader: 'js',
      }));
    },
  };
  const result = await build({
    stdin: { contents: entries.map((e) => `import ${JSON.stringify(`/${e}`)};`).join('\n'), loader: 'js' },
    bundle: true,
    format: 'iife',
    minify: true,
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'silent',
    logOverride: QUIET,
    plugins: [fromSite],
  });
  return {
    code: result.outputFiles[0]!.text,
    inputs: Object.keys(result.metafile.inputs)
      .map((key) => key.replace(/^site:/, ''))
      .filter((key) => key !== '<stdin>')
      .sort(),
    warnings: messages(result.warnings),
  };
}

/** What a module script imports (an inline module with imports could not run from disk). */
export async function moduleImports(code: string): Promise<string[]> {
  const found: string[] = [];
  await build({
    stdin: { contents: code, loader: 'js' },
    bundle: true,
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'list-imports',
        setup: (b) => b.onResolve({ filter: /.*/ }, (args) => (found.push(args.path), { external: true })),
      },
    ],
  });
  return found;
}

/** Pagefind's engine (pagefind.js, an ES module) as a classic script that sets ENGINE_GLOBAL and fetches through the runtime. */
export async function classicEngine(code: string): Promise<ClassicScript> {
  const result = await transform(code, {
    format: 'iife',
    globalName: ENGINE_GLOBAL,
    // Only the engine's own fetch() calls go to the runtime; the page's fetch is left alone.
    define: { fetch: `${RUNTIME_GLOBAL}.fetch` },
    charset: 'utf8',
    logLevel: 'silent',
    logOverride: QUIET,
  });
  return { code: result.code, warnings: messages(result.warnings) };
}

/** An ES module with no imports (pagefind-highlight.js) as a classic script. */
export async function classicModule(code: string): Promise<ClassicScript> {
  const result = await transform(code, { format: 'iife', charset: 'utf8', logLevel: 'silent', logOverride: QUIET });
  return { code: result.code, warnings: messages(result.warnings) };
}

/** The offline search runtime (browser/pagefind-runtime.ts), compiled to one classic script. */
export async function compileRuntime(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./browser/pagefind-runtime.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
