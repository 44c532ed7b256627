// Renders the dataset's files (CSV, JSON, JSON Schema, README, zip) from the tables. Pure: strings and bytes in, out.
import { z } from 'zod';
import type { CollectionName } from '../../schemas/index.ts';
import type { Site } from '../../schemas/site.ts';
import { formatCsvObjects } from '../csv.ts';
import { zipFiles } from '../offline/zip.ts';
import { formatDate } from '../format/format-date.ts';
import { type Briefing, entryCitations, figuresOf } from './briefing.ts';
import { COLLECTIONS, entrySchemaOf } from './collections/index.ts';
import { entryPath } from './collections.ts';
import type { DataTable } from './data-tables.ts';
import { formatCitations } from './data-tables.ts';
import type { Entry } from './model.ts';

/** Name of the zip that holds every data file. */
export const DATA_ZIP = 'cajad-briefing-data.zip';

/** A table as CSV (the site's one dialect, src/lib/csv.ts): a header row of column names, then one line per row. */
export function toCsv(table: DataTable): string {
  return formatCsvObjects(
    table.columns.map((c) => c.name),
    table.rows,
  );
}

/** A table as JSON: what it is, its columns, its licence, then its rows. */
export function toJson(table: DataTable, site: Site): string {
  return `${JSON.stringify(
    {
      table: table.name,
      title: table.title,
      description: table.description,
      source: `${site.title}, version ${site.version} (${site.updated})`,
      license: site.license,
      columns: table.columns,
      rows: table.rows,
    },
    null,
    2,
  )}\n`;
}

/** JSON Schema of a collection's entries, generated from its Zod schema (what an editor writes in the file). */
export function jsonSchema(collection: CollectionName): string {
  const schema = z.toJSONSchema(entrySchemaOf(collection), {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return `${JSON.stringify({ ...schema, $id: `${collection}.schema.json`, title: `A ${collection} entry of the briefing` }, null, 2)}\n`;
}

/** One entry as JSON: its data with references as ids, its figures and every citation resolved to its source. */
export function entryJson(b: Briefing, entry: Entry): string {
  const flatten = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(flatten);
    if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if (typeof v.collection === 'string' && typeof v.id === 'string' && Object.keys(v).length === 2) return v.id;
      if (v.source && typeof v.source === 'object' && Object.keys(v).every((k) => k === 'source' || k === 'at')) {
        return formatCitations([v as never]);
      }
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, flatten(x)]));
    }
    return value;
  };
  const cites = entryCitations(entry);
  const sources = [...new Set(cites.map((c) => c.source.id))].map((id) => {
    const s = b.get({ collection: 'sources', id });
    return {
      id,
      title: s.data.title,
      publisher: s.data.publisher ?? null,
      url: s.data.url ?? null,
      reliability: s.data.reliability ?? null,
    };
  });
  return `${JSON.stringify(
    {
      collection: entry.collection,
      id: entry.id,
      page: entryPath(entry.collection, entry.id),
      data: flatten(entry.data),
      figures: figuresOf(entry).map((f) => ({
        field: f.field,
        kind: f.kind,
        sourcesDiffer: f.variants.length > 1,
        values: flatten(f.variants),
      })),
      sources,
      license: b.site.license,
    },
    null,
    2,
  )}\n`;
}

/** The README of the dataset: what each file and column holds, units, qualifiers, licence and how to cite. */
export function dataReadme(tables: readonly DataTable[], site: Site): string {
  const lines = [
    `# ${site.title}: data`,
    '',
    `Version ${site.version}, ${formatDate(site.updated)}. Published by ${site.publisher} under ${site.license} (${site.licenseUrl}).`,
    '',
    'The same typed content the briefing’s pages are built from, as tables. Every row carries its citations:',
    '`citations` lists source ids with their locators (`s1 ¶5` is paragraph 5 of source s1), `citation_urls` the',
    'addresses of those sources; `sources.csv` describes every source.',
    '',
    '## Conventions',
    '',
    '- Figures are as each source reports them. Where sources report different values for the same figure, each',
    '  value is its own row (`variant` 1, 2, …) and `sources_differ` is true. The briefing does not choose between them.',
    '- `qualifier`: `exact`, `about` (around 20), `more-than` (more than 60) or `up-to`.',
    '- Money stays in the currency the source uses; `amount` is in units of the currency (3000000000000 = 3 trillion).',
    '  Conversions appear only in `equivalents`, and only where a source states them. `nature` says how the source',
    '  describes the sum: public money, private money, a business target, the value of deals, a portfolio of projects.',
    '- Dates are ISO 8601, as precise as sourced: `2025`, `2025-12` or `2025-12-20`.',
    '- Lists within a cell are separated by `; `. Ids are the content files’ names and the last part of page paths.',
    '- Each table also comes as JSON (`<table>.json`) with the column descriptions; `schemas/` holds JSON Schemas of',
    '  the content entries, generated from the briefing’s own validation rules.',
    '',
    '## How to cite',
    '',
    `${site.publisher}. *${site.title}* (data, version ${site.version}, ${formatDate(site.updated)}). ${site.license}.`,
    '',
    '## Tables',
  ];
  for (const t of tables) {
    lines.push(
      '',
      `### ${t.name}.csv — ${t.title}`,
      '',
      `${t.description} ${t.rows.length} rows.`,
      '',
      '| column | meaning |',
      '| --- | --- |',
    );
    for (const c of t.columns) lines.push(`| ${c.name} | ${c.description.replace(/\|/g, '\\|')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Every data file by its path under data/, for the zip and for tests. */
export function dataFiles(tables: readonly DataTable[], site: Site): Record<string, string> {
  const files: Record<string, string> = { 'README.md': dataReadme(tables, site) };
  for (const t of tables) {
    files[`${t.name}.csv`] = toCsv(t);
    files[`${t.name}.json`] = toJson(t, site);
  }
  for (const c of COLLECTIONS) files[`schemas/${c}.schema.json`] = jsonSchema(c);
  return files;
}

/** One zip of every data file, with a fixed timestamp so the same content makes the same bytes in any time zone. */
export function dataZip(files: Record<string, string>): Uint8Array {
  return zipFiles(Object.entries(files));
}
