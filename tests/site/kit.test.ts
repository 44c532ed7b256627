// The site is a kit: it builds from any content folder, and a broken one stops the build with a readable report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_SITE_WARNING } from '../../src/settings.ts';
import { buildFixture } from '../helpers/fixture-builds.ts';
import { readSite, text } from './site.ts';

const build = (content: string, env: Record<string, string> = {}) => buildFixture(content, { env });

describe('building another summit’s content', () => {
  // A test address (the .test domain is reserved for tests): the real content has none.
  const SITE = 'https://briefing.test/';
  let built: ReturnType<typeof build>;
  let pages: ReturnType<typeof readSite>;
  beforeAll(() => {
    built = build('tests/fixtures/mini-content', { BRIEFING_SITE: SITE });
    pages = built.status === 0 ? readSite(built.out) : new Map();
  });

  it('makes a site whose pages come from that folder alone', () => {
    expect(built.status, built.output).toBe(0);
    expect(text(pages.get('/')!.$, 'h1')).toBe('Fixture summit briefing');
    expect(pages.has('/countries/aland/')).toBe(true);
    expect(pages.has('/countries/kazakhstan/')).toBe(false);
    expect(text(pages.get('/documents/fixture-accord/')!.$, '.bf-facts')).toContain('about 7 annexes');
  });

  it('gives every page its absolute address on the site’s host when one is set: canonical, Open Graph, JSON-LD, citation', () => {
    expect(built.output).toContain(`site address ${SITE} (from BRIEFING_SITE)`);
    for (const p of pages.values()) {
      if (p.url === '/404.html') continue;
      const url = new URL(p.url, SITE).href;
      expect(p.$('link[rel="canonical"]').attr('href'), p.url).toBe(url);
      expect(p.$('meta[property="og:url"]').attr('content'), p.url).toBe(url);
      expect(p.$('meta[property="og:image"]').attr('content'), p.url).toBe(`${SITE}og-image.png`);
      const ld = JSON.parse(p.$('script[type="application/ld+json"]').html() ?? 'null');
      expect(ld['@graph'][1].url, p.url).toBe(url);
      expect(p.$('.bf-citethis__text').text(), p.url).toMatch(new RegExp(`${url.replace(/[.+?]/g, '\\$&')}$`));
    }
  });

  it('lists every page but search, the book and downloads in the sitemap, and robots.txt points to it', () => {
    const sitemap = readFileSync(join(built.out, 'sitemap-0.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    // The briefing book repeats every page in one: it stays out, so that search engines send readers to the pages.
    const missing = [...pages.keys()].filter(
      (url) => !['/404.html', '/search/', '/book/'].includes(url) && !listed.has(url),
    );
    expect(missing).toEqual([]);
    expect([...listed].filter((url) => /\/(book|search|download)\//.test(url))).toEqual([]);
    expect(readFileSync(join(built.out, 'robots.txt'), 'utf8')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${SITE}sitemap-index.xml\n`,
    );
  });
});

describe('building content with hostile text', () => {
  it('renders markup, script and odd Unicode in titles and text as inert text', () => {
    const { out, status, output } = build('tests/fixtures/hostile-content');
    expect(status, output).toBe(0);
    // Built without a site address: the build says once that absolute links are left out.
    expect(output.split(NO_SITE_WARNING).length - 1).toBe(1);
    const pages = readSite(out);
    const page = pages.get('/documents/hostile-accord/')!;
    // The title reads exactly as written, markup and all.
    expect(text(page.$, 'h1')).toBe(
      "<script>alert('title')</script> Accord & <b>Bold</b> \u202Egnp.exe \u200Bzero-width",
    );
    expect(text(page.$, '.bf-lede')).toContain('<img src=x onerror=alert(1)>');
    expect(text(page.$, '.bf-differ')).toContain('<a href=javascript:alert(5)>link</a>');
    // None of it became an element or an attribute.
    for (const p of pages.values()) {
      // JSON-LD and the citation files' JSON are data, never run; their "<" is escaped (checked below).
      const data = (s: Parameters<typeof p.$>[0]) =>
        ['application/ld+json', 'application/json'].includes(p.$(s).attr('type') ?? '');
      expect(
        p
          .$('script')
          .toArray()
          .filter((s) => /alert/.test(p.$(s).html() ?? '') && !data(s)),
        p.url,
      ).toEqual([]);
      for (const s of p.$('script[type="application/json"]').toArray())
        expect(p.$(s).html() ?? '', p.url).not.toContain('</script');
      expect(p.$('[onerror], [onload], iframe, b').length, p.url).toBe(0);
      expect(p.$('a[href^="javascript:"]').length, p.url).toBe(0);
    }
    // In JSON-LD, "<" is escaped so the data cannot close its script element.
    expect(page.$('script[type="application/ld+json"]').html() ?? '').not.toContain('</script');
  });
});

describe('building broken content', () => {
  it('fails, naming the file, each field, what was expected and how to fix it', () => {
    const { status, output } = build('tests/fixtures/broken-content');
    expect(status).not.toBe(0);
    expect(output).toContain(
      '**documents → bad-accord** (tests/fixtures/broken-content/documents/bad-accord.mdx) has 2 problems:',
    );
    expect(output).toContain('**date**: no such day in "2030-02-30": that month has 28 days');
    expect(output).toContain(
      '**value.0.currency**: expected an ISO 4217 currency code like "USD", "JPY" or "EUR", got "usd$"',
    );
    expect(output).toContain('Fix: see what "value" should hold in src/schemas/document.ts.');
    expect(output).not.toContain('Browser APIs');
  });
});
