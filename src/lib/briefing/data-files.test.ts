import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from './collections/index.ts';
import { Briefing } from './briefing.ts';
import { dataFiles, dataZip, entryJson, jsonSchema, toCsv } from './data-files.ts';
import { dataTables, rowsOf } from './data-tables.ts';
import { buildRaw, FIXTURE, fixtureSite } from './test-fixtures.ts';

const site = fixtureSite();
const briefing = new Briefing(buildRaw(FIXTURE).raw, site);
const tables = dataTables(briefing);
const table = (name: string) => tables.find((t) => t.name === name)!;

describe('the data tables', () => {
  it('give every figure one row per reported value, with its citations and the source’s address', () => {
    expect(table('money').rows).toEqual([
      expect.objectContaining({
        entry_id: 'kz-package',
        amount: 3.7e9,
        currency: 'USD',
        nature: 'deal-value',
        variant: 1,
        sources_differ: false,
        citations: 's1 ¶5',
      }),
    ]);
    expect(table('counts').rows).toEqual([
      expect.objectContaining({ entry_id: 'kz-package', value: 60, qualifier: 'more-than', unit: 'agreements' }),
    ]);
  });

  it('write CSV that a spreadsheet reads back to the same rows', () => {
    const csv = toCsv(table('documents'));
    const back = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(back).toEqual([
      expect.objectContaining({
        id: 'kz-package',
        parties: 'japan; kazakhstan',
        date: '2025-12',
        citations: 's1 ¶5',
        event: '',
      }),
    ]);
  });

  it('point each entry to its own rows', () => {
    const doc = briefing.get({ collection: 'documents', id: 'kz-package' });
    expect(rowsOf(tables, doc)).toEqual([
      { table: 'documents', count: 1 },
      { table: 'money', count: 1 },
      { table: 'counts', count: 1 },
    ]);
  });

  it('give an entry as JSON with references as ids and its sources resolved', () => {
    const json = JSON.parse(entryJson(briefing, briefing.get({ collection: 'documents', id: 'kz-package' })));
    expect(json.data.parties).toEqual(['japan', 'kazakhstan']);
    expect(json.data.cite).toEqual(['s1 ¶5']);
    expect(json.sources).toEqual([
      { id: 's1', title: 'Summit article', publisher: null, url: null, reliability: null },
    ]);
  });

  it('pack every file into one zip with a README, deterministically', () => {
    const files = dataFiles(tables, site);
    const zip = dataZip(files);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)).toContain('README.md');
    expect(Object.keys(unzipped)).toContain('money.csv');
    expect(Object.keys(unzipped)).toContain('schemas/documents.schema.json');
    expect(strFromU8(unzipped['README.md']!)).toContain('| amount | amount in units of the currency');
    expect(dataZip(files)).toEqual(zip);
  });

  it('make the same zip in any time zone (the build machine’s must not show in the bytes)', () => {
    const files = dataFiles(tables, site);
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      const newYork = dataZip(files);
      process.env.TZ = 'Asia/Tokyo';
      expect(Buffer.from(dataZip(files)).equals(Buffer.from(newYork))).toBe(true);
    } finally {
      process.env.TZ = zone;
    }
  });
});

describe('the JSON Schemas generated from the Zod schemas', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const readData = (path: string): unknown => {
    const text = readFileSync(path, 'utf8');
    if (path.endsWith('.mdx')) return yaml.load(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!);
    return yaml.load(text);
  };

  for (const collection of COLLECTIONS) {
    it(`validate every real ${collection} entry`, () => {
      const validate = ajv.compile(JSON.parse(jsonSchema(collection)));
      const dir = join('content', collection);
      const failures = readdirSync(dir)
        .filter((f) => !f.startsWith('_'))
        .flatMap((f) => (validate(readData(join(dir, f))) ? [] : [`${f}: ${ajv.errorsText(validate.errors)}`]));
      expect(failures).toEqual([]);
      expect(readdirSync(dir).length).toBeGreaterThan(0);
    });
  }

  it('reject an entry the site would reject', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(jsonSchema('documents')));
    expect(
      validate({
        title: 'X',
        kind: 'treaty',
        parties: ['japan'],
        themes: ['water'],
        summary: 'S',
        cite: ['s1'],
        value: [{ amount: -1, currency: 'USD', nature: 'public', cite: ['s1'] }],
      }),
    ).toBe(false);
    expect(
      validate({ title: 'X', kind: 'poem', parties: ['japan'], themes: ['water'], summary: 'S', cite: ['s1'] }),
    ).toBe(false);
  });
});
