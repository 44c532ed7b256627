import { describe, expect, it } from 'vitest';
import { externalReferences, standaloneHtml } from './standalone.ts';

const PAGE = `<!doctype html><html lang="en" data-theme="light"><head><meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'">
<title>Briefing book</title>
<link rel="canonical" href="https://briefing.test/briefing/book/">
<link rel="sitemap" href="/briefing/sitemap-index.xml">
<meta property="og:image" content="https://briefing.test/briefing/og-image.png">
<link rel="stylesheet" href="/briefing/_astro/site.css">
<script type="application/ld+json">{}</script><script type="module" src="/briefing/_astro/a.js"></script>
</head><body><main>
<a href="#countries-japan">Japan</a> <a href="/briefing/data/">Open data</a> <a href="https://example.org/s1" rel="external noopener">Original</a>
<figure id="chart-money"><details class="bf-chart__sources"><summary>Sources (9)</summary>S1</details>
<svg><rect fill="url(#chart-money-wide-p)"/></svg>
<p class="bf-chart__downloads"><a href="/briefing/charts/money.csv" download>CSV</a></p></figure>
</main></body></html>`;

const assets: Record<string, string> = { '_astro/site.css': '.bf-book > ol > li { color: #000 }' };
const read = (path: string) => {
  const css = assets[path];
  if (css === undefined) throw new Error(`no ${path}`);
  return css;
};

describe('standaloneHtml()', () => {
  const html = standaloneHtml(PAGE, read);

  it('inlines the style sheets as they are', () => {
    expect(html).toContain('<style>.bf-book > ol > li { color: #000 }</style>');
  });

  it('drops scripts, linked files and web metadata, and forbids the browser to load anything', () => {
    expect(html).not.toMatch(/<script|<link|og:image|default-src 'self'/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('keeps links within the book and to sources, and sends other links of the site to the online edition', () => {
    expect(html).toContain('<a href="#countries-japan">');
    expect(html).toContain('<a href="https://briefing.test/briefing/data/" rel="external">Open data</a>');
    expect(html).toContain('<a href="https://example.org/s1" rel="external noopener">');
  });

  it('leaves links of the site as their text when the site has no address to send them to', () => {
    const page = PAGE.replace(/<link rel="canonical"[^>]*>/, '').replace(
      '<html lang="en"',
      '<html lang="en" data-base="/briefing/"',
    );
    const html = standaloneHtml(page, read);
    expect(html).toContain('<a href="#countries-japan">Japan</a> Open data <a href="https://example.org/s1"');
    expect(externalReferences(html)).toEqual([]);
  });

  it('leaves out the downloads and opens the folded lists of sources, for paper', () => {
    expect(html).not.toContain('money.csv');
    expect(html).toMatch(/<details class="bf-chart__sources" open="">/);
  });

  it('leaves nothing that refers outside the file', () => {
    expect(externalReferences(html)).toEqual([]);
  });

  it('refuses a style sheet that needs other files', () => {
    expect(() => standaloneHtml(PAGE, () => 'main { background: url(/img/a.png) }')).toThrowErrorMatchingInlineSnapshot(
      `[Error: /briefing/_astro/site.css refers to other files (/img/a.png); the single-file book cannot include them]`,
    );
  });

  it('leaves out the faces of the site’s own typeface, whose local fallbacks stand in', () => {
    const html = standaloneHtml(
      PAGE,
      () =>
        "@font-face{font-family:'Inter Variable';src:url(inter.woff2)}@font-face{font-family:'Inter Fallback';src:local('Arial')}p{color:red}",
    );
    expect(html).toContain("@font-face{font-family:'Inter Fallback';src:local('Arial')}p{color:red}");
    expect(externalReferences(html)).toEqual([]);
  });
});

describe('externalReferences()', () => {
  it('names whatever would load or lead outside the file', () => {
    const html = `<html><head><link rel="icon" href="/favicon.ico"><style>@import "x.css"; a { background: url(/bg.png) }</style></head>
<body><img src="a.png"><a href="/about/">About</a><a href="https://example.org/">unmarked</a><svg><use href="sprite.svg#i"/><rect fill="url(#ok)"/></svg></body></html>`;
    expect(externalReferences(html)).toMatchInlineSnapshot(`
      [
        "loads: <link rel="icon" href="/favicon.ico">",
        "loads: <img src="a.png">",
        "style loads: /bg.png",
        "style imports another style sheet",
        "refers to: <link rel="icon" href="/favicon.ico">",
        "refers to: <a href="/about/">About</a>",
        "refers to: <a href="https://example.org/">unmarked</a>",
        "refers to: <use href="sprite.svg#i"></use>",
      ]
    `);
  });
});
