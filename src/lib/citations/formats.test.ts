// Every format is read back with citation-js, the parser reference-manager tools build on: what a reader imports
// must have the title, the organisation as one name, the date and the address.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { pageRecord } from '../format/cite-page.ts';
import { toBiblatex, toBibtex } from './bibtex.ts';
import { toCslJson } from './csl.ts';
import { citationMetaTags } from './meta.ts';
import { toRis } from './ris.ts';

const site = {
  title: 'Central Asia + Japan: the first CA+JAD summit',
  shortTitle: 'CA+JAD Summit Briefing',
  publisher: 'CA+JAD Briefing Team',
  version: '0.2',
  updated: '2026-12-01',
  language: 'en',
};
const record = pageRecord({
  title: 'R&D_100% {draft} #1 ~ ^ \\ $',
  path: '/countries/kazakhstan/',
  key: 'cajad-briefing-kazakhstan',
  site,
  siteUrl: 'https://briefing.test/',
  firstPublished: '2026-11-28',
});

function parse(text: string) {
  const items = new Cite(text).data as Record<string, unknown>[];
  expect(items).toHaveLength(1);
  return items[0] as {
    id: string;
    title: string;
    URL?: string;
    author: { literal?: string; family?: string; given?: string }[];
    issued: { 'date-parts': number[][] };
  };
}

const organisation = (a: { literal?: string; family?: string; given?: string }) =>
  a.literal ?? (a.given ? undefined : a.family);

describe.each([
  ['BibTeX', toBibtex],
  ['biblatex', toBiblatex],
  ['RIS', toRis],
  ['CSL-JSON', (r: typeof record) => toCslJson([r])],
])('a page cited in %s', (_name, write) => {
  it('parses with its key, its title with every special character intact, the URL and the date', () => {
    const item = parse(write(record));
    expect(item.id).toBe('cajad-briefing-kazakhstan');
    expect(item.title).toBe('R&D_100% {draft} #1 ~ ^ \\ $');
    expect(item.URL).toBe('https://briefing.test/countries/kazakhstan/');
    expect(item.issued['date-parts'][0]!.slice(0, 2)).toEqual([2026, 12]);
  });

  it('has the publisher as one organisation name, never a given and a family name', () => {
    const [author] = parse(write(record)).author;
    expect(organisation(author!)).toBe('CA+JAD Briefing Team');
  });

  it('still parses without a site address, with no URL', () => {
    const item = parse(write({ ...record, url: undefined, note: 'Page /countries/kazakhstan/ of the briefing' }));
    expect(item.URL).toBeUndefined();
    expect(item.title).toBe(record.title);
  });
});

describe('the formats themselves', () => {
  it('BibTeX is @misc and biblatex @online with urldate', () => {
    expect(toBibtex(record)).toMatch(/^@misc\{cajad-briefing-kazakhstan,/);
    expect(toBiblatex(record)).toMatch(/^@online\{cajad-briefing-kazakhstan,/);
    expect(toBiblatex(record)).toContain('urldate = {2026-12-01}');
    expect(toBiblatex(record)).toContain('version = {0.2}');
  });

  it('BibTeX escapes LaTeX’s special characters in text', () => {
    expect(toBibtex(record)).toContain(
      'title = {{R\\&D\\_100\\% \\{draft\\} \\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\$}}',
    );
  });

  it('RIS is a web page (ELEC) with CRLF lines and the edition in ET', () => {
    const lines = toRis(record).split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines).toContain('ET  - 0.2');
    expect(lines).toContain('DA  - 2026/12/01/');
    expect(lines.at(-2)).toBe('ER  - ');
  });

  it('meta tags carry title, organisation, both dates, edition and URL', () => {
    const tags = Object.fromEntries(citationMetaTags(record).map((t) => [t.name, t.content]));
    expect(tags).toMatchObject({
      citation_title: record.title,
      citation_author: 'CA+JAD Briefing Team',
      citation_publication_date: '2026/11/28',
      citation_online_date: '2026/12/01',
      citation_public_url: 'https://briefing.test/countries/kazakhstan/',
      'DC.creator': 'CA+JAD Briefing Team',
      'DC.date.issued': '2026-11-28',
      'DC.date.modified': '2026-12-01',
      'prism.versionIdentifier': '0.2',
    });
  });
});
