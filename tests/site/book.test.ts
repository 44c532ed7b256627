// The briefing book's page in the built site (/book/): the whole briefing in one document, every section reachable
// from its contents, the same figures as the pages, and a single-file version that needs nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalReferences, standaloneHtml } from '../../scripts/lib/book/standalone.ts';
import { DIST, readSite, text, type Page } from './site.ts';

const pages = readSite();
const book = pages.get('/book/')!;
const $ = book.$;
/** Entry pages of the site: /countries/kazakhstan/ and the like. */
const ENTRY = /^\/(countries|initiatives|documents|themes|events|people|organisations|sources)\/([^/]+)\/$/;
const entryPages = [...pages.values()].filter((p) => ENTRY.test(p.url));
const anchorOf = (p: Page) => {
  const [, collection, id] = ENTRY.exec(p.url)!;
  return `${collection}-${id}`;
};
const byId = new Map(
  $('[id]')
    .toArray()
    .map((el) => [$(el).attr('id')!, el]),
);
/** The book's section for an entry (its kind, title and everything down to its notes), or an element by id. */
const section = (anchor: string) => $([byId.get(anchor)].filter((el) => el !== undefined));

describe('the briefing book page', () => {
  it('opens with a cover naming the briefing, its version and the summit, then the contents', () => {
    expect($('h1').length).toBe(1);
    expect($('h1').text()).toBe(pages.get('/')!.$('h1').text());
    const cover = text($, '#cover');
    expect(cover).toMatch(/Version \S+, updated/);
    expect(cover).toContain('December 2025, Tokyo');
    expect($('#cover').next().is('nav.bf-book-contents')).toBe(true);
  });

  it('lists every part and every country, initiative and document in its contents, each line leading to its section', () => {
    const lines = $('.bf-book-contents a')
      .toArray()
      .map((a) => $(a).attr('href')!);
    expect(lines.length).toBeGreaterThan(60);
    for (const href of lines) expect(section(href.slice(1)).length, href).toBe(1);
    for (const p of entryPages.filter((p) => /^\/(countries|initiatives|documents)\//.test(p.url)))
      expect(lines, p.url).toContain(`#${anchorOf(p)}`);
    const parts = $('.bf-book-contents > ol > li > a')
      .toArray()
      .map((a) => $(a).text().trim());
    expect(parts).toEqual([
      'The summit',
      'Countries',
      'Initiatives',
      'Documents',
      'Themes',
      'Events',
      'People',
      'Organisations',
      'Glossary',
      'Sources',
    ]);
  });

  it('holds every entry of the site once, with the title its page has', () => {
    for (const p of entryPages) {
      const s = section(anchorOf(p));
      expect(s.length, p.url).toBe(1);
      expect(s.find('h3, h4').first().text(), p.url).toBe(p.$('h1').text());
    }
    for (const term of pages.get('/glossary/')!.$('dt[id]').toArray()) {
      expect(section(`glossary--${pages.get('/glossary/')!.$(term).attr('id')}`).length).toBe(1);
    }
  });

  it('shows each entry’s facts and figures as its page does, notes numbered alike', () => {
    for (const p of entryPages.filter((p) => p.$('.bf-facts').length > 0)) {
      expect(text($, section(anchorOf(p)).children('.bf-facts:not(.bf-book-related)')), p.url).toBe(
        text(p.$, 'article > .bf-facts'),
      );
    }
    expect(text($, section('documents-kz-jp-agreements').children('.bf-facts:not(.bf-book-related)'))).toContain(
      'more than 60',
    );
  });

  it('ends each section with its own notes, and every citation mark leads to a note of its section', () => {
    const marks = $('.bf-cite a').toArray();
    expect(marks.length).toBeGreaterThan(500);
    for (const a of marks) {
      const target = $(a).attr('href')!.slice(1);
      const owner = $(a).closest('.bf-book-item').attr('id')!;
      expect(target.startsWith(`${owner}--note-`), `${owner}: ${target}`).toBe(true);
      expect(section(target).closest('.bf-notes').length, target).toBe(1);
    }
    const kz = section('countries-kazakhstan').find('.bf-notes li');
    expect(kz.first().attr('id')).toBe('countries-kazakhstan--note-1');
    expect(kz.length).toBe(pages.get('/countries/kazakhstan/')!.$('.bf-notes li').length);
  });

  it('keeps links inside the book: to an entry they lead to its section, not to its page', () => {
    const hrefs = $('a[href]')
      .toArray()
      .map((a) => $(a).attr('href')!);
    const toEntryPages = hrefs.filter((h) => ENTRY.test(h.split('#')[0]!));
    expect(toEntryPages).toEqual([]);
    const broken = hrefs.filter((h) => h.startsWith('#') && !byId.has(decodeURIComponent(h.slice(1))));
    expect(broken).toEqual([]);
    expect(hrefs).toContain('#countries-kazakhstan');
  });

  it('draws every chart inline as SVG, once each', () => {
    const figures = $('figure.bf-chart')
      .toArray()
      .map((f) => $(f).attr('id')!);
    expect(figures).toEqual(
      expect.arrayContaining([
        'chart-documents',
        'chart-money',
        'chart-map',
        'chart-timeline',
        'chart-money-kazakhstan',
      ]),
    );
    expect(new Set(figures).size).toBe(figures.length);
    // Both layouts where the phone one really differs (the money chart), else the one (the counts: see narrowDiffers).
    const drawings = (id: string) => section(id).find('svg.bf-chart__svg').length;
    for (const id of figures) expect(drawings(id), id).toBe(section(id).children('.bf-chart__plot').length);
    expect([drawings('chart-documents'), drawings('chart-money')]).toEqual([1, 2]);
    expect($('img, object, iframe').length).toBe(0);
  });

  it('is light whatever the reader’s scheme: no scheme switch, light colours set on the page', () => {
    expect($('html').attr('data-theme')).toBe('light');
    expect($('meta[name="color-scheme"]').attr('content')).toBe('light');
    expect($('[data-bf-theme]').length).toBe(0);
  });

  // Its absence from the sitemap is tested where the site has an address (kit.test.ts); this build has no sitemap.
  it('stays out of the search index, since every word of it is on a page of its own', () => {
    expect($('[data-pagefind-body]').length).toBe(0);
    expect(pages.get('/countries/kazakhstan/')!.$('[data-pagefind-body]').length).toBe(1);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('is linked from every page’s footer', () => {
    expect(pages.get('/countries/kazakhstan/')!.$('.bf-footer a[href$="/book/"]').length).toBe(1);
  });
});

describe('the single-file book', () => {
  const html = standaloneHtml(readFileSync(book.file, 'utf8'), (path) => readFileSync(join(DIST, path), 'utf8'));

  it('refers to nothing outside itself: no script, no linked file, links only within it or to web addresses', () => {
    expect(externalReferences(html)).toEqual([]);
    expect(externalReferences(readFileSync(book.file, 'utf8')).length).toBeGreaterThan(0);
  });

  it('carries the styles of the page and every section', () => {
    expect(html).toContain('.bf-book-contents__leader');
    expect(html).toContain('--bf-ch-mark');
    expect(html.match(/class="bf-book-item /g)?.length).toBe($('.bf-book-item').length);
  });
});
