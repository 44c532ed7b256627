import { describe, expect, it } from 'vitest';
import { cellText, tableCsv } from './chart.ts';

describe('tableCsv()', () => {
  it('writes a header and rows, quoting commas and quotes, with CRLF line ends and a byte-order mark', () => {
    const csv = tableCsv({
      columns: ['Figure', 'As reported', 'Sources'],
      rows: [
        {
          cells: [
            { links: [{ title: 'Kazakhstan–Japan package, 2025', path: 'documents/kz/' }] },
            { text: 'more than $3.7 billion' },
            {
              cites: [
                { sourceId: 's1', label: 'S1 ¶5', title: 'A "quoted" title', path: 'sources/s1/', weak: false },
                { sourceId: 's21', label: 'S21', title: 'T', path: 'sources/s21/', weak: true },
              ],
            },
          ],
        },
      ],
    });
    expect(csv).toBe(
      '\uFEFFFigure,As reported,Sources\r\n"Kazakhstan–Japan package, 2025",more than $3.7 billion,S1 ¶5; S21\r\n',
    );
  });
});

describe('cellText()', () => {
  it('joins text, entry titles and source labels', () => {
    expect(cellText({ text: 'a', links: [{ title: 'b', path: '' }] })).toBe('a; b');
    expect(cellText({})).toBe('');
  });
});
