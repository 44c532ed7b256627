// Site-wide gates that read the built files: valid HTML, metadata, links that leave the site, nothing private.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHtmlProblems, validateHtml } from '../gates/html.ts';
import { checkExternalLinks } from '../gates/links.ts';
import { DIST, readSite } from './site.ts';

const pages = readSite();
const content = [...pages.values()].filter((p) => p.url !== '/404.html');

describe('valid HTML', () => {
  it('has no html-validate error on any page', async () => {
    expect(formatHtmlProblems(await validateHtml(DIST))).toEqual([]);
  });
});

describe('metadata', () => {
  it('gives every page a unique title and a unique description', () => {
    const seen = (pick: (p: (typeof content)[number]) => string) => {
      const by = new Map<string, string[]>();
      for (const p of content) by.set(pick(p), [...(by.get(pick(p)) ?? []), p.url]);
      return [...by].filter(([, urls]) => urls.length > 1).map(([value, urls]) => `${JSON.stringify(value)} on ${urls.join(', ')}`);
    };
    expect(seen((p) => p.$('title').text())).toEqual([]);
    expect(seen((p) => p.$('meta[name="description"]').attr('content') ?? '')).toEqual([]);
  });

  it('gives every page a canonical URL, Open Graph tags with an image, and parseable JSON-LD', () => {
    for (const p of pages.values()) {
      const canonical = p.$('link[rel="canonical"]').attr('href') ?? '';
      expect(canonical, p.url).toMatch(/^https:\/\//);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type', 'og:site_name']) {
        expect(p.$(`meta[property="${property}"]`).attr('content'), `${p.url} ${property}`).toBeTruthy();
      }
      const ld = JSON.parse(p.$('script[type="application/ld+json"]').html() ?? 'null');
      expect(ld?.['@context'], p.url).toBe('https://schema.org');
    }
    const image = pages.get('/')!.$('meta[property="og:image"]').attr('content')!;
    const png = readFileSync(join(DIST, new URL(image).pathname));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('describes the summit as an Event and each document as a CreativeWork', () => {
    const types = (url: string) =>
      (JSON.parse(pages.get(url)!.$('script[type="application/ld+json"]').html()!)['@graph'] as { '@type': string }[]).map((n) => n['@type']);
    expect(types('/')).toContain('Event');
    expect(types('/events/summit-2025/')).toContain('Event');
    expect(types('/documents/tokyo-declaration/')).toContain('CreativeWork');
  });

  it('lists every page in the sitemap, and robots.txt points to it', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    // The briefing book repeats every page in one: it stays out, so that search engines send readers to the pages.
    const missing = content.filter((p) => p.url !== '/search/' && p.url !== '/book/' && !listed.has(p.url)).map((p) => p.url);
    expect(missing).toEqual([]);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
  });
});

describe('links that leave the site', () => {
  it('are well-formed http(s) addresses marked as external', () => {
    expect(checkExternalLinks(pages)).toEqual([]);
  });
});

describe('privacy', () => {
  it('puts no machine paths, secrets or local addresses in the output', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
    const leaks: string[] = [];
    for (const file of files(DIST).filter((f) => /\.(html|js|css|json|xml|txt|csv|md|svg)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of [/\/work\/main/, /\/root\//, /\/home\/[a-z]/, /file:\/\/\//, /127\.0\.0\.1|localhost:\d/, /BEGIN [A-Z ]*PRIVATE KEY/, /(api[_-]?key|secret|token)\s*[:=]\s*["'][A-Za-z0-9]{12,}/i]) {
        const m = pattern.exec(text);
        if (m) leaks.push(`${relative(DIST, file)}: ${m[0]}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
