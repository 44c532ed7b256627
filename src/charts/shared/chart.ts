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
  /**
   * Where a cell's links grow with the corpus: the page's table shows the first `count`, then "and N more" leading
   * to `rest`, a page that lists them all. The CSV keeps every link.
   */
  shown?: { count: number; rest: { title: string; path: string } } | undefined;
}

/** One piece of a cell as the page's table shows it: text, or a link (with a tooltip, and a weak source marked). */
export interface CellPart {
  text: string;
  href?: string;
  title?: string | undefined;
  weak?: boolean | undefined;
}

/**
 * A cell's pieces in order, for the page's table: its text, links to entries (the first `shown.count`, then the
 * rest counted and linked), then its sources. `href` turns a site path into a link.
 */
export function cellParts(cell: TableCell, href: (path: string) => string): CellPart[] {
  const links = cell.links ?? [];
  const count = cell.shown && links.length > cell.shown.count ? cell.shown.count : links.length;
  const rest = links.length - count;
  return [
    ...(cell.text ? [{ text: cell.text }] : []),
    ...links.slice(0, count).map((l) => ({ text: l.title, href: href(l.path) })),
    ...(rest > 0 && cell.shown
      ? [{ text: `and ${rest} more, listed on the ${cell.shown.rest.title} page`, href: href(cell.shown.rest.path) }]
      : []),
    ...(cell.cites ?? []).map((c) => ({ text: c.label, href: href(c.path), title: c.title, weak: c.weak })),
  ];
}

export interface TableRow {
  /** Anchor for the row, e.g. for a matrix cell's link; unique on the page. */
  id?: string | undefined;
  cells: TableCell[];
  /** A row the chart folds into its aggregate: kept in the CSV, left out of the page's table. */
  folded?: boolean | undefined;
}

/** What the page's table says of the rows it leaves out, and where the full list is. */
export interface TableMore {
  /** "40 other amounts are not shown here: each currency’s 12 largest are." */
  text: string;
  /** The registers that list every entry the rows come from (the CSV is linked besides). */
  links: { title: string; path: string }[];
}

/** The data behind a chart, as an HTML table and as CSV. */
export interface DataTable {
  columns: string[];
  /** Every row: the CSV holds them all, the page's table those not `folded`. */
  rows: TableRow[];
  /** Set when rows are folded: the note under the page's table. */
  more?: TableMore | undefined;
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

/**
 * The chart's data as CSV, in the site's one dialect (src/lib/csv.ts): BOM, CRLF, every cell inert in a spreadsheet.
 * Every row, folded or not: the file is the full data behind a chart that draws only its largest rows.
 */
export function tableCsv(table: DataTable): string {
  return formatCsv([table.columns, ...table.rows.map((r) => r.cells.map(cellText))]);
}

/** How many sources the foot of a downloaded chart names; the rest are counted and left to the chart's data file. */
export const CREDIT_SOURCES = 4;

/** What the foot of a downloaded chart says besides its sources: where it comes from and under what terms. */
export interface CreditInfo {
  /** The briefing, its version and publisher (and its address, when the site has one). */
  origin: string;
  /** The licence's name and address, e.g. "CC BY 4.0, https://creativecommons.org/licenses/by/4.0/". */
  licence?: string | undefined;
  /** Where the chart's data, with every source in full, can be had: an absolute address, else the file's name. */
  data?: string | undefined;
}

/**
 * One source as the foot of a downloaded chart names it: its title and publisher, its locators and a weak-source
 * warning ("Summit article, Kyodo (¶5, ¶6)"), never the site's bare code ("S1 ¶5").
 */
function creditSource(cites: readonly ChartCite[]): string {
  const first = cites[0]!;
  const at = cites.flatMap((c) => (c.at ? [c.at] : []));
  return `${first.title}${at.length ? ` (${at.join(', ')})` : ''}${first.weak ? ', weak source' : ''}`;
}

/**
 * The foot of a downloaded chart (SVG and PNG), which must say what it rests on once it has left the site: its
 * sources by title (the first few, the rest counted and found in the data file), origin and licence.
 */
export function creditLine(chart: BuiltChart, info: CreditInfo | string): string {
  const { origin, licence, data } = typeof info === 'string' ? { origin: info } : info;
  const bySource = new Map<string, ChartCite[]>();
  for (const c of chart.sources) bySource.set(c.sourceId, [...(bySource.get(c.sourceId) ?? []), c]);
  const named = [...bySource.values()].slice(0, CREDIT_SOURCES).map(creditSource);
  const more = bySource.size - named.length;
  const inData = data ? `, listed with their addresses in the data: ${data}` : '';
  const sources = named.length
    ? `Sources: ${named.join('; ')}${more > 0 ? `; and ${more} more${inData}` : ''}.`
    : chart.basis && `${chart.basis}${data ? ` Data with every source: ${data}.` : ''}`;
  return [sources, `From: ${origin}.`, licence && `Licence: ${licence}.`].filter(Boolean).join(' ');
}
