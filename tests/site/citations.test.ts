// Every page's citation, read back from the built site with citation-js (what reference managers' tools parse),
// the meta tags Zotero's connector and Google Scholar read, the source library, a figure cited on its own, and the
// feed of editions. Built without a site address, so citations carry no URL (a build with one is tested below).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineEditionPaths } from '../../src/lib/offline/edition.ts';
import { DIST, readSite, type Page } from './site.ts';

const pages = readSite();
const read = (path: string, dist = DIST) => readFileSync(join(dist, path), 'utf8');

interface Item {
  id: string;
  title: string;
  URL?: string;
  author?: { literal?: string; family?: string; given?: string }[];
  issued?: { 'date-parts': number[][] };
}

function parse(text: string): Item[] {
  return new Cite(text).data as Item[];
}

const orgName = (a: { literal?: string; family?: string; given?: string } | undefined) =>
  a?.given ? undefined : (a?.literal ?? a?.family);
const meta = (page: Page, name: string) => page.$(`meta[name="${name}"]`).attr('content');
const shown = (page: Page, kind: string) => page.$(`.bf-citethis pre[data-cite-text="${kind}"]`).text();

describe('every page’s citation', () => {
  it('parses in BibTeX, biblatex, RIS and CSL-JSON with the title, the publisher as one organisation and the date', () => {
    expect(pages.size).toBeGreaterThan(200);
    for (const page of pages.values()) {
      const title = meta(page, 'citation_title');
      expect(title, page.url).toBeTruthy();
      for (const kind of ['bibtex', 'biblatex', 'ris', 'csl']) {
        const items = parse(shown(page, kind));
        expect(items, `${page.url} ${kind}`).toHaveLength(1);
        const [item] = items;
        expect(item!.title, `${page.url} ${kind}`).toBe(title);
        expect(orgName(item!.author?.[0]), `${page.url} ${kind}`).toBe('CA+JAD Briefing Team');
        expect(item!.issued?.['date-parts'][0]![0], `${page.url} ${kind}`).toBeGreaterThan(2000);
        // No site address in this build: no made-up host, but the page's path in the note.
        expect(item!.URL, `${page.url} ${kind}`).toBeUndefined();
      }
    }
  });

  it('has a short key made from the page’s id, never its title', () => {
    const keys = [...pages.values()].map((p) => p.$('.bf-citethis').attr('data-cite-key')!);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key.length).toBeLessThanOrEqual(80);
    expect(pages.get('/countries/kazakhstan/')!.$('.bf-citethis').attr('data-cite-key')).toBe(
      'cajad-briefing-kazakhstan',
    );
    expect(
      parse(shown(pages.get('/documents/kg-jp-tax-treaty/') ?? pages.get('/countries/kazakhstan/')!, 'bibtex'))[0]!.id,
    ).toMatch(/^cajad-briefing-/);
  });

  it('offers each format as a file that holds what the page shows', () => {
    for (const page of pages.values()) {
      if (page.url === '/book/') continue;
      const links = page.$('.bf-citethis a[data-cite-format]').toArray();
      expect(links, page.url).toHaveLength(4);
      for (const a of links) {
        const kind = page.$(a).attr('data-cite-format')!;
        const file = read(page.$(a).attr('href')!.replace(/^\//, ''));
        expect(file.replace(/\r\n/g, '\n'), `${page.url} ${kind}`).toBe(shown(page, kind));
      }
    }
  });

  it('is in the head as citation_* and Dublin Core tags, with the edition and the feed of editions', () => {
    for (const page of pages.values()) {
      for (const name of [
        'citation_title',
        'citation_author',
        'citation_publication_date',
        'citation_online_date',
        'DC.title',
        'DC.creator',
        'DC.date.issued',
        'DC.date.modified',
        'prism.versionIdentifier',
      ]) {
        expect(meta(page, name), `${page.url} ${name}`).toBeTruthy();
      }
      expect(meta(page, 'citation_author')).toBe('CA+JAD Briefing Team');
      expect(meta(page, 'citation_publication_date')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(page.$('link[rel="alternate"][type="application/atom+xml"]').attr('href'), page.url).toBe('/editions.xml');
    }
    expect(meta(pages.get('/countries/kazakhstan/')!, 'citation_title')).toBe('Kazakhstan');
  });
});

describe('the source library', () => {
  const cited = pages.get('/sources/')!.$('.bf-source-library').text();
  const count = Number(/All (\d+) cited sources/.exec(cited)?.[1]);

  it('is linked from the sources index', () => {
    const links = pages
      .get('/sources/')!
      .$('.bf-source-library a')
      .toArray()
      .map((a) => pages.get('/sources/')!.$(a).attr('href'));
    expect(links).toEqual(['/data/sources.bib', '/data/sources.ris', '/data/sources.csl.json']);
    expect(count).toBeGreaterThan(50);
  });

  it.each(['sources.bib', 'sources.ris', 'sources.csl.json'])(
    '%s parses with one entry per cited source, each titled, with URL and date where known',
    (name) => {
      const items = parse(read(`data/${name}`));
      expect(items).toHaveLength(count);
      for (const item of items) expect(item.title, item.id).toBeTruthy();
      const s5 = items.find((i) => i.id === 'cajad-source-s5')!;
      expect(s5.title).toBe('158 public-private deals made between Japan, Central Asia');
      expect(s5.URL).toBe(
        'https://www.nippon.com/en/news/yjj2025122000333/158-public-private-deals-made-between-japan-central-asia.html',
      );
      expect(s5.issued?.['date-parts'][0]).toEqual([2025, 12, 20]);
      expect(orgName(s5.author?.[0])).toBe('Jiji Press (nippon.com)');
      expect(items.filter((i) => i.URL).length).toBeGreaterThan(count - 5);
    },
  );
});

describe('a figure cited on its own', () => {
  it('has a permalink from the figure, and cites its own source at its locator', () => {
    const kz = pages.get('/documents/kz-jp-agreements/')!;
    const link = kz.$('a.bf-figure-cite').first().attr('href')!;
    expect(link).toMatch(/^\/figures\/documents-kz-jp-agreements-/);
    const figure = pages.get(link)!;
    // The figure's own block comes first; "Cite this page" (the permalink page itself) is last.
    const block = (kind: string) => figure.$(`pre[data-cite-text="${kind}"]`).first().text();
    const items = parse(block('csl'));
    expect(items.length).toBeGreaterThan(0);
    for (const format of ['bibtex', 'ris']) expect(parse(block(format))).toHaveLength(items.length);
    const bib = block('bibtex');
    expect(bib).toMatch(/title = \{\{.+, (¶\d+|.+)\}\}/);
    expect(bib).toContain('Figure: ');
  });
});

describe('the feed of editions', () => {
  it('parses as Atom with an entry per recorded edition, newest first', () => {
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(read('editions.xml'));
    const entries = [feed.entry].flat();
    expect(entries.length).toBeGreaterThanOrEqual(1);
    expect(entries.at(-1).title).toBe('Edition 0.1, 28 November 2026');
    expect(feed.author.name).toBe('CA+JAD Briefing Team');
  });
});

describe('a build with a site address', () => {
  let out: string;
  const SITE = 'https://briefing.test/';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'bf-cite-'));
    const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
    const r = spawnSync('npx', ['astro', 'build'], {
      env: {
        ...env,
        BRIEFING_CONTENT: 'tests/fixtures/mini-content',
        BRIEFING_OUT: out,
        BRIEFING_SITE: SITE,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`build with a site address failed:\n${r.stdout}\n${r.stderr}`);
  });
  afterAll(() => {
    if (!out) return;
    rmSync(out, { recursive: true, force: true });
    rmSync(offlineEditionPaths(out).folder, { recursive: true, force: true });
  });

  it('gives every page’s citation its absolute URL in every format and in the meta tags', () => {
    const built = readSite(out);
    expect(built.size).toBeGreaterThan(5);
    for (const page of built.values()) {
      const url = new URL(page.url, SITE).href;
      if (page.url === '/404.html') continue;
      expect(meta(page, 'citation_public_url'), page.url).toBe(url);
      expect(meta(page, 'DC.identifier'), page.url).toBe(url);
      for (const kind of ['bibtex', 'biblatex', 'ris', 'csl']) {
        const [item] = parse(shown(page, kind));
        expect(item!.URL, `${page.url} ${kind}`).toBe(url);
        expect(orgName(item!.author?.[0]), `${page.url} ${kind}`).toBeTruthy();
      }
    }
  });
});

describe('the data zip', () => {
  it('carries the source library and the tracker beside the other data', async () => {
    const { unzipSync } = await import('fflate');
    const files = unzipSync(new Uint8Array(readFileSync(join(DIST, 'data/cajad-briefing-data.zip'))));
    for (const name of ['sources.bib', 'sources.ris', 'sources.csl.json', 'tracker.csv', 'tracker.json']) {
      // Bytes, not text: a text decoder would drop the CSV's byte-order mark.
      expect(Buffer.from(files[name]!).equals(readFileSync(join(DIST, 'data', name))), name).toBe(true);
    }
  });
});
