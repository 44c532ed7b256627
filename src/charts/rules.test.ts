// The content rules charts rely on are checked with the rest of the content (npm run check:content and the build's
// first step), before any page is drawn: each problem names the file, the field and the fix.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../lib/briefing/read-content.ts';

const shown = (root: string) =>
  checkContent(root).problems.map((p) => ({ file: p.file, field: p.field, message: p.message, hint: p.hint }));

describe('chart content rules in check:content', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'chart-rules-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('reports a country code the map cannot find, at the country’s isoNumeric field', () => {
    expect(shown('tests/fixtures/chart-bad-map')).toEqual([
      {
        file: 'tests/fixtures/chart-bad-map/countries/aland.mdx',
        field: 'isoNumeric',
        message: 'chart "map": no country with ISO numeric code "999" in Natural Earth',
        hint: 'check the code against ISO 3166-1 (e.g. "398" for Kazakhstan).',
      },
    ]);
  });

  it('reports an amount with no sourced conversion to the currency a body’s chart asks for', () => {
    expect(shown('tests/fixtures/chart-bad-money')).toEqual([
      {
        file: 'tests/fixtures/chart-bad-money/documents/fixture-accord.mdx',
        field: 'value.0',
        message: 'chart "money-in-eur": $5 million has no sourced conversion to EUR',
        hint: expect.stringContaining('add an equivalent in EUR with the citation of the source that states it'),
      },
    ]);
  });

  it('reports a chart placed in a body that has nothing to draw, and passes once it is removed', () => {
    cpSync('tests/fixtures/chart-bad-money', tmp, { recursive: true });
    const file = join(tmp, 'documents/fixture-accord.mdx');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('<MoneyChart currency="EUR" />', '<InitiativesChart />'));
    expect(shown(tmp)).toEqual([
      {
        file: relative(process.cwd(), file),
        field: 'body (chart 1)',
        message: '<InitiativesChart /> has nothing to draw (chart "initiatives")',
        hint: expect.stringContaining('remove the chart from the body'),
      },
    ]);
    writeFileSync(file, text.replace('<MoneyChart currency="EUR" />', '<MoneyChart />'));
    expect(shown(tmp)).toEqual([]);
  });
});
