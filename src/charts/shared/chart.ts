// A chart ready to show: both layouts, its text, its sources and its data, whatever kind of chart it is.
import { csvFormatRow } from 'd3';
import type { ChartCite } from '../../lib/briefing/chart-views.ts';
import type { Frame, Variant } from './frame.ts';

/** One cell of a chart's data table: text, links to entries, citations — any of them. */
export interface TableCell {
  text?: string | undefined;
  links?: readonly { title: string; path: string }[] | undefined;
  cites?: readonly ChartCite[] | undefined;
  /** Right-aligned (a number). */
  numeric?: boolean | undefined;
}

export interface TableRow {
  /** Anchor for the row, e.g. for a matrix cell's link; unique on the page. */
  id?: string | undefined;
  cells: TableCell[];
}

/** The data behind a chart, as an HTML table and as CSV. */
export interface DataTable {
  columns: string[];
  rows: TableRow[];
}

export interface BuiltChart {
  /** The view's id: element ids and download file names. */
  id: string;
  title: string;
  /** How to read the chart: one or two sentences under its title. */
  caption: string;
  /** Sources named in the caption. */
  sources: readonly ChartCite[];
  /** Where the data comes from, when that is not a short list of sources (a matrix built from many entries). */
  basis?: string | undefined;
  frames: Record<Variant, Frame>;
  table: DataTable;
}

/** The text of a cell as a spreadsheet should hold it: text, entry titles and source labels, joined by "; ". */
export function cellText(cell: TableCell): string {
  return [cell.text, ...(cell.links ?? []).map((l) => l.title), ...(cell.cites ?? []).map((c) => c.label)]
    .filter((t): t is string => !!t)
    .join('; ');
}

/** The chart's data as CSV (RFC 4180, CRLF line ends, UTF-8 with a byte-order mark so spreadsheets read ¥ and €). */
export function tableCsv(table: DataTable): string {
  const rows = [table.columns, ...table.rows.map((r) => r.cells.map(cellText))];
  return `\uFEFF${rows.map((r) => csvFormatRow(r)).join('\r\n')}\r\n`;
}

/** Sources and origin for the foot of the downloaded SVG: "Sources: S1 ¶5; S35. From: <site>". */
export function creditLine(chart: BuiltChart, origin: string): string {
  const sources = chart.sources.length
    ? `Sources: ${chart.sources.map((s) => s.label).join('; ')}.`
    : (chart.basis ?? '');
  return [sources, `From: ${origin}.`].filter(Boolean).join(' ');
}
