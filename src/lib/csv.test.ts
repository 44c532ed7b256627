import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvObjects, neutraliseCell, restoreCell } from './csv.ts';

describe('formatCsv()', () => {
  it('writes UTF-8 with a byte-order mark and CRLF row ends, quoting what needs quotes', () => {
    expect(
      formatCsv([
        ['id', 'title'],
        ['a', 'Tokyo, "Dec" 2025'],
      ]),
    ).toBe('\uFEFFid,title\r\na,"Tokyo, ""Dec"" 2025"\r\n');
  });

  it('keeps a line break inside a cell, so the file reads back to the same rows', () => {
    const csv = formatCsvObjects(
      ['id', 'note'],
      [
        { id: 'a', note: 'one\ntwo' },
        { id: 'b', note: undefined },
      ],
    );
    expect(parse(csv, { bom: true, columns: true })).toEqual([
      { id: 'a', note: 'one\ntwo' },
      { id: 'b', note: '' },
    ]);
  });

  it.each(['=HYPERLINK("https://evil.example","x")', '+1+2', '-2+3', '@SUM(A1:A2)', '\tcmd', '\rcmd'])(
    'makes %j inert in a spreadsheet by starting it with an apostrophe',
    (cell) => {
      const [row] = parse(formatCsv([[cell]]), { bom: true, relax_quotes: true }) as string[][];
      expect(row![0]).toBe(`'${cell}`);
      expect(row![0]).not.toMatch(/^[=+\-@\t\r]/);
    },
  );

  it('leaves plain numbers and ordinary text alone', () => {
    expect(['-3', '2.5e9', '+7', 'Tokyo', '¥3 trillion'].map(neutraliseCell)).toEqual([
      '-3',
      '2.5e9',
      '+7',
      'Tokyo',
      '¥3 trillion',
    ]);
  });
});

describe('restoreCell()', () => {
  it('reads a neutralised cell back as the text it was, and leaves other apostrophes alone', () => {
    expect(restoreCell(neutraliseCell('=1+1'))).toBe('=1+1');
    expect(restoreCell("'tis")).toBe("'tis");
  });
});
