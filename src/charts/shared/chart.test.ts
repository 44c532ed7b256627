import { describe, expect, it } from 'vitest';
import { cellText, citeFullText, tableCsv } from './chart.ts';

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

describe('citeFullText()', () => {
  it('names the source, its locator and its address, never only its code', () => {
    expect(citeFullText(kyodo)).toBe('A "quoted" title, Kyodo, ¶5, https://example.org/a');
    expect(citeFullText(kyodo)).not.toContain('S1');
  });
});
