// `npm run import`: a spreadsheet of documents or initiatives → content entries. Every row is checked first (schema,
// references, duplicates); nothing is written unless every row is valid; an unchanged entry is not rewritten.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'csv-parse/sync';
import { isCollection, isScalar, stringify, type Document } from 'yaml';
import { readYaml, splitFrontmatter } from '../../src/lib/briefing/frontmatter.ts';
import type { Entry, RawBriefing } from '../../src/lib/briefing/model.ts';
import { parseEntry } from '../../src/lib/briefing/parse.ts';
import { validateBriefing } from '../../src/lib/briefing/validate.ts';
import { restoreCell } from '../../src/lib/csv.ts';
import { COLLECTION_SPECS, specOf } from '../../src/lib/briefing/collections/index.ts';
import type { ImportField, ImportFigure } from '../../src/lib/briefing/collections/spec.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { ID_PATTERN } from '../../src/schemas/primitives.ts';

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

/** Optional columns for one sourced figure per row: value_amount, value_currency, … or count_value, count_unit, … */
type FigureSpec = ImportFigure;

export const FIGURE_COLUMNS = Object.fromEntries(IMPORTABLE.map((c) => [c, tableOf(c).importFigures!])) as Record<
  Importable,
  FigureSpec[]
>;

/** Columns of the published CSV that import accepts and ignores (derived or our own: url, citation_urls, …). */
const exportOnlyColumns = (collection: Importable) =>
  tableOf(collection)
    .columns.filter((col) => !col.import)
    .map((col) => col.name);

const FIGURE_PARTS: Record<FigureSpec['kind'], Record<string, string>> = {
  money: { amount: 'amount', currency: 'currency', qualifier: 'qualifier', nature: 'nature', cite: 'citations' },
  count: { value: 'value', qualifier: 'qualifier', unit: 'unit', cite: 'citations' },
};

function figureColumns(collection: Importable): string[] {
  return FIGURE_COLUMNS[collection].flatMap((f) =>
    Object.values(FIGURE_PARTS[f.kind]).map((part) => `${f.prefix}_${part}`),
  );
}

