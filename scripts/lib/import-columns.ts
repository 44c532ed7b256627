// Which spreadsheet columns `npm run import` reads and which frontmatter field each fills: the columns of the
// published CSV (data/documents.csv, data/initiatives.csv) as the collection's spec declares them
// (src/lib/briefing/collections/), so export and import share one list.
import { COLLECTION_SPECS, specOf } from '../../src/lib/briefing/collections/index.ts';
import { IMPORT_FIGURE_PARTS, type ImportField, type ImportFigure } from '../../src/lib/briefing/collections/spec.ts';
import type { CollectionName } from '../../src/schemas/index.ts';

/** Collections whose data table `npm run import` reads back: those whose module marks columns as importable. */
export const IMPORTABLE = COLLECTION_SPECS.filter((s) => s.table?.importFigures)
  .sort((x, y) => x.table!.order - y.table!.order)
  .map((s) => s.name);
export type Importable = CollectionName;

/** One spreadsheet column and the frontmatter field it fills (a dotted path for nested fields). */
interface ColumnSpec extends ImportField {
  column: string;
}

const tableOf = (collection: Importable) => specOf(collection).table!;

/**
 * The columns of each importable collection: the columns of the published CSV (data/documents.csv) that the
 * collection's module marks as importable, so export and import share one list.
 */
export const IMPORT_COLUMNS = Object.fromEntries(
  IMPORTABLE.map((c) => [
    c,
    tableOf(c).columns.flatMap((col) => (col.import ? [{ column: col.name, ...col.import }] : [])),
  ]),
) as Record<Importable, ColumnSpec[]>;

export const FIGURE_COLUMNS = Object.fromEntries(IMPORTABLE.map((c) => [c, tableOf(c).importFigures!])) as Record<
  Importable,
  ImportFigure[]
>;

/** Columns of the published CSV that import accepts and ignores (derived or our own: url, citation_urls, …). */
const exportOnlyColumns = (collection: Importable) =>
  tableOf(collection)
    .columns.filter((col) => !col.import)
    .map((col) => col.name);

export function figureColumns(collection: Importable): string[] {
  return FIGURE_COLUMNS[collection].flatMap((f) =>
    Object.values(IMPORT_FIGURE_PARTS[f.kind]).map((part) => `${f.prefix}_${part}`),
  );
}

/** One sourced figure from its columns, or undefined when they are all empty (the entry's figures are then kept). */
export function figureValue(
  spec: ImportFigure,
  record: Record<string, string>,
): { value?: unknown; problem?: { column: string; message: string } } {
  const cell = (part: string) => (record[`${spec.prefix}_${part}`] ?? '').trim();
  const parts = IMPORT_FIGURE_PARTS[spec.kind];
  if (Object.values(parts).every((p) => cell(p) === '')) return {};
  const numberColumn = spec.kind === 'money' ? 'amount' : 'value';
  const n = Number(cell(numberColumn));
  if (cell(numberColumn) === '' || !Number.isFinite(n)) {
    return {
      problem: {
        column: `${spec.prefix}_${numberColumn}`,
        message: `expected a number, got ${JSON.stringify(cell(numberColumn))}`,
      },
    };
  }
  const out: Record<string, unknown> = { [numberColumn]: n, cite: splitList(cell('citations')) };
  for (const [key, part] of Object.entries(parts)) {
    if (key !== numberColumn && key !== 'cite' && cell(part) !== '') out[key] = cell(part);
  }
  return { value: [out] };
}

export const splitList = (cell: string) =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

export function cellValue(spec: ColumnSpec, cell: string): { value?: unknown; problem?: string } {
  const text = cell.trim();
  switch (spec.kind) {
    case 'text':
    case 'ref':
      return { value: text };
    case 'list':
    case 'cites':
      return { value: splitList(text) };
    case 'bool':
      if (/^(true|yes|1)$/i.test(text)) return { value: true };
      if (/^(false|no|0)$/i.test(text)) return { value: false };
      return { problem: `expected true or false, got ${JSON.stringify(cell)}` };
  }
}

/** Which column a schema problem's field belongs to (array indexes dropped: "value.0.currency" → value_currency). */
export function columnOf(collection: Importable, field: string): string | undefined {
  const specs = IMPORT_COLUMNS[collection];
  const parts = field.split('.').filter((k) => !/^\d+$/.test(k));
  const figure = FIGURE_COLUMNS[collection].find((f) => f.field === parts[0]);
  if (figure) {
    const part = IMPORT_FIGURE_PARTS[figure.kind][parts[1] ?? ''];
    return part ? `${figure.prefix}_${part}` : `${figure.prefix}_${Object.values(IMPORT_FIGURE_PARTS[figure.kind])[0]}`;
  }
  field = parts.join('.');
  const match = specs
    .filter((s) => field === s.field || field.startsWith(`${s.field}.`))
    .sort((a, b) => b.field.length - a.field.length)[0];
  return match?.column;
}

export const knownColumns = (collection: Importable) =>
  new Set([
    ...IMPORT_COLUMNS[collection].map((s) => s.column),
    ...figureColumns(collection),
    ...exportOnlyColumns(collection),
  ]);
