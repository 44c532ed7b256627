import { describe, expect, it } from 'vitest';
import { checkInternalLinks } from '../gates/links.ts';
import { DIST, internalLinks, readSite, text } from './site.ts';

const pages = readSite();

describe('the built briefing', () => {
  it('has every page a reader navigates', () => {
    const required = [
      '/',
      '/countries/',
      '/initiatives/',
      '/documents/',
      '/themes/',
      '/events/',
      '/people/',
      '/organisations/',
      '/sources/',
      '/timeline/',
      '/glossary/',
      '/about/',
      '/404.html',
      '/countries/kazakhstan/',
      '/countries/japan/',
      '/documents/tokyo-declaration/',
      '/initiatives/ca-jad-tokyo-initiative/',
      '/initiatives/middle-corridor/',
      '/events/summit-2025/',
      '/people/tokayev/',
      '/themes/water/',
      '/organisations/jogmec/',
      '/sources/s1/',
    ];
    const missing = required.filter((url) => !pages.has(url));
    expect(missing).toEqual([]);
  });

  it('lists on the about page every page where sources differ, as they fit there, and builds no separate list', () => {
    const about = pages.get('/about/')!;
    const listed = about.$('#where-sources-differ + p + ul.bf-list > li');
    const count = Number(/^(\d+) pages record a disagreement/.exec(text(about.$, '#where-sources-differ + p'))?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(listed.length).toBe(count);
    expect([...pages.keys()].filter((url) => url.startsWith('/about/sources-differ/'))).toEqual([]);
  });

  it('has a page for each of the six participants, each naming its leader', () => {
    for (const [country, leader] of [
      ['japan', 'Takaichi'],
      ['kazakhstan', 'Tokayev'],
      ['kyrgyzstan', 'Japarov'],
      ['tajikistan', 'Rahmon'],
      ['turkmenistan', 'Berdimuhamedov'],
      ['uzbekistan', 'Mirziyoyev'],
    ]) {
      const page = pages.get(`/countries/${country}/`);
      expect(page, country).toBeDefined();
      expect(text(page!.$, '.bf-facts'), country).toContain(leader);
    }
  });

  it('links every internal link and anchor to something that exists', () => {
    expect(checkInternalLinks(pages, DIST)).toEqual([]);
  });

  it('reaches every page from the home page by following links', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length) {
      const page = pages.get(queue.shift()!)!;
      for (const { path } of internalLinks(page)) {
        const url = pages.has(path) ? path : `${path}/`;
        if (pages.has(url) && !seen.has(url)) {
          seen.add(url);
          queue.push(url);
        }
      }
    }
    const unreachable = [...pages.keys()].filter((url) => !seen.has(url) && url !== '/404.html');
    expect(unreachable).toEqual([]);
  });

  it('gives every page one h1, a title and a description, and reads without scripts', () => {
    for (const page of pages.values()) {
      expect(page.$('h1').length, page.url).toBe(1);
      expect(page.$('title').text().length, page.url).toBeGreaterThan(3);
      expect(page.$('meta[name="description"]').attr('content')?.length ?? 0, page.url).toBeGreaterThan(10);
      // Content is in the HTML itself: the main landmark holds text even with every script removed.
      page.$('script').remove();
      expect(text(page.$, 'main').length, page.url).toBeGreaterThan(100);
    }
  });

  it('numbers each page’s notes and links every citation mark to its note', () => {
    for (const page of pages.values()) {
      // Ids counted once per page: the briefing book has thousands of marks, and a query per mark took minutes.
      const ids = new Map<string, number>();
      for (const el of page.$('[id]').toArray())
        ids.set(page.$(el).attr('id')!, (ids.get(page.$(el).attr('id')!) ?? 0) + 1);
      for (const a of page.$('.bf-cite a').toArray()) {
        const target = page.$(a).attr('href')!;
        expect(target, page.url).toMatch(/^#/);
        expect(ids.get(decodeURIComponent(target.slice(1))) ?? 0, `${page.url} ${target}`).toBe(1);
      }
    }
  });

  it('marks Japanese text with lang="ja" wherever a reader sees it, so it gets a Japanese font and voice', () => {
    const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
    const unmarked: string[] = [];
    let marked = 0;
    for (const page of pages.values()) {
      page.$('script, style, template').remove();
      for (const el of page.$('body *').toArray()) {
        const own = page
          .$(el)
          .contents()
          .toArray()
          .filter((n) => n.type === 'text')
          .map((n) => (n as unknown as { data: string }).data)
          .join('');
        if (!japanese.test(own)) continue;
        if (page.$(el).closest('[lang]').attr('lang')?.startsWith('ja')) marked++;
        else unmarked.push(`${page.url}: ${own.trim().slice(0, 40)}`);
      }
    }
    expect(unmarked).toEqual([]);
    expect(marked).toBeGreaterThan(3);
  });
});
