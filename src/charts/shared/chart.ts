// A chart ready to show: both layouts, its text, its sources and its data, whatever kind of chart it is.
import type { ChartCite } from './view.ts';
import { formatCsv } from '../../lib/csv.ts';
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

/**
 * A citation as a downloaded file should give it, useful once the file has left the site: the source's title and
 * publisher, the locator, a weak-source warning and the source's own address ("Summit article, Kyodo, ¶5,
 * https://…"), never the site's bare code ("S1 ¶5").
 */
export function citeFullText(cite: ChartCite): string {
  return [cite.title, cite.at, cite.weak ? 'weak source' : undefined, cite.url].filter(Boolean).join(', ');
}

/** The text of a cell as a spreadsheet should hold it: text, entry titles and full citations, joined by "; ". */
export function cellText(cell: TableCell): string {
  return [cell.text, ...(cell.links ?? []).map((l) => l.title), ...(cell.cites ?? []).map(citeFullText)]
    .filter((t): t is string => !!t)
    .join('; ');
}

/** The chart's data as CSV, in the site's one dialect (src/lib/csv.ts): BOM, CRLF, every cell inert in a spreadsheet. */
export function tableCsv(table: DataTable): string {
  return formatCsv([table.columns, ...table.rows.map((r) => r.cells.map(cellText))]);
}

/** Sources and origin for the foot of the downloaded SVG: "Sources: S1 ¶5; S35. From: <site>". */
export function creditLine(chart: BuiltChart, origin: string): string {
  const sources = chart.sources.length
    ? `Sources: ${chart.sources.map((s) => s.label).join('; ')}.`
    : (chart.basis ?? '');
  return [sources, `From: ${origin}.`].filter(Boolean).join(' ');
}
