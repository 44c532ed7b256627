import { describe, expect, it } from 'vitest';
import { makeOfflineEdition } from './make-edition.ts';
import { readCarrier } from './pagefind-files.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="/b/_astro/site.css"></head><body><script type="module" src="/b/_astro/Header.js"></script>${body}</body></html>`;

/** A built site under /b/ in miniature: two pages, the site's module scripts, a Pagefind bundle, last build's zip. */
function onlineBuild(): Map<string, Uint8Array> {
  return new Map([
    ['index.html', encode(page('<a href="/b/countries/">Countries</a>'))],
    [
      'countries/index.html',
      encode(page('<a href="/b/">Home</a><script type="module" src="/b/_astro/Search.js"></script>')),
    ],
    ['_astro/site.css', encode('body{color:black}')],
    ['_astro/Header.js', encode('import{a}from"./shared.js";a("header");')],
    ['_astro/Search.js', encode('import{a}from"./shared.js";a("search");')],
    ['_astro/shared.js', encode('export const a=(x)=>document.title=x;')],
    ['pagefind/pagefind.js', encode('export const createInstance=()=>fetch("x");')],
    ['pagefind/pagefind-worker.js', encode('onmessage=()=>{}')],
    ['pagefind/pagefind-entry.json', encode('{"version":"1.6.0"}')],
    ['pagefind/fragment/en_1.pf_fragment', new Uint8Array([31, 139, 8, 0])],
    ['download/cajad-briefing-offline.zip', encode('last build’s zip')],
    ['download/cajad-briefing-offline.zip.sha256', encode('…')],
  ]);
}

describe('makeOfflineEdition()', () => {
  it('rewrites pages, bundles the site’s scripts, carries the index and leaves out the zip', async () => {
    const { files } = await makeOfflineEdition(onlineBuild(), '/b/');
    const paths = [...files.keys()];
    expect(paths.filter((p) => !p.startsWith('_astro/offline.'))).toEqual([
      'README.txt',
      '_astro/site.css',
      'countries/index.html',
      'index.html',
      'pagefind/bf-offline.js',
      'pagefind/fragment/en_1.pf_fragment.js',
      'pagefind/pagefind-entry.json.js',
      'pagefind/pagefind.js',
    ]);
    // One bundle for the pages with the header's script, another for the page that adds the search script.
    expect(paths.filter((p) => p.startsWith('_astro/offline.'))).toHaveLength(2);
    const home = decode(files.get('index.html'));
    expect(home).toMatch(/<script defer src="\.\/_astro\/offline\.[0-9a-f]{10}\.js"><\/script>/);
    expect(home).toContain('<a href="./countries/index.html">Countries</a>');
    expect(decode(files.get('countries/index.html'))).toContain('<a href="../index.html">Home</a>');
  });

  it('carries each index file’s exact bytes, and loads the engine through the runtime', async () => {
    const { files } = await makeOfflineEdition(onlineBuild(), '/b/');
    expect(readCarrier(decode(files.get('pagefind/fragment/en_1.pf_fragment.js')))).toEqual({
      path: 'fragment/en_1.pf_fragment',
      bytes: new Uint8Array([31, 139, 8, 0]),
    });
    // The runtime the site's search loads first, to ask it for the engine.
    expect(decode(files.get('pagefind/bf-offline.js'))).toMatch(/__bfOffline/);
    expect(decode(files.get('pagefind/pagefind.js'))).toMatch(/__bfOffline\.fetch\)?\("x"\)/);
  });

  it('makes the same edition from the same build', async () => {
    const [a, b] = await Promise.all([
      makeOfflineEdition(onlineBuild(), '/b/'),
      makeOfflineEdition(onlineBuild(), '/b/'),
    ]);
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    for (const [path, bytes] of a.files)
      expect(Buffer.from(bytes).equals(Buffer.from(b.files.get(path)!)), path).toBe(true);
  });

  it('stops at an inline module script that imports, which could not run from disk', async () => {
    const build = onlineBuild();
    build.set('index.html', encode(page('<script type="module">import "./x.js";</script>')));
    await expect(makeOfflineEdition(build, '/b/')).rejects.toThrow(
      'index.html has an inline module script that imports ./x.js; it could not run from disk',
    );
  });
});
