import { describe, expect, it } from 'vitest';
import { offlinePage, pageModules } from './offline-page.ts';

const files = new Set([
  'index.html',
  'about/index.html',
  'search/index.html',
  'countries/kazakhstan/index.html',
  '_astro/site.css',
  'data/documents.csv',
]);
const options = (pagePath: string, base = '/') => ({
  base,
  pagePath,
  hasFile: (p: string) => files.has(p),
  classicScript: '_astro/offline.abc.js',
});

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-X='">${head}</head><body>${body}</body></html>`;

describe('offlinePage()', () => {
  it('states the folder’s root on <html> for the page’s scripts', () => {
    expect(offlinePage(page(''), options('countries/kazakhstan/index.html'))).toContain(
      '<html lang="en" data-bf-root="../../">',
    );
    expect(offlinePage(page(''), options('index.html'))).toContain('<html lang="en" data-bf-root="./">');
  });

  it('makes links, stylesheets, forms and images relative, naming index.html', () => {
    const html = page(
      '<a href="/about/#method">About</a><form action="/search/" method="get"></form><img src="/_astro/x.png" srcset="/_astro/x.png 1x, /_astro/y.png 2x" alt=""><a href="https://example.org/">out</a>',
      '<link rel="stylesheet" href="/_astro/site.css">',
    );
    const out = offlinePage(html, options('countries/kazakhstan/index.html'));
    expect(out).toContain('<a href="../../about/index.html#method">About</a>');
    expect(out).toContain('<form action="../../search/index.html" method="get">');
    expect(out).toContain('<link rel="stylesheet" href="../../_astro/site.css">');
    expect(out).toContain('src="../../_astro/x.png" srcset="../../_astro/x.png 1x, ../../_astro/y.png 2x"');
    expect(out).toContain('<a href="https://example.org/">out</a>');
  });

  it('takes the base path off a sub-path build', () => {
    const out = offlinePage(page('<a href="/a/b/about/">About</a>'), options('index.html', '/a/b/'));
    expect(out).toContain('<a href="./about/index.html">About</a>');
  });

  it('replaces the module scripts with one deferred classic script where the first stood', () => {
    const html = page(
      '<header><script type="module" src="/_astro/SearchBox.js"></script></header><main><script type="module" src="/_astro/search.js"></script></main>',
    );
    const out = offlinePage(html, options('search/index.html'));
    expect(out).toContain('<header><script defer src="../_astro/offline.abc.js"></script></header><main></main>');
    expect(out).not.toContain('type="module" src');
  });

  it('leaves inline scripts byte for byte, so the policy’s hashes still match', () => {
    const inline =
      '<script type="module">var e=document.querySelector(`a[href="/x/"]`);</script><script>try{localStorage}catch{}</script>';
    const html = page(inline);
    const out = offlinePage(html, options('about/index.html'));
    expect(out).toContain(inline);
    expect(out).toContain(`content="script-src 'self' 'sha256-X='"`);
  });

  it('drops module preloads, which would ask for modules from the disk’s root', () => {
    expect(
      offlinePage(page('', '<link rel="modulepreload" href="/_astro/a.js">'), options('index.html')),
    ).not.toContain('modulepreload');
  });

  it('keeps the offline edition’s own parts and removes the online ones, with their links', () => {
    const html = page(
      '<section><p data-bf-edition="online"><a href="/download/x.zip" download>Download</a> <span>zip</span></p><p data-bf-edition="offline" hidden data-pagefind-ignore>You are reading the offline edition.</p></section>',
    );
    const out = offlinePage(html, options('about/index.html'));
    expect(out).toContain(
      '<section><p data-bf-edition="offline" data-pagefind-ignore>You are reading the offline edition.</p></section>',
    );
    expect(out).not.toContain('download');
  });

  it('changes nothing else', () => {
    const html = page('<p class="bf-lede">Text with <em>markup</em> &amp; entities, and "/countries/" as text.</p>');
    const out = offlinePage(html, options('index.html'));
    expect(out.replace(' data-bf-root="./"', '')).toBe(html);
  });

  it('refuses a page with module scripts when no classic script replaces them', () => {
    expect(() =>
      offlinePage(page('<script type="module" src="/_astro/a.js"></script>'), {
        ...options('index.html'),
        classicScript: undefined,
      }),
    ).toThrow('index.html loads module scripts but no classic script replaces them');
  });
});

describe('pageModules()', () => {
  it('lists external module scripts by path from the site’s root, and inline ones by their code', () => {
    const html = page(
      '<script type="module" src="/a/b/_astro/One.js"></script><script type="module">let x=1;</script><script>classic()</script><script type="module" src="/a/b/_astro/Two.js"></script>',
    );
    expect(pageModules(html, '/a/b/')).toEqual({
      external: ['_astro/One.js', '_astro/Two.js'],
      inline: ['let x=1;'],
    });
  });
});

describe('offlinePage() reads the page as a browser would', () => {
  it('leaves addresses inside comments and script text alone, and keeps entities in the ones it rewrites', () => {
    const html = page(
      '<!-- <a href="/about/"> --><script>const a = "<a href=\'/about/\'>";</script><a title="1 > 0" href="/search/?q=a&amp;b">s</a>',
    );
    const out = offlinePage(html, options('index.html'));
    expect(out).toContain('<!-- <a href="/about/"> --><script>const a = "<a href=\'/about/\'>";</script>');
    expect(out).toContain('<a title="1 > 0" href="./search/index.html?q=a&amp;b">s</a>');
  });
});
