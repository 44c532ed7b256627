import { describe, expect, it } from 'vitest';
import { categorise, sumByCategory } from './network.ts';

describe('categorise()', () => {
  it('sorts responses by what they are to a reader', () => {
    expect(categorise('document', 'text/html', 'http://127.0.0.1/')).toBe('html');
    expect(categorise('stylesheet', 'text/css', 'http://127.0.0.1/_astro/a.css')).toBe('css');
    expect(categorise('script', 'text/javascript', 'http://127.0.0.1/_astro/a.js')).toBe('js');
    expect(categorise('font', 'font/woff2', 'http://127.0.0.1/f.woff2')).toBe('font');
    expect(categorise('other', 'image/svg+xml', 'http://127.0.0.1/favicon.svg')).toBe('image');
  });

  it('tells Pagefind’s WebAssembly and index chunks apart from other fetches', () => {
    expect(categorise('fetch', 'application/octet-stream', 'http://127.0.0.1/pagefind/wasm.en.pagefind')).toBe('wasm');
    expect(categorise('fetch', 'application/octet-stream', 'http://127.0.0.1/pagefind/index/en_1.pf_index')).toBe(
      'search-index',
    );
    expect(categorise('fetch', 'application/json', 'http://127.0.0.1/pagefind/pagefind-entry.json?ts=1')).toBe(
      'search-index',
    );
    expect(categorise('fetch', 'application/json', 'http://127.0.0.1/data/documents.json')).toBe('other');
  });
});

describe('sumByCategory()', () => {
  it('adds bytes and requests per category', () => {
    const t = (category: 'html' | 'js', bytes: number) => ({
      url: 'http://x/',
      category,
      bytes,
      sentAt: 0,
      finishedAt: 0,
    });
    const sum = sumByCategory([t('html', 100), t('js', 20), t('js', 30)]);
    expect(sum.bytes.js).toBe(50);
    expect(sum.requests.js).toBe(2);
    expect(sum.totalBytes).toBe(150);
    expect(sum.totalRequests).toBe(3);
  });
});
