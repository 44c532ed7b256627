// What the search index is built from: the reader's text of each entry page, with its kind and filters from the
// content, and not the site's chrome. The index itself is checked in a browser (tests/browser/search.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, readSite } from './site.ts';
import { INDEXED_FOLDERS } from '../../src/integrations/pagefind.ts';

const pages = readSite();
const indexed = [...pages.values()].filter((p) => p.$('[data-pagefind-body]').length > 0);
const attr = (page: (typeof indexed)[number], name: string) =>
  page
    .$(`[${name}]`)
    .toArray()
    .map((el) => page.$(el).attr(name)!);

describe('the search index', () => {
  it('takes in every entry page, the glossary and the method page, and no list, home, search or error page', () => {
    const urls = indexed.map((p) => p.url);
    expect(urls).toContain('/documents/tokyo-declaration/');
    expect(urls).toContain('/people/tokayev/');
    expect(urls).toContain('/glossary/');
    expect(urls).toContain('/about/');
    for (const url of ['/', '/documents/', '/timeline/', '/search/', '/404.html']) expect(urls, url).not.toContain(url);
    const entryPages = [...pages.keys()].filter((u) =>
      /^\/(countries|initiatives|documents|themes|events|people|organisations|sources)\/[^/]+\/$/.test(u),
    );
    expect(entryPages.filter((u) => !urls.includes(u))).toEqual([]);
    // Pagefind reads only these folders: a page opting in from elsewhere would silently miss the index.
    expect(urls.filter((u) => !INDEXED_FOLDERS.includes(u.split('/')[1]!))).toEqual([]);
  });

  it('was built by npm run build, one page per indexed page, with the engine and none of Pagefind’s prebuilt UIs', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(indexed.length);
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    // The site shows results itself (src/components/search/); an unused UI would only take room in the download.
    for (const ui of [
      'pagefind-component-ui.js',
      'pagefind-component-ui.css',
      'pagefind-ui.js',
      'pagefind-modular-ui.js',
    ])
      expect(existsSync(join(DIST, 'pagefind', ui)), ui).toBe(false);
  });

  it('leaves navigation, breadcrumbs, contents, notes, citation marks and footers out of the indexed text', () => {
    for (const page of indexed) {
      const body = page.$('[data-pagefind-body]');
      expect(body.find('footer, .bf-crumbs, .bf-notes, .bf-citethis').length, page.url).toBe(0);
      for (const el of body.find('nav, .bf-cite, .bf-kind, .bf-data-links').toArray()) {
        expect(page.$(el).closest('[data-pagefind-ignore]').length, `${page.url} ${page.$(el).attr('class')}`).toBe(1);
      }
    }
  });

  it('files each page under its kind and the filters its content gives, and dates what has a date', () => {
    const declaration = pages.get('/documents/tokyo-declaration/')!;
    expect(attr(declaration, 'data-pagefind-meta')).toContain('kind:Document');
    expect(attr(declaration, 'data-pagefind-filter')).toEqual(
      expect.arrayContaining(['kind:Document', 'country:Japan', 'country:Uzbekistan', 'document kind:Declaration']),
    );
    expect(attr(declaration, 'data-pagefind-sort')).toEqual(['date:2025-12-20']);
    const corridor = pages.get('/initiatives/middle-corridor/')!;
    expect(attr(corridor, 'data-pagefind-filter')).toEqual(
      expect.arrayContaining(['proposer:Kazakhstan', 'theme:Transport and connectivity']),
    );
    expect(attr(pages.get('/sources/s1/')!, 'data-pagefind-sort')).toEqual([]);
  });

  it('indexes other spellings of names as metadata: Tokaev, CAJAD, Türkmenistan', () => {
    expect(attr(pages.get('/people/tokayev/')!, 'data-pagefind-meta')).toContainEqual(
      expect.stringMatching(/^aliases:.*\bTokaev\b/),
    );
    expect(attr(pages.get('/events/summit-2025/')!, 'data-pagefind-meta')).toContainEqual(
      expect.stringMatching(/^aliases:.*\bCAJAD\b/),
    );
    expect(attr(pages.get('/countries/turkmenistan/')!, 'data-pagefind-meta')).toContain('aliases:Türkmenistan');
  });

  it('makes each glossary term a section of its own that a result can jump to', () => {
    const glossary = pages.get('/glossary/')!;
    expect(glossary.$('dt#ca-jad').attr('data-pagefind-title')).toBe('CA+JAD');
  });
});
