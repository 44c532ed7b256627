// Money on the table: one panel per currency, each with its own scale; bars filled by what kind of money it is.
// A figure the briefing flags as wrong, or one so far above the rest that it would shrink them to slivers, is drawn
// off the scale: its bar runs to the end of the axis and is broken there, and its label writes the amount.
import { nothingToDraw } from '../shared/view.ts';
import { type MoneyPanel, type MoneyRow, type MoneyView } from './view.ts';
import { others } from '../shared/cap.ts';
import { MONEY_NATURES } from '../../schemas/money.ts';
import { QUALIFIERS, type Qualifier } from '../../schemas/primitives.ts';
import { ticksOf, valueScale, type Tick } from '../shared/axis.ts';
import { OPEN_END, QUALIFIER_LEGEND, type Bar } from '../shared/bars.ts';
import { citeText } from '../shared/cites.ts';
import { formatAmountTick } from '../shared/format.ts';
import { type AggregateLayout, layoutAggregate } from '../shared/aggregate.ts';
import { FONT } from '../shared/frame.ts';
import { layoutLegend, type LegendLayout } from '../shared/legend.ts';
import { wrapText } from '../shared/text.ts';

export const PAD = 8;
const LINE = 16;
const BAR = 14;
/**
 * An unflagged amount more than this many times the next largest on its scale, among at least three, is drawn off
 * the scale too: at that ratio the next bar would be an eighth of the width at most.
 */
export const OUTLIER = 8;
/** Room right of the scale for a broken bar's break and its arrow. */
export const BREAK_ROOM = 30;

export type Nature = MoneyRow['nature'];
export type MoneyLegendKey = Nature | `q:${Qualifier}`;

export interface MoneyRowLayout {
  lines: string[];
  y: number;
  bar: Bar;
  nature: Nature;
  /** Hover text when the amount covers something its label leaves out (its scope); else the label says it all. */
  tooltip?: string | undefined;
  /** Drawn off the scale: the bar stops at the axis's end, broken, and the label writes the amount. */
  offScale: boolean;
}

export interface MoneyPanelLayout {
  /** The currency's name, wrapped. */
  lines: string[];
  y: number;
  axis: { ticks: Tick[]; labelY: number; top: number; bottom: number };
  /** The largest amount drawn to scale: it, never a flagged figure or an outlier, sets the axis. */
  scaleMax: number;
  /** `reference` marks the briefing-wide figure a narrowed panel shows for scale (see MoneyPanel's `context`). */
  groups: { lines: string[]; y: number; rows: MoneyRowLayout[]; reference: boolean }[];
  /** The panel's folded amounts (see MoneyPanel's `folded`): their count and range as words, and a rule spanning it. */
  aggregate?: AggregateLayout | undefined;
}

export interface MoneyLayout {
  width: number;
  height: number;
  legend: LegendLayout<MoneyLegendKey>;
  panels: MoneyPanelLayout[];
}

/**
 * The words beside a bar: amount, what the source converts (for a conversion), kind of money, sources; for a bar
 * off the scale, that it is, and why the briefing flags it.
 */
export function moneyLabel(row: MoneyRow, offScale = false): string {
  const amount = row.convertedFrom ? `${row.text}, the source’s conversion of ${row.convertedFrom}` : row.text;
  const off = offScale ? ` (off the scale${row.flagged ? `; flagged: ${row.flagged}` : ''})` : '';
  return `${amount}${off} — ${row.natureText} · ${citeText(row.cites)}`;
}

/** "412 other amounts in JPY, from ¥2 million to about ¥90 billion, not drawn one by one", for a panel's folded rows. */
export function foldedLabel(panel: MoneyPanel): string {
  const rows = (panel.folded ?? []).map((f) => f.row).sort((a, b) => a.amount - b.amount);
  if (!rows.length) return '';
  const range = rows.length > 1 ? `, from ${rows[0]!.text} to ${rows[rows.length - 1]!.text}` : `: ${rows[0]!.text}`;
  return `${others(rows.length, 'amount')} in ${panel.currency}${range}, not drawn one by one`;
}

/**
 * Splits a panel's amounts into those drawn to scale and those drawn off it: every flagged figure, then, one by
 * one, the largest remaining amount while it is more than OUTLIER times the next and at least three remain (with
 * two, neither is the odd one out). With nothing left to scale by
 * (every amount flagged), all are drawn to scale: their labels still say they are flagged.
 */
