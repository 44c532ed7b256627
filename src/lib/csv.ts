// The one CSV dialect of everything the site publishes (data tables, chart data): RFC 4180 quoting, CRLF line ends,
// UTF-8 with a byte-order mark so spreadsheets read ¥, € and non-Latin names; every cell inert in a spreadsheet.
import { csvFormatRow } from 'd3';

/**
 * Characters that make a spreadsheet read a cell as a formula (or that some strip before doing so): OWASP's
 * CSV-injection list. https://owasp.org/www-community/attacks/CSV_Injection
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number ("-3", "2.5e9") is not a formula; leaving it alone keeps numeric columns numeric. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A cell made inert: one that could start a formula is prefixed with an apostrophe, which spreadsheets show as text. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The cell's text as written before it was neutralised: for reading our own exports back (`npm run import`). */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) && !PLAIN_NUMBER.test(value.slice(1))
    ? value.slice(1)
    : value;
}

export type CsvValue = string | number | boolean | null | undefined;

const text = (v: CsvValue) => (v === null || v === undefined ? '' : String(v));

/** Rows of cells (the first usually the header) as a CSV file in the site's one dialect. */
export function formatCsv(rows: readonly (readonly CsvValue[])[]): string {
  // csvFormatRow quotes any cell holding a comma, quote or line break, so joining rows with CRLF is safe.
  return `\uFEFF${rows.map((r) => csvFormatRow(r.map((v) => neutraliseCell(text(v))))).join('\r\n')}\r\n`;
}

/** Objects as CSV under the given columns; a missing value is an empty cell. */
export function formatCsvObjects(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  return formatCsv([columns, ...rows.map((r) => columns.map((c) => r[c]))]);
}