/** One sourced figure from its columns, or undefined when they are all empty (the entry's figures are then kept). */
function figureValue(
  spec: FigureSpec,
  record: Record<string, string>,
): { value?: unknown; problem?: { column: string; message: string } } {
  const cell = (part: string) => (record[`${spec.prefix}_${part}`] ?? '').trim();
  const parts = FIGURE_PARTS[spec.kind];
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

/** A problem with the spreadsheet, located by row (as a spreadsheet numbers it: the header is row 1) and column. */
export interface ImportProblem {
  row?: number | undefined;
  column?: string | undefined;
  message: string;
  hint?: string | undefined;
}

export function formatImportProblems(file: string, problems: readonly ImportProblem[]): string {
  const lines = problems.map((p) => {
    const where = [p.row !== undefined ? `row ${p.row}` : '', p.column ? `column "${p.column}"` : '']
      .filter(Boolean)
      .join(', ');
    return `  - ${where ? `${where}: ` : ''}${p.message}${p.hint ? `\n    Fix: ${p.hint}` : ''}`;
  });
  return `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written.\n${lines.join('\n')}`;
}

/** A file to write (new or changed entry). */
export interface PlannedWrite {
  path: string;
  text: string;
  id: string;
  change: 'new' | 'changed';
}

export interface ImportPlan {
  problems: ImportProblem[];
  writes: PlannedWrite[];
  unchanged: string[];
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

function deletePath(target: Record<string, unknown>, path: string) {
  const keys = path.split('.');
  let node: Record<string, unknown> | undefined = target;
  for (const k of keys.slice(0, -1)) node = node?.[k] as Record<string, unknown> | undefined;
  if (node) delete node[keys.at(-1)!];
}

const splitList = (cell: string) =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

function cellValue(spec: ColumnSpec, cell: string): { value?: unknown; problem?: string } {
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
function columnOf(collection: Importable, field: string): string | undefined {
  const specs = IMPORT_COLUMNS[collection];
  const parts = field.split('.').filter((k) => !/^\d+$/.test(k));
  const figure = FIGURE_COLUMNS[collection].find((f) => f.field === parts[0]);
  if (figure) {
    const part = FIGURE_PARTS[figure.kind][parts[1] ?? ''];
    return part ? `${figure.prefix}_${part}` : `${figure.prefix}_${Object.values(FIGURE_PARTS[figure.kind])[0]}`;
  }
  field = parts.join('.');
  const match = specs
    .filter((s) => field === s.field || field.startsWith(`${s.field}.`))
    .sort((a, b) => b.field.length - a.field.length)[0];
  return match?.column;
}

/** Column separators a spreadsheet may write, by the name an editor knows them by. */
export const DELIMITERS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'vertical bar' };

/** The separator of the header line that yields the most known column names (quotes respected by csv-parse). */
export function detectDelimiter(text: string, collection: Importable): { delimiter: string; columns: number } {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const known = knownColumns(collection);
  let best = { delimiter: ',', columns: 0, score: -1 };
  for (const delimiter of Object.keys(DELIMITERS)) {
    let cells: string[];
    try {
      cells = (parse(header, { delimiter, relax_quotes: true })[0] as string[] | undefined) ?? [];
    } catch {
      continue;
    }
    const score = cells.filter((c) => known.has(c.trim())).length;
    if (score > best.score) best = { delimiter, columns: cells.length, score };
  }
  return { delimiter: best.delimiter, columns: best.columns };
}

const knownColumns = (collection: Importable) =>
  new Set([
    ...IMPORT_COLUMNS[collection].map((s) => s.column),
    ...figureColumns(collection),
    ...exportOnlyColumns(collection),
  ]);

/** Reads the spreadsheet's text; problems for what is not a well-formed CSV with the needed columns. */
export function readCsv(
  text: string,
  collection: Importable,
  delimiter?: string,
): { rows: Record<string, string>[]; problems: ImportProblem[]; delimiter: string } {
  if (text.includes('\u0000')) {
    return {
      rows: [],
      delimiter: ',',
      problems: [{ message: 'this is not a text file, so not a CSV', hint: 'export the spreadsheet as CSV (UTF-8).' }],
    };
  }
  const detected = delimiter ?? detectDelimiter(text, collection).delimiter;
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      columns: true,
      bom: true,
      delimiter: detected,
      skip_empty_lines: true,
      trim: false,
      relax_column_count: false,
    });
    // Our own exports start formula-like cells with an apostrophe (src/lib/csv.ts); read them back as written.
    records = records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, restoreCell(v)])));
  } catch (error) {
    const e = error as { message: string; lines?: number };
    return {
      rows: [],
      delimiter: detected,
      problems: [
        {
          row: e.lines,
          message: `the CSV is malformed: ${e.message.replace(/^Invalid Record Length: /, '')}`,
          hint: `check quotes and the number of cells in each row (read as ${DELIMITERS[detected] ?? JSON.stringify(detected)}-separated); export the sheet as CSV again.`,
        },
      ],
    };
  }
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const present = new Set(parse(header, { bom: true, delimiter: detected, relax_quotes: true })[0] as string[]);
  const problems: ImportProblem[] = [];
  if (present.size === 1 && !knownColumns(collection).has([...present][0]!)) {
    return {
      rows: [],
      delimiter: detected,
      problems: [
        {
          row: 1,
          message: `found no column separator: the header reads as one column, ${JSON.stringify(header.slice(0, 60))}`,
          hint: `separate the columns with commas (or semicolons or tabs), or name the separator: --delimiter ";".`,
        },
      ],
    };
  }
  for (const spec of IMPORT_COLUMNS[collection].filter((s) => s.required)) {
    if (!present.has(spec.column)) {
      problems.push({
        column: spec.column,
        message: 'missing column',
        hint: `add a "${spec.column}" column; the columns are those of data/${collection}.csv.`,
      });
    }
  }
  const known = knownColumns(collection);
  for (const column of present) {
    if (!known.has(column))
      problems.push({
        column,
        message: 'unknown column',
        hint: `remove it, or rename it to one of: ${[...known].join(', ')}.`,
      });
  }
  return { rows: records, problems, delimiter: detected };
}

/**
 * Plans an import against the current content: every row becomes an entry's frontmatter (merged into the existing
 * entry of the same id, whose other fields and body are kept), every entry is checked as the build would check it.
 */
