// Documents signed, by country: one bar per source's count, grouped by partner country, on one count scale.
import { nothingToDraw } from '../shared/view.ts';
import { type DocumentCountsView } from './view.ts';
import { formatNumber } from '../../lib/format/format-count.ts';
import { ticksOf, valueScale, type Tick } from '../shared/axis.ts';
import { OPEN_END, QUALIFIER_LEGEND, type Bar } from '../shared/bars.ts';
import { QUALIFIERS, type Qualifier } from '../../schemas/primitives.ts';
import { citeText } from '../shared/cites.ts';
import { type AggregateLayout, layoutAggregate } from '../shared/aggregate.ts';
import { FONT } from '../shared/frame.ts';
import { layoutLegend, type LegendLayout } from '../shared/legend.ts';
import { wrapText } from '../shared/text.ts';
import { others } from '../shared/cap.ts';

export const PAD = 8;
const LINE = 16;
const BAR = 14;

export interface CountRowLayout {
  /** Value and sources, wrapped: "more than 60 bilateral agreements · S1 ¶5". */
  lines: string[];
  /** Baseline of the first line. */
  y: number;
  bar: Bar;
  /**
   * Hover text for the bar when the row covers something its label leaves out (its scope): country, value, scope,
   * sources. Without a scope the label says it all, and a title repeating it would only add bytes.
   */
  tooltip?: string | undefined;
}

export interface CountGroupLayout {
  lines: string[];
  y: number;
  path: string;
  rows: CountRowLayout[];
  /** "No count reported", where a participant has none. */
  empty?: { text: string; y: number } | undefined;
}

export interface DocumentCountsLayout {
  width: number;
  height: number;
  legend: LegendLayout<Qualifier>;
  axis: { ticks: Tick[]; labelY: number; top: number; bottom: number };
  groups: CountGroupLayout[];
  /** The folded counts (see the view's `folded`): their number and range as words, and a grey rule spanning it. */
  aggregate?: AggregateLayout | undefined;
}

/** "102 other counts, of 1 to 40 documents, not drawn one by one", for the view's folded rows. */
export function foldedCountsLabel(view: DocumentCountsView): string {
  const values = (view.folded ?? []).map((f) => f.row.value);
  if (!values.length) return '';
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const range = lo === hi ? `of ${formatNumber(lo)}` : `from ${formatNumber(lo)} to ${formatNumber(hi)}`;
  return `${others(values.length, 'count')}, ${range} documents each, not drawn one by one`;
}

/** Lays out the counts chart at `width`: legend, count axis, then each group's heading and its bars. */
export function layoutDocumentCounts(view: DocumentCountsView, width: number): DocumentCountsLayout {
  const drawn = view.groups.flatMap((g) => g.rows);
  // The folded counts set no scale: the drawn ones are the largest.
  const rows = drawn;
  if (!rows.length) throw nothingToDraw(view.id, 'no package of documents has a count');
  const inner = width - 2 * PAD;
  const qualifiers = QUALIFIERS.filter((q) => rows.some((r) => r.qualifier === q));
  const legend = layoutLegend(
    qualifiers.map((q) => ({ key: q, label: QUALIFIER_LEGEND[q] })),
    PAD,
    PAD,
    inner,
  );
  let y = PAD + legend.height + 6;
  const labelY = y + 10;
  y += 20;
  const top = y;
  const room = rows.some((r) => r.qualifier === 'more-than') ? OPEN_END + 4 : 0;
  const scale = valueScale(Math.max(...rows.map((r) => r.value)), PAD, width - PAD - room);

  const groups = view.groups.map((g): CountGroupLayout => {
    y += 12;
    const lines = wrapText(g.label, inner, FONT.heading, 3, true);
    const titleY = y + 14;
    y += 18 * lines.length;
    const empty = g.rows.length ? undefined : { text: 'No count reported', y: y + 13 };
    if (empty) y += 20;
    const rowLayouts = g.rows.map((r): CountRowLayout => {
      const text = wrapText(`${r.text} · ${citeText(r.cites)}`, inner, FONT.label);
      const rowY = y + 13;
      y += LINE * text.length + 2;
      const bar: Bar = { x0: PAD, x1: scale(r.value), y, height: BAR, qualifier: r.qualifier };
      y += BAR + 8;
      const tooltip = r.scope ? `${g.label}: ${r.text} (${r.scope}). Source: ${citeText(r.cites)}.` : undefined;
      return { lines: text, y: rowY, bar, tooltip };
    });
    return { lines, y: titleY, path: g.link.path, rows: rowLayouts, empty };
  });
  let aggregate: DocumentCountsLayout['aggregate'];
  if (view.folded?.length) {
    const values = view.folded.map((f) => f.row.value);
    ({ aggregate, y } = layoutAggregate(foldedCountsLabel(view), values, scale, y + 12, inner));
  }
  y += 4;
  return {
    width,
    height: y + PAD,
    legend,
    axis: { ticks: ticksOf(scale, formatNumber), labelY, top, bottom: y },
    groups,
    aggregate,
  };
}
