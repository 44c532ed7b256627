import { describe, expect, it } from 'vitest';
import { rewritePages } from './rewrite-pages.ts';

const encode = (html: string) => new TextEncoder().encode(html);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const makePages = () =>
  Array.from({ length: 40 }, (_, i) => ({
    path: i === 0 ? 'index.html' : `documents/d${i}/index.html`,
    bytes: encode(
      `<!DOCTYPE html><html lang="en"><head><script type="module" src="/_astro/a.js"></script></head><body><a href="/documents/d${(i + 1) % 40}/">next</a><a href="/data/x.csv">csv</a></body></html>`,
    ),
  }));
const pages = makePages();
const files = new Set([...pages.map((p) => p.path), 'data/x.csv', '_astro/a.js']);

describe('rewritePages()', () => {
  it('rewrites every page the same in worker threads as on this one, in the pages’ order', async () => {
    const here = await rewritePages(pages, { base: '/', files, workers: 0 });
    const threads = await rewritePages(makePages(), { base: '/', files, workers: 2 });
    expect(threads.map((p) => ({ ...p, pieces: p.pieces.map(decode) }))).toEqual(
      here.map((p) => ({ ...p, pieces: p.pieces.map(decode) })),
    );
    expect(here[3]!.modules.external).toEqual(['_astro/a.js']);
    // Cut where the classic script goes (in the head), the links already rewritten.
    const [head, body] = here[3]!.pieces.map(decode);
    expect(head).toMatch(/<head>$/);
    expect(body).toContain('<a href="../../documents/d4/index.html">next</a>');
    expect(body).toContain('<a href="../../data/x.csv">csv</a>');
  });

  it('hands each page to its thread instead of copying it: the caller no longer holds the page as it was', async () => {
    const given = makePages();
    const sizes = given.map((p) => p.bytes.length);
    const rewritten = await rewritePages(given, { base: '/', files, workers: 2 });
    expect(given.map((p) => p.bytes.length)).toEqual(given.map(() => 0));
    // On this thread, nothing is handed over.
    const kept = makePages();
    await rewritePages(kept, { base: '/', files, workers: 0 });
    expect(kept.map((p) => p.bytes.length)).toEqual(sizes);
    expect(rewritten.every((p) => p.pieces.some((piece) => piece.length > 0))).toBe(true);
  });

  it('rewrites pages that share their bytes, or have none, like any other', async () => {
    const shared = encode('<!DOCTYPE html><html lang="en"><body><a href="/data/x.csv">csv</a></body></html>');
    const odd = [
      { path: 'a/index.html', bytes: shared },
      { path: 'b/index.html', bytes: shared },
      { path: 'c/index.html', bytes: new Uint8Array() },
    ];
    const expected = await rewritePages(odd, { base: '/', files, workers: 0 });
    const threads = await rewritePages(odd, { base: '/', files, workers: 2 });
    expect(threads.map((p) => p.pieces.map(decode))).toEqual(expected.map((p) => p.pieces.map(decode)));
  });

  it('says which page a worker could not rewrite', async () => {
    const bad = [{ path: 'x/index.html', bytes: encode('<script type="module" src="/elsewhere/a.js"></script>') }];
    await expect(rewritePages([...makePages(), ...bad], { base: '/b/', files, workers: 2 })).rejects.toThrow(
      'is not under the base path /b/',
    );
  });
});
