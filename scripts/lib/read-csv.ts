// Reads a spreadsheet's text for `npm run import`: the column separator, the header against the collection's
// columns, and problems located by row and column as a spreadsheet numbers them.
import { parse } from 'csv-parse/sync';
import { restoreCell } from '../../src/lib/csv.ts';
import { IMPORT_COLUMNS, type Importable, knownColumns } from './import-columns.ts';

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