export function planImport(
  root: string,
  raw: RawBriefing,
  collection: Importable,
  input: string | { rows: Record<string, string>[]; problems: ImportProblem[] },
): ImportPlan {
  const { rows, problems } = typeof input === 'string' ? readCsv(input, collection) : input;
  if (problems.length) return { problems, writes: [], unchanged: [] };
  if (rows.length === 0)
    return { problems: [{ message: 'the CSV has a header but no rows' }], writes: [], unchanged: [] };
  const specs = IMPORT_COLUMNS[collection];
  const seen = new Map<string, number>();
  const imported: {
    row: number;
    entry: Entry;
    data: Record<string, unknown>;
    body: string;
    path: string;
    existing: Record<string, unknown> | undefined;
    source?: { doc: Document.Parsed; text: string; front: string } | undefined;
  }[] = [];

  rows.forEach((record, i) => {
    const row = i + 2;
    const id = (record.id ?? '').trim();
    if (!ID_PATTERN.test(id)) {
      problems.push({
        row,
        column: 'id',
        message: `expected an id of lower-case words joined by hyphens, got ${JSON.stringify(record.id ?? '')}`,
        hint: 'e.g. "kz-jp-rail-memorandum"; it becomes the file name and the page address.',
      });
      return;
    }
    if (seen.has(id)) {
      problems.push({
        row,
        column: 'id',
        message: `duplicate id "${id}": row ${seen.get(id)} has it too`,
        hint: 'give each row its own id.',
      });
      return;
    }
    seen.set(id, row);
    const path = join(root, collection, `${id}.mdx`);
    let existing: Record<string, unknown> | undefined;
    let source: { doc: Document.Parsed; text: string; front: string } | undefined;
    let body =
      '\nTODO: write what this entry is about in your own words, with a Cite tag after each sourced sentence.\n';
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      const split = splitFrontmatter(text);
      const y = split.front !== undefined ? readYaml(split.front, 2) : undefined;
      if (!y || y.problems.length) {
        problems.push({
          row,
          column: 'id',
          message: `${path} exists but cannot be read (${split.problem?.message ?? y?.problems[0]?.message})`,
          hint: 'run npm run check:content and fix that file first.',
        });
        return;
      }
      existing = (y.data ?? {}) as Record<string, unknown>;
      body = split.body!;
      source = { doc: y.doc, text, front: split.front! };
    }
    const data: Record<string, unknown> = structuredClone(existing ?? {});
    for (const spec of specs) {
      if (spec.field === 'id' || !(spec.column in record)) continue;
      const { value, problem } = cellValue(spec, record[spec.column] ?? '');
      if (problem) {
        problems.push({ row, column: spec.column, message: problem });
        continue;
      }
      const empty = value === '' || (Array.isArray(value) && value.length === 0);
      // An empty optional cell removes the field; an empty required one stays, so its own message explains it.
      if (empty && !spec.required) deletePath(data, spec.field);
      else setPath(data, spec.field, value);
    }
    for (const figure of FIGURE_COLUMNS[collection]) {
      const { value, problem } = figureValue(figure, record);
      if (problem) problems.push({ row, ...problem });
      else if (value) setPath(data, figure.field, value);
    }
    const parsed = parseEntry(collection, id, path, data, body);
    for (const p of parsed.problems) {
      problems.push({ row, column: columnOf(collection, p.field), message: p.message, hint: undefined });
    }
    if (parsed.entry) imported.push({ row, entry: parsed.entry, data, body, path, existing, source });
  });

  // References and citations are checked against the content as it will be after the import.
  const merged = {
    ...raw,
    [collection]: [...raw[collection].filter((e) => !seen.has(e.id)), ...imported.map((x) => x.entry)],
  } as RawBriefing;
  for (const p of validateBriefing(merged)) {
    const hit = imported.find((x) => x.entry.id === p.id && p.collection === collection);
    if (hit)
      problems.push({
        row: hit.row,
        column: columnOf(collection, p.field) ?? p.field,
        message: p.message,
        hint: p.hint,
      });
  }
  if (problems.length)
    return { problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)), writes: [], unchanged: [] };

  const writes: PlannedWrite[] = [];
  const unchanged: string[] = [];
  for (const x of imported) {
    if (x.existing && isDeepStrictEqual(x.existing, x.data)) {
      unchanged.push(x.entry.id);
      continue;
    }
    if (x.source) {
      writes.push({
        path: x.path,
        id: x.entry.id,
        change: 'changed',
        text: editInPlace(x.source, x.existing ?? {}, x.data),
      });
      continue;
    }
    const front = stringify(x.data, { lineWidth: 120 });
    writes.push({ path: x.path, id: x.entry.id, change: 'new', text: `---\n${front}---\n${x.body}` });
  }
  return { problems: [], writes, unchanged };
}

/**
 * The file with only the changed fields rewritten, through the yaml Document of its frontmatter: comments, key
 * order, quoting and flow lists ([a, b]) of everything else stay as the editor wrote them.
 */
function editInPlace(
  source: { doc: Document.Parsed; text: string; front: string },
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string {
  const doc = source.doc;
  const visit = (path: string[], a: unknown, b: unknown) => {
    if (isDeepStrictEqual(a, b)) return;
    const plainObject = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);
    if (plainObject(a) && plainObject(b)) {
      const ao = a as Record<string, unknown>;
      const bo = b as Record<string, unknown>;
      for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) visit([...path, k], ao[k], bo[k]);
      return;
    }
    if (b === undefined) {
      doc.deleteIn(path);
      return;
    }
    const old = doc.getIn(path, true);
    if (isScalar(old) && (b === null || typeof b !== 'object')) {
      old.value = b; // keeps the scalar's quotes and its comment
      return;
    }
    // A list keeps the style it had; a new list of plain values is written [a, b], as editors write them here.
    const flow = isCollection(old)
      ? !!old.flow
      : Array.isArray(b) && b.every((v) => v === null || typeof v !== 'object');
    doc.setIn(path, doc.createNode(b, { flow }));
  };
  visit([], before, after);
  const front = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const start = source.text.indexOf(source.front);
  return `${source.text.slice(0, start)}${front}${source.text.slice(start + source.front.length)}`;
}
