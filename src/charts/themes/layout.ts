// Who proposed what: themes down the side, countries across; each cell counts the initiatives the country proposed
// in that theme (one measure), and a filled cell is a link to the table row that lists them.
import { nothingToDraw } from '../shared/view.ts';
import { type MatrixCell, type ThemeMatrixView } from './view.ts';
import { FONT } from '../shared/frame.ts';
import { layoutLegend, type LegendLayout } from '../shared/legend.ts';
import { textWidth, wrapText } from '../shared/text.ts';

export const PAD = 8;

/** Shading steps: the least count each step starts at (1, 2, 3–4, 5–7, 8 or more). */
export const STEPS = [1, 2, 3, 5, 8] as const;

/** The shading step (1–5) of a count; 0 for an empty cell. */
export function stepOf(count: number): number {
  let step = 0;
  STEPS.forEach((from, i) => {
    if (count >= from) step = i + 1;
  });
  return step;
}

function stepLabel(step: number): string {
  const from = STEPS[step - 1]!;
  const next = STEPS[step];
  if (next === undefined) return `${from} or more`;
  return next - 1 === from ? String(from) : `${from}–${next - 1}`;
}

export interface CellLayout {
  x: number;
  y: number;
  w: number;
  h: number;
  count: number;
  step: number;
  /** Anchor of the table row listing what fills the cell; undefined for an empty cell, which is no link. */
  anchor?: string | undefined;
  /** What the cell says, as its link's accessible name and tooltip: "Uzbekistan, Water: 3 initiatives proposed". */
  name: string;
}

export interface MatrixLayout {
  width: number;
  height: number;
  legend: LegendLayout<`${number}`>;
  /** Column headings: horizontal when every name fits its column, else turned to read upwards. */
  columns: { x: number; label: string; path: string }[];
  columnsTurned: boolean;
  headerBottom: number;
  rows: { lines: string[]; y: number; path: string }[];
  cells: CellLayout[];
}

/** Anchor of a cell's row in the data table: unique on the page as it starts with the chart's id. */
export function cellAnchor(chartId: string, cell: Pick<MatrixCell, 'country' | 'theme'>): string {
  return `chart-${chartId}-${cell.country}-${cell.theme}`;
}

function countOf(cell: MatrixCell): number {
  return cell.initiatives.length;
}

/** How a cell's count reads: "none", "1 initiative proposed", "3 initiatives proposed". */
export function countWords(n: number): string {
  return n ? `${n} initiative${n === 1 ? '' : 's'} proposed` : 'none proposed';
}

/** Lays out the matrix at `width`. */
export function layoutThemeMatrix(view: ThemeMatrixView, width: number): MatrixLayout {
  if (!view.cells.some((c) => countOf(c) > 0))
    throw nothingToDraw(view.id, 'no country proposed an initiative in these themes');
  const inner = width - 2 * PAD;
  const maxStep = Math.max(...view.cells.map((c) => stepOf(countOf(c))));
  const legend = layoutLegend(
    STEPS.slice(0, maxStep).map((_, i) => ({ key: `${i + 1}` as const, label: stepLabel(i + 1) })),
    PAD,
    PAD + 18,
    inner,
  );
  let y = PAD + 18 + legend.height + 8;

  const labelWidth = Math.min(260, Math.round(inner * 0.38));
  const colWidth = Math.min(96, (inner - labelWidth) / view.countries.length);
  const names = view.countries.map((c) => c.name);
  const turned = names.some((n) => textWidth(n, FONT.small, true) > colWidth - 6);
  const headerHeight = turned ? Math.max(...names.map((n) => textWidth(n, FONT.small, true))) + 10 : 22;
  const columns = view.countries.map((c, i) => ({
    x: PAD + labelWidth + i * colWidth + colWidth / 2,
    label: c.name,
    path: c.path,
  }));
  y += headerHeight;
  const headerBottom = y;

  const rows: MatrixLayout['rows'] = [];
  const cells: CellLayout[] = [];
  view.themes.forEach((theme, ti) => {
    const lines = wrapText(theme.title, labelWidth - 8, FONT.label, 2);
    const rowHeight = Math.max(30, lines.length * 15 + 12);
    rows.push({ lines, y: y + rowHeight / 2 - ((lines.length - 1) * 15) / 2 + 4.5, path: theme.path });
    view.countries.forEach((country, ci) => {
      const cell = view.cells[ci * view.themes.length + ti]!;
      const count = countOf(cell);
      cells.push({
        x: PAD + labelWidth + ci * colWidth + 2,
        y: y + 2,
        w: colWidth - 4,
        h: rowHeight - 4,
        count,
        step: stepOf(count),
        anchor: count ? cellAnchor(view.id, cell) : undefined,
        name: `${country.name}, ${theme.title}: ${countWords(count)}`,
      });
    });
    y += rowHeight;
  });
  return { width, height: y + PAD, legend, columns, columnsTurned: turned, headerBottom, rows, cells };
}
