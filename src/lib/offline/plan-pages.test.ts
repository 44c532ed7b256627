import { describe, expect, it } from 'vitest';
import { planPages } from './plan-pages.ts';

const pages = Array.from({ length: 40 }, (_, i) => ({
  path: i === 0 ? 'index.html' : `documents/d${i}/index.html`,
  html: `<!DOCTYPE html><html lang="en"><head><script type="module" src="/_astro/a.js"></script></head><body><a href="/documents/d${(i + 1) % 40}/">next</a><a href="/data/x.csv">csv</a></body></html>`,
}));
const files = new Set([...pages.map((p) => p.path), 'data/x.csv', '_astro/a.js']);

describe('planPages()', () => {
  it('plans every page the same in worker threads as on this one, in the pages’ order', async () => {
    const here = await planPages(pages, { base: '/', files, workers: 0 });
    const threads = await planPages(pages, { base: '/', files, workers: 2 });
    expect(threads).toEqual(here);
    expect(here[3]!.modules.external).toEqual(['_astro/a.js']);
    expect(here[3]!.edits.map((e) => e.text)).toContain('href="../../documents/d4/index.html"');
  });

  it('says which page a worker could not plan', async () => {
    const bad = [{ path: 'x/index.html', html: '<script type="module" src="/elsewhere/a.js"></script>' }];
    await expect(planPages([...pages, ...bad], { base: '/b/', files, workers: 2 })).rejects.toThrow(
      'is not under the base path /b/',
    );
  });
});
