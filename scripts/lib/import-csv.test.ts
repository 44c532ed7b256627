import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Briefing } from '../../src/lib/briefing/briefing.ts';
import { toCsv } from '../../src/lib/briefing/data-files.ts';
import { dataTables } from '../../src/lib/briefing/data-tables.ts';
import { checkContent, readContent } from '../../src/lib/briefing/read-content.ts';
import { planImport } from './import-csv.ts';
import { formatImportProblems } from './read-csv.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bf-import-'));
  cpSync('tests/fixtures/mini-content', root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const site = {
  title: 'T',
  shortTitle: 'T',
  description: 'D',
  summit: 'fixture-summit',
  publisher: 'P',
  version: '1',
  updated: '2026',
  language: 'en',
  license: 'CC BY 4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
};
const snapshot = () =>
  Object.fromEntries(
    readdirSync(join(root, 'documents')).map((f) => [f, readFileSync(join(root, 'documents', f), 'utf8')]),
  );
function run(csv: string) {
  const plan = planImport(root, readContent(root, root).raw, 'documents', csv);
  for (const w of plan.writes) writeFileSync(w.path, w.text);
  return plan;
}
const HEADER =
  'id,title,official_title,kind,parties,date,themes,summary,citations,value_amount,value_currency,value_qualifier,value_nature,value_citations';

describe('importing a spreadsheet of documents', () => {
  it('round-trips: the published CSV re-imported changes nothing', () => {
    const before = snapshot();
    const csv = toCsv(dataTables(new Briefing(readContent(root, root).raw, site)).find((t) => t.name === 'documents')!);
    const plan = run(csv);
    expect(plan.problems).toEqual([]);
    expect(plan.writes).toEqual([]);
    expect(plan.unchanged).toEqual(['fixture-accord']);
    expect(snapshot()).toEqual(before);
  });

  it('writes valid new entries whose published data matches the spreadsheet, and re-importing it changes nothing', () => {
    const csv = `${HEADER}\nrail-memo,Rail memorandum,false,memorandum,aland,2030-05-01,fixture-theme,A memorandum on railways.,s1 ¶4,5000000,USD,about,deal-value,s1 ¶4\n`;
    const first = run(csv);
    expect(first.writes.map((w) => [w.id, w.change])).toEqual([['rail-memo', 'new']]);
    expect(checkContent(root, root).problems).toEqual([]);
    const money = dataTables(new Briefing(readContent(root, root).raw, site)).find((t) => t.name === 'money')!;
    expect(money.rows).toEqual([
      expect.objectContaining({
        entry_id: 'rail-memo',
        amount: 5e6,
        currency: 'USD',
        qualifier: 'about',
        nature: 'deal-value',
        citations: 's1 ¶4',
      }),
    ]);
    const after = snapshot();
    expect(run(csv).writes).toEqual([]);
    expect(snapshot()).toEqual(after);
  });

  const cases: [string, string, string][] = [
    [
      'a missing column',
      'id,title,kind,parties,date,themes,citations\nx,X,agreement,aland,2030,fixture-theme,s1\n',
      'column "summary": missing column',
    ],
    [
      'a bad currency',
      `${HEADER}\nx,X,false,agreement,aland,2030,fixture-theme,S.,s1,100,usd$,exact,deal-value,s1\n`,
      'row 2, column "value_currency": expected an ISO 4217 currency code like "USD", "JPY" or "EUR", got "usd$"',
    ],
    [
      'an unknown country',
      `${HEADER}\nx,X,false,agreement,atlantis,2030,fixture-theme,S.,s1,,,,,\n`,
      'row 2, column "parties": unknown countries entry "atlantis"',
    ],
    [
      'a duplicate id',
      `${HEADER}\nx,X,false,agreement,aland,2030,fixture-theme,S.,s1,,,,,\nx,Y,false,agreement,aland,2030,fixture-theme,S.,s1,,,,,\n`,
      'row 3, column "id": duplicate id "x": row 2 has it too',
    ],
    ['a malformed CSV', `${HEADER}\nx,"X,false,agreement\n`, 'the CSV is malformed'],
    ['a file that is not CSV', '\u0000\u0001PK\u0003\u0004binary', 'this is not a text file, so not a CSV'],
    ['a JSON file', '{"id": "x", "title": "X"}\n', 'row 1: the CSV is malformed: Invalid Opening Quote'],
    [
      'an impossible date',
      `${HEADER}\nx,X,false,agreement,aland,2030-02-30,fixture-theme,S.,s1,,,,,\n`,
      'row 2, column "date": no such day in "2030-02-30"',
    ],
    [
      'a bad id',
      `${HEADER}\nNot An Id,X,false,agreement,aland,2030,fixture-theme,S.,s1,,,,,\n`,
      'row 2, column "id": expected an id of lower-case words joined by hyphens',
    ],
    [
      'a row without a citation',
      `${HEADER}\nx,X,false,agreement,aland,2030,fixture-theme,S.,,,,,,\n`,
      'row 2, column "citations": needs at least one citation',
    ],
  ];
  for (const [name, csv, expected] of cases) {
    it(`stops at ${name}, says where, and writes nothing`, () => {
      const before = snapshot();
      const plan = run(csv);
      expect(formatImportProblems('sheet.csv', plan.problems)).toContain(expected);
      expect(formatImportProblems('sheet.csv', plan.problems)).toContain('nothing was written');
      expect(plan.writes).toEqual([]);
      expect(snapshot()).toEqual(before);
    });
  }

  it('writes nothing when one row of many is bad', () => {
    const before = snapshot();
    const plan = run(
      `${HEADER}\ngood,G,false,agreement,aland,2030,fixture-theme,S.,s1,,,,,\nbad,B,false,agreement,aland,2030,no-such-theme,S.,s1,,,,,\n`,
    );
    expect(plan.problems.map((p) => [p.row, p.column])).toEqual([[3, 'themes']]);
    expect(snapshot()).toEqual(before);
  });
});
