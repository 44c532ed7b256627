// The sources index is a table a reader looks a label up in: title, publisher, date, kind, weight, pages citing it.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSite, text } from './site.ts';

const pages = readSite();
const index = pages.get('/sources/')!;
const rows = index.$('.bf-sources tbody tr').toArray();
const row = (label: string) => rows.map((r) => index.$(r)).filter((r) => r.find('th').text().trim() === label);

describe('the sources index', () => {
  it('is one table of every source, with its columns, in a region that scrolls on its own', () => {
    const heads = index
      .$('.bf-sources thead th')
      .toArray()
      .map((th) => index.$(th).text().trim());
    expect(heads).toEqual(['Label', 'Title', 'Publisher', 'Date', 'Kind', 'Reliability', 'Cited on']);
    expect(rows.length).toBe(readdirSync('content/sources').filter((f) => /^[^_].*\.yaml$/.test(f)).length);
    expect(index.$('.bf-sources').attr('tabindex')).toBe('0');
    expect(index.$('.bf-sources script').length).toBe(0);
  });

  it('lets a reader look up "S42 (weak source)": publisher, weakness, and the pages that cite it', () => {
    const [s42] = row('S42');
    expect(text(index.$, s42!)).toMatch(/Al-Bayader .*Press .*Weak source .*appears nowhere else/);
    const link = s42!.find('.bf-sources__count a');
    const [path, anchor] = link.attr('href')!.split('#');
    const page = pages.get(path!)!;
    const listed = page.$(`#${anchor}`).closest('section').find('li').length;
    expect(link.text().trim()).toBe(`${listed} ${listed === 1 ? 'page' : 'pages'}`);
    expect(listed).toBeGreaterThan(0);
  });

  it('marks the 36 titles rebuilt from page addresses, and restores the "$" a source gives', () => {
    const marked = rows.filter((r) => /\(title from the address\)/.test(index.$(r).text()));
    expect(marked.length).toBe(36);
    expect(text(index.$, row('S11')[0]!)).toContain('Japan sets $19 billion business target');
    expect(text(index.$, row('S29')[0]!)).toContain('agree on $12 billion projects');
    expect(text(index.$, row('S59')[0]!)).not.toContain('title from');
  });

  it('marks the five weak sources, and only those', () => {
    const weak = rows.filter((r) => index.$(r).find('.bf-badge').length > 0).map((r) => index.$(r).find('th').text());
    expect(weak.sort()).toEqual(['S21', 'S42', 'S48', 'S63', 'S9']);
  });
});

describe('the page of S1, the summit article', () => {
  it('says plainly what is known about it and what is not', () => {
    const s1 = pages.get('/sources/s1/')!;
    const facts = text(s1.$, '.bf-facts');
    expect(facts).toContain('Publisher Not known: the source names none');
    expect(facts).toContain('Published No date shown');
    expect(facts).toContain('Address None known: the briefing holds it as text only');
    expect(facts).toMatch(/Known: its headline and its text.*Not known: its author, its publisher, its date/);
  });
});
