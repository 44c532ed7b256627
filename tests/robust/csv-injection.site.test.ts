// Exports inert in spreadsheets (OWASP CSV injection): content whose titles, summaries and source titles begin with
// =, +, - or @ builds, every CSV the site publishes (data tables, chart data, the data zip) holds those cells with a
// leading apostrophe, and the pages show the same text as text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../helpers/fixture-builds.ts';
import { readSite, text } from '../site/site.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const TITLES = {
  'formula-equals': '=HYPERLINK("http://x","y")',
  'formula-plus': '+HYPERLINK("http://x","plus")',
  'formula-minus': '-2+3 Accord',
  'formula-at': '@SUM(A1:A9) Accord',
};
const SOURCE_TITLE = "@SUM(1+1)*cmd|' /C calc'!A0";

let built: FixtureBuild;
let csvs: Map<string, string>;

const cells = (csv: string) => (parse(csv, { bom: true, relax_column_count: false }) as string[][]).flat();

beforeAll(() => {
  built = buildFixture('tests/fixtures/hostile-content');
  csvs = new Map();
  if (built.status !== 0) return;
  for (const folder of ['data', 'charts'])
    for (const name of readdirSync(join(built.out, folder)).filter((n) => n.endsWith('.csv')))
      csvs.set(`${folder}/${name}`, readFileSync(join(built.out, folder, name), 'utf8'));
  const zip = unzipSync(readFileSync(join(built.out, 'data', 'cajad-briefing-data.zip')));
  for (const [name, bytes] of Object.entries(zip)) if (name.endsWith('.csv')) csvs.set(`zip:${name}`, strFromU8(bytes));
});

describe('content that reads as a spreadsheet formula', () => {
  it('builds', () => {
    expect(built.status, built.output).toBe(0);
  });

  it('reaches no published CSV as a live formula: every such cell starts with an apostrophe', () => {
    expect([...csvs.keys()].filter((k) => k.startsWith('charts/')).length).toBeGreaterThan(0);
    expect([...csvs.keys()].filter((k) => k.startsWith('zip:')).length).toBeGreaterThan(0);
    for (const [name, csv] of csvs) {
      const live = cells(csv).filter((c) => FORMULA_START.test(c) && !PLAIN_NUMBER.test(c));
      expect(live, name).toEqual([]);
    }
  });

  it('keeps the text itself, behind the apostrophe, in the data tables, the zip and the chart data', () => {
    const all = (prefix: string) => [...csvs].filter(([k]) => k.startsWith(prefix)).flatMap(([, csv]) => cells(csv));
    for (const title of Object.values(TITLES)) {
      expect(cells(csvs.get('data/documents.csv')!), title).toContain(`'${title}`);
      expect(cells(csvs.get('zip:documents.csv')!), title).toContain(`'${title}`);
      expect(
        all('charts/').some((c) => c.includes(title)),
        title,
      ).toBe(true);
    }
    expect(cells(csvs.get('data/sources.csv')!)).toContain(`'${SOURCE_TITLE}`);
    // A chart's sources column begins with that source's title, so it is the cell that is neutralised.
    expect(all('charts/').some((c) => c.startsWith(`'${SOURCE_TITLE}, https://example.org/formula-source`))).toBe(true);
  });

  it('shows the titles on their pages as plain text, linking nowhere', () => {
    const pages = readSite(built.out);
    for (const [id, title] of Object.entries(TITLES)) {
      const page = pages.get(`/documents/${id}/`)!;
      expect(text(page.$, 'h1'), id).toBe(title);
    }
    for (const p of pages.values()) expect(p.$('a[href^="http://x"]').length, p.url).toBe(0);
  });
});

describe('chart data files', () => {
  it('cite their sources by title and address, not by the site’s bare codes', () => {
    const charts = [...csvs].filter(([k]) => k.startsWith('charts/'));
    for (const [name, csv] of charts) {
      expect(csv, name).not.toMatch(/(^|[,;"] ?)S\d+( ¶\d+)?(?=[,;"\r])/m);
    }
    expect(charts.some(([, csv]) => csv.includes('Fixture article, ¶3'))).toBe(true);
  });
});
