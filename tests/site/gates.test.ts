// Site-wide gates that read the built files: valid HTML, metadata, links that leave the site, nothing private.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
      return [...by]
        .filter(([, urls]) => urls.length > 1)
        .map(([value, urls]) => `${JSON.stringify(value)} on ${urls.join(', ')}`);
    };
    expect(seen((p) => p.$('title').text())).toEqual([]);
    expect(seen((p) => p.$('meta[name="description"]').attr('content') ?? '')).toEqual([]);
  });

  // This build has no site address (content/site.yaml sets none): tests/site/kit.test.ts builds one with an address.
  it('gives every page Open Graph tags with an image and parseable JSON-LD, and no absolute link to a made-up host', () => {
    for (const p of pages.values()) {
      expect(p.$('link[rel="canonical"], link[rel="sitemap"], meta[property="og:url"]').length, p.url).toBe(0);
      for (const property of ['og:title', 'og:description', 'og:image', 'og:type', 'og:site_name']) {
        expect(p.$(`meta[property="${property}"]`).attr('content'), `${p.url} ${property}`).toBeTruthy();
      }
      const ld = JSON.parse(p.$('script[type="application/ld+json"]').html() ?? 'null');
      expect(ld?.['@context'], p.url).toBe('https://schema.org');
      expect(JSON.stringify(ld), p.url).not.toMatch(/"url"/);
      expect(p.$('.bf-citethis').text(), p.url).not.toMatch(/https?:/);
    }
    const image = pages.get('/')!.$('meta[property="og:image"]').attr('content')!;
    const png = readFileSync(join(DIST, image));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('has no sitemap without a site address, and robots.txt names none', () => {
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });

  it('describes the summit as an Event and each document as a CreativeWork', () => {
    const types = (url: string) =>
      (
        JSON.parse(pages.get(url)!.$('script[type="application/ld+json"]').html()!)['@graph'] as { '@type': string }[]
      ).map((n) => n['@type']);
    expect(types('/')).toContain('Event');
    expect(types('/events/summit-2025/')).toContain('Event');
    expect(types('/documents/tokyo-declaration/')).toContain('CreativeWork');
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
      for (const pattern of [
        /\/work\/main/,
        /\/root\//,
        /\/home\/[a-z]/,
        /file:\/\/\//,
        /127\.0\.0\.1|localhost:\d/,
        /BEGIN [A-Z ]*PRIVATE KEY/,
        /(api[_-]?key|secret|token)\s*[:=]\s*["'][A-Za-z0-9]{12,}/i,
      ]) {
        const m = pattern.exec(text);
        if (m) leaks.push(`${relative(DIST, file)}: ${m[0]}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
