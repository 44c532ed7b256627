// Open data and citations as a reader finds them in the built site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DIST, readSite, text } from './site.ts';

const pages = readSite();
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

describe('the open data', () => {
  it('lists every table on the data page with its CSV and JSON files', () => {
    const page = pages.get('/data/')!;
    for (const name of [
      'documents',
      'initiatives',
      'money',
      'counts',
      'countries',
      'people',
      'organisations',
      'events',
      'sources',
      'discrepancies',
    ]) {
      expect(page.$(`a[href$="/data/${name}.csv"]`).length, name).toBe(1);
      expect(page.$(`a[href$="/data/${name}.json"]`).length, name).toBe(1);
    }
  });

  it('gives every money figure with its currency, nature and sources, including disagreeing values', () => {
    const rows = parse(read('data/money.csv'), { columns: true }) as Record<string, string>[];
    const tokyo = rows.filter((r) => r.entry_id === 'ca-jad-tokyo-initiative');
    expect(tokyo.length).toBeGreaterThan(1);
    expect(tokyo.every((r) => r.sources_differ === 'true' && (r.citations ?? '') !== '')).toBe(true);
    expect(tokyo.map((r) => r.nature)).toEqual(expect.arrayContaining(['business-target', 'private']));
    expect(tokyo.find((r) => (r.citations ?? '').includes('s1 ¶2'))?.equivalents).toContain('17900000000 EUR');
  });

  it('says in the sources table where a title is not the page’s own, as the sources index does', () => {
    const rows = parse(read('data/sources.csv'), { columns: true, bom: true }) as Record<string, string>[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('s11')?.title_from).toBe('address');
    expect(byId.get('s1')?.title_from).toBe('');
    const index = pages.get('/sources/')!;
    const marked = index.$('td').filter((_, td) => index.$(td).text().includes('(title from the address)'));
    expect(rows.filter((r) => r.title_from === 'address').length).toBe(marked.length);
  });

  it('offers one zip with the README, every table and the JSON Schemas', () => {
    const zip = unzipSync(readFileSync(join(DIST, 'data/cajad-briefing-data.zip')));
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining(['README.md', 'documents.csv', 'money.json', 'schemas/initiatives.schema.json']),
    );
    expect(strFromU8(zip['README.md']!)).toMatch(/How to cite/);
  });

  it('links every entity page to its own rows', () => {
    const page = pages.get('/documents/kz-jp-agreements/')!;
    const json = page.$('.bf-data-links a[href$="/data/documents/kz-jp-agreements.json"]');
    expect(json.length).toBe(1);
    expect(JSON.parse(read('data/documents/kz-jp-agreements.json')).id).toBe('kz-jp-agreements');
    expect(text(page.$, '.bf-data-links')).toContain('counts.csv');
  });
});

describe('cite this page', () => {
  // This build has no site address, so no URL: kit.test.ts checks the URL in a build that has one.
  it('offers text, BibTeX and RIS with the page’s title and the briefing’s edition on every page', () => {
    for (const page of pages.values()) {
      const box = text(page.$, '.bf-citethis');
      const book = page.url === '/book/';
      expect(box, page.url).toMatch(/edition \S+/);
      expect(box, page.url).toContain(book ? '@book{' : '@misc{');
      expect(box, page.url).toContain(book ? 'TY - EBOOK' : 'TY - ELEC');
    }
    const kz = text(pages.get('/countries/kazakhstan/')!.$, '.bf-citethis');
    expect(kz).toContain('“Kazakhstan.”');
  });
});
