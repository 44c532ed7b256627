import { describe, expect, it } from 'vitest';
import { type BuiltChart, cellParts, cellText, citeFullText, CREDIT_SOURCES, creditLine, tableCsv } from './chart.ts';

const kyodo = {
  sourceId: 's1',
  label: 'S1 ¶5',
  title: 'A "quoted" title, Kyodo',
  at: '¶5',
  url: 'https://example.org/a',
  path: 'sources/s1/',
  weak: false,
};
const weak = { sourceId: 's21', label: 'S21', title: 'Blog post', path: 'sources/s21/', weak: true };

describe('tableCsv()', () => {
  it('writes a header and rows, quoting commas and quotes, with CRLF line ends and a byte-order mark', () => {
    const csv = tableCsv({
      columns: ['Figure', 'As reported', 'Sources'],
      rows: [
        {
          cells: [
            { links: [{ title: 'Kazakhstan–Japan package, 2025', path: 'documents/kz/' }] },
            { text: 'more than $3.7 billion' },
            { cites: [kyodo, weak] },
          ],
        },
      ],
    });
    expect(csv).toBe(
      '\uFEFFFigure,As reported,Sources\r\n"Kazakhstan–Japan package, 2025",more than $3.7 billion,' +
        '"A ""quoted"" title, Kyodo, ¶5, https://example.org/a; Blog post, weak source"\r\n',
    );
  });

  it('makes cells that a spreadsheet would run as formulas inert, and leaves plain numbers numeric', () => {
    const csv = tableCsv({
      columns: ['Title', 'Value'],
      rows: [
        { cells: [{ links: [{ title: '=HYPERLINK("http://x","y")', path: '' }] }, { text: '-3', numeric: true }] },
        { cells: [{ text: '+1+1' }, { text: '@SUM(A1)' }] },
        { cells: [{ text: '-2+3' }, { text: '\tTab' }] },
      ],
    });
    expect(csv.split('\r\n').slice(1, 4)).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")",-3`,
      `'+1+1,'@SUM(A1)`,
      `'-2+3,'\tTab`,
    ]);
  });
});

describe('cellText()', () => {
  it('joins text, entry titles and full citations', () => {
    expect(cellText({ text: 'a', links: [{ title: 'b', path: '' }] })).toBe('a; b');
    expect(cellText({ cites: [weak] })).toBe('Blog post, weak source');
    expect(cellText({})).toBe('');
  });
});

describe('cellParts()', () => {
  const links = [1, 2, 3, 4].map((i) => ({ title: `Initiative ${i}`, path: `initiatives/i${i}/` }));
  const at = (path: string) => `/base/${path}`;

  it('gives text, links and sources in order, a source with its title and weak mark', () => {
    expect(cellParts({ text: 'about', links: links.slice(0, 1), cites: [weak] }, at)).toEqual([
      { text: 'about' },
      { text: 'Initiative 1', href: '/base/initiatives/i1/' },
      { text: 'S21', href: '/base/sources/s21/', title: 'Blog post', weak: true },
    ]);
  });

  it('names the first links of a long list and leads to the page with the rest, while the CSV keeps them all', () => {
    const cell = { links, shown: { count: 2, rest: { title: 'Water', path: 'themes/water/' } } };
    expect(cellParts(cell, at)).toEqual([
      { text: 'Initiative 1', href: '/base/initiatives/i1/' },
      { text: 'Initiative 2', href: '/base/initiatives/i2/' },
      { text: 'and 2 more, listed on the Water page', href: '/base/themes/water/' },
    ]);
    expect(cellText(cell)).toBe('Initiative 1; Initiative 2; Initiative 3; Initiative 4');
  });

  it('names every link of a list within the count', () => {
    const cell = { links, shown: { count: 4, rest: { title: 'Water', path: 'themes/water/' } } };
    expect(cellParts(cell, at).map((p) => p.text)).toEqual(links.map((l) => l.title));
  });
});

describe('citeFullText()', () => {
  it('names the source, its locator and its address, never only its code', () => {
    expect(citeFullText(kyodo)).toBe('A "quoted" title, Kyodo, ¶5, https://example.org/a');
    expect(citeFullText(kyodo)).not.toContain('S1');
  });
});

describe('creditLine()', () => {
  const chart = (sources: BuiltChart['sources'], basis?: string) =>
    ({ id: 'money', title: 'Money', caption: '', sources, basis, table: { columns: [], rows: [] } }) as never;
  const info = {
    origin: 'Fixture briefing, version 1 (2026-01-01), Team',
    licence: 'CC BY 4.0, https://creativecommons.org/licenses/by/4.0/',
    data: 'money.csv',
  };

  it('names each source by title and publisher, its locators together, never by its bare code', () => {
    const line = creditLine(chart([kyodo, { ...kyodo, label: 'S1 ¶6', at: '¶6' }, weak]), info);
    expect(line).toBe(
      'Sources: A "quoted" title, Kyodo (¶5, ¶6); Blog post, weak source. ' +
        'From: Fixture briefing, version 1 (2026-01-01), Team. ' +
        'Licence: CC BY 4.0, https://creativecommons.org/licenses/by/4.0/.',
    );
    expect(line).not.toMatch(/\bS\d/);
  });

  it('names the first few sources and says where the rest are listed in full', () => {
    const many = Array.from({ length: CREDIT_SOURCES + 3 }, (_, i) => ({
      ...weak,
      sourceId: `s${i}`,
      label: `S${i}`,
      title: `Report ${i}`,
      weak: false,
    }));
    const line = creditLine(chart(many), { ...info, data: 'https://briefing.example.org/charts/money.csv' });
    expect(line).toContain(`Report ${CREDIT_SOURCES - 1}; and 3 more, listed with their addresses in the data: `);
    expect(line).toContain('https://briefing.example.org/charts/money.csv.');
    expect(line).not.toContain(`Report ${CREDIT_SOURCES}`);
  });

  it('gives the basis of a chart built from many entries, and where its sources are', () => {
    expect(creditLine(chart([], 'Built from each initiative.'), info)).toMatch(
      /^Built from each initiative\. Data with every source: money\.csv\. From: Fixture briefing.*Licence: CC BY 4\.0/,
    );
  });
});
