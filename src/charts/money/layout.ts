// Money on the table: one panel per currency, each with its own scale; bars filled by what kind of money it is.
import { nothingToDraw } from '../shared/view.ts';
import { type MoneyRow, type MoneyView } from './view.ts';
import { MONEY_NATURES } from '../../schemas/money.ts';
import { QUALIFIERS, type Qualifier } from '../../schemas/primitives.ts';
import { ticksOf, valueScale, type Tick } from '../shared/axis.ts';
import { OPEN_END, QUALIFIER_LEGEND, type Bar } from '../shared/bars.ts';
import { citeText } from '../shared/cites.ts';
import { formatAmountTick } from '../shared/format.ts';
import { FONT } from '../shared/frame.ts';
import { layoutLegend, type LegendLayout } from '../shared/legend.ts';
import { wrapText } from '../shared/text.ts';

export const PAD = 8;
const LINE = 16;
const BAR = 14;

export type Nature = MoneyRow['nature'];
export type MoneyLegendKey = Nature | `q:${Qualifier}`;

export interface MoneyRowLayout {
  lines: string[];
  y: number;
  bar: Bar;
  nature: Nature;
  tooltip: string;
}

export interface MoneyPanelLayout {
  /** The currency's name, wrapped. */
  lines: string[];
  y: number;
  axis: { ticks: Tick[]; labelY: number; top: number; bottom: number };
  groups: { lines: string[]; y: number; rows: MoneyRowLayout[] }[];
}

export interface MoneyLayout {
  width: number;
  height: number;
  legend: LegendLayout<MoneyLegendKey>;
  panels: MoneyPanelLayout[];
}

/** The words beside a bar: amount, what the source converts (for a conversion), kind of money, sources. */
export function moneyLabel(row: MoneyRow): string {
  const amount = row.convertedFrom ? `${row.text}, the source’s conversion of ${row.convertedFrom}` : row.text;
  return `${amount} — ${row.natureText} · ${citeText(row.cites)}`;
}

const NATURE_LEGEND: Record<Nature, string> = {
  public: 'public money',
  private: 'private money',
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
    const panelRows = panel.groups.flatMap((g) => g.rows);
    const room = panelRows.some((r) => r.qualifier === 'more-than') ? OPEN_END + 4 : 0;
    const scale = valueScale(Math.max(...panelRows.map((r) => r.amount)), PAD, width - PAD - room);
    const groups = panel.groups.map((g) => {
      y += 8;
      const groupLines = wrapText(g.entry.title, inner, FONT.label, 3, true);
      const groupY = y + 13;
      y += LINE * groupLines.length + 2;
      const rowLayouts = g.rows.map((r): MoneyRowLayout => {
        const text = wrapText(moneyLabel(r), inner, FONT.label);
        const rowY = y + 13;
        y += LINE * text.length + 2;
        const bar: Bar = { x0: PAD, x1: scale(r.amount), y, height: BAR, qualifier: r.qualifier };
        y += BAR + 8;
        const scope = r.scope ? ` (${r.scope})` : '';
        return { lines: text, y: rowY, bar, nature: r.nature, tooltip: `${g.entry.title}: ${moneyLabel(r)}${scope}.` };
      });
      return { lines: groupLines, y: groupY, rows: rowLayouts };
    });
    const axis = { ticks: ticksOf(scale, (v) => formatAmountTick(v, panel.currency)), labelY, top, bottom: y };
    return { lines, y: titleY, axis, groups };
  });
  return { width, height: y + PAD, legend, panels };
}