export function splitScale<T extends Pick<MoneyRow, 'amount' | 'flagged'>>(rows: readonly T[]): { on: T[]; off: T[] } {
  const on = rows.filter((r) => !r.flagged).sort((a, b) => b.amount - a.amount);
  if (!on.length) return { on: [...rows], off: [] };
  const off = rows.filter((r) => r.flagged);
  while (on.length >= 3 && on[0]!.amount > OUTLIER * on[1]!.amount) off.push(on.shift()!);
  return { on, off };
}

const NATURE_LEGEND: Record<Nature, string> = {
  public: 'public money',
  private: 'private sector',
  'business-target': 'target for business projects',
  'deal-value': 'value of deals signed',
  portfolio: 'portfolio of projects',
  unspecified: 'nature not stated',
};

/** Lays out the money chart at `width`: a legend of kinds of money, then one panel per currency with its own axis. */
export function layoutMoney(view: MoneyView, width: number): MoneyLayout {
  const rows = view.panels.flatMap((p) => p.groups.flatMap((g) => g.rows));
  if (!rows.length) throw nothingToDraw(view.id, 'no sum of money is reported');
  const inner = width - 2 * PAD;
  const natures = MONEY_NATURES.filter((n) => rows.some((r) => r.nature === n));
  const qualifiers = QUALIFIERS.filter((q) => q !== 'exact' && rows.some((r) => r.qualifier === q));
  const legend = layoutLegend<MoneyLegendKey>(
    [
      ...natures.map((n) => ({ key: n, label: NATURE_LEGEND[n] })),
      ...qualifiers.map((q) => ({ key: `q:${q}` as const, label: QUALIFIER_LEGEND[q] })),
    ],
    PAD,
    PAD,
    inner,
  );
  let y = PAD + legend.height;

  const panels = view.panels.map((panel): MoneyPanelLayout => {
    y += 18;
    const lines = wrapText(`${panel.label}: its own scale`, inner, FONT.heading, 2, true);
    const titleY = y + 14;
    y += 18 * lines.length + 2;
    const labelY = y + 10;
    y += 18;
    const top = y;
    const context = panel.context && { entry: panel.context.entry, rows: [panel.context.row], reference: true };
    const allGroups = [...panel.groups.map((g) => ({ ...g, reference: false })), ...(context ? [context] : [])];
    const { on, off } = splitScale(allGroups.flatMap((g) => g.rows));
    const offScale = new Set(off);
    const room = Math.max(on.some((r) => r.qualifier === 'more-than') ? OPEN_END + 4 : 0, off.length ? BREAK_ROOM : 0);
    const scaleMax = Math.max(...on.map((r) => r.amount));
    const scale = valueScale(scaleMax, PAD, width - PAD - room);
    const [, end] = scale.range() as [number, number];
    const groups = allGroups.map((g) => {
      y += 8;
      const title = g.reference
        ? `For scale, the largest ${panel.currency} figure in the briefing: ${g.entry.title}`
        : g.entry.title;
      const groupLines = wrapText(title, inner, FONT.label, 3, true);
      const groupY = y + 13;
      y += LINE * groupLines.length + 2;
      const rowLayouts = g.rows.map((r): MoneyRowLayout => {
        const isOff = offScale.has(r);
        const words = moneyLabel(r, isOff);
        const text = wrapText(words, inner, FONT.label);
        const rowY = y + 13;
        y += LINE * text.length + 2;
        const bar: Bar = {
          x0: PAD,
          x1: isOff ? end : Math.min(scale(r.amount), end),
          y,
          height: BAR,
          qualifier: r.qualifier,
          broken: isOff,
        };
        y += BAR + 8;
        return {
          lines: text,
          y: rowY,
          bar,
          nature: r.nature,
          tooltip: r.scope ? `${g.entry.title}: ${words} (${r.scope}).` : undefined,
          offScale: isOff,
        };
      });
      return { lines: groupLines, y: groupY, rows: rowLayouts, reference: g.reference };
    });
    let aggregate: MoneyPanelLayout['aggregate'];
    if (panel.folded?.length) {
      // The rest of the panel, one mark: a thin grey rule from the smallest to the largest of them, on the scale.
      const amounts = panel.folded.map((f) => f.row.amount);
      ({ aggregate, y } = layoutAggregate(foldedLabel(panel), amounts, scale, y + 8, inner, end));
    }
    const axis = { ticks: ticksOf(scale, (v) => formatAmountTick(v, panel.currency)), labelY, top, bottom: y };
    return { lines, y: titleY, axis, scaleMax, groups, aggregate };
  });
  return { width, height: y + PAD, legend, panels };
}
