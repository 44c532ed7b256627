import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  bundleClassic,
  classicEngine,
  classicModule,
  compileRuntime,
  moduleImports,
  withoutPreloadList,
} from './classic-scripts.ts';

const encode = (text: string) => new TextEncoder().encode(text);

// The shape of Vite's output: an entry with its preload list, a chunk two entries share, a lazily imported chunk.
const site = new Map([
  [
    '_astro/Entry.js',
    encode(
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/lazy.js"])))=>i.map(i=>d[i]);\n' +
        'import{k as key}from"./shared.js";' +
        'var preload=function(f,deps){if(deps&&deps.length){document.head.append(new URL(deps[0],import.meta.url).href)}return f()};' +
        'window.log.push("entry "+key);' +
        'preload(()=>import("./lazy.js"),__vite__mapDeps([0])).then(m=>window.log.push(m.lazy()));',
    ),
  ],
  ['_astro/shared.js', encode('var count=0;export const k="shared";export function bump(){return ++count}')],
  ['_astro/lazy.js', encode('import{bump}from"./shared.js";export const lazy=()=>"lazy "+bump();')],
  ['_astro/Second.js', encode('import{bump}from"./shared.js";window.log.push("second "+bump());')],
]);

/** Runs a classic script as a page would, and what it logged once its promises settle. */
async function run(
  code: string,
  globals: Record<string, unknown> = {},
): Promise<{ log: string[]; preloaded: string[] }> {
  const log: string[] = [];
  const preloaded: string[] = [];
  const window = { log };
  runInNewContext(code, { window, document: { head: { append: (x: string) => preloaded.push(x) } }, URL, ...globals });
  await new Promise((resolve) => setTimeout(resolve, 10));
  return { log, preloaded };
}

describe('withoutPreloadList()', () => {
  it('empties Vite’s list of files to preload and leaves the rest', () => {
    expect(
      withoutPreloadList(
        'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js"])))=>i.map(i=>d[i]);\nrest()',
      ),
    ).toBe('const __vite__mapDeps=()=>[];\nrest()');
    expect(withoutPreloadList('rest()')).toBe('rest()');
  });
});

describe('bundleClassic()', () => {
  it('makes one classic script that runs the entries in order, with what they import now or later', async () => {
    const { code, inputs } = await bundleClassic(site, ['_astro/Entry.js', '_astro/Second.js']);
    expect(code).not.toMatch(/\bimport\s*[({"'`]|\bexport\s*[{*]|import\.meta/);
    expect(inputs).toEqual(['_astro/Entry.js', '_astro/Second.js', '_astro/lazy.js', '_astro/shared.js']);
    const { log, preloaded } = await run(code);
    // One copy of the shared module, so one count, as with modules; nothing preloaded from the disk's root.
    expect(log).toEqual(['entry shared', 'second 1', 'lazy 2']);
    expect(preloaded).toEqual([]);
  });

  it('names the missing file when an import points outside the build', async () => {
    const broken = new Map([['_astro/A.js', encode('import"./gone.js";')]]);
    await expect(bundleClassic(broken, ['_astro/A.js'])).rejects.toThrow(
      './gone.js, imported by _astro/A.js, is not in the build',
    );
  });
});

describe('moduleImports()', () => {
  it('lists what a module imports, statically or dynamically', async () => {
    expect(await moduleImports('import{a}from"./a.js";import("./b.js");')).toEqual(['./a.js', './b.js']);
    expect(await moduleImports('var e=()=>location.hash;addEventListener(`hashchange`,e);')).toEqual([]);
  });
});

describe('classicEngine()', () => {
  it('exposes the engine’s exports as a global and sends only its fetch() to the runtime', async () => {
    const engine = 'export const createInstance = () => fetch("pagefind-entry.json");';
    const { code } = await classicEngine(engine);
    const asked: string[] = [];
    const context: Record<string, unknown> = {
      __bfOffline: { fetch: (url: string) => (asked.push(url), 'from the runtime') },
      fetch: () => 'from the network',
    };
    runInNewContext(`${code};globalThis.result = __bfPagefind.createInstance();`, context);
    expect(context.result).toBe('from the runtime');
    expect(asked).toEqual(['pagefind-entry.json']);
  });
});

describe('classicModule()', () => {
  it('turns a module without imports into a script that still sets its globals', async () => {
    const { code } = await classicModule(
      'class Highlight {}\nwindow.PagefindHighlight = Highlight;\nexport { Highlight as default };',
    );
    const window: Record<string, unknown> = {};
    runInNewContext(code, { window });
    expect(typeof window.PagefindHighlight).toBe('function');
  });
});

describe('compileRuntime()', () => {
  it('compiles the offline runtime into a classic script that installs it', async () => {
    const code = await compileRuntime();
    const window: Record<string, unknown> = {};
    runInNewContext(code, { window });
    expect(Object.keys(window.__bfOffline as object)).toEqual(['data', 'fetch', 'importEngine']);
  });
});
