// Money on the table: text, table and drawing around the layout.
import type { MoneyRow, MoneyView } from './view.ts';
import { formatQualifier } from '../../lib/format/format-count.ts';
import { drawAggregate } from '../shared/aggregate.ts';
import { drawAxis } from '../shared/axis.ts';
import { drawBar } from '../shared/bars.ts';
import type { BuiltChart, DataTable, TableRow } from '../shared/chart.ts';
import type { ChartLink } from '../shared/view.ts';
import { citeText } from '../shared/cites.ts';
import { fillDefs, type Fill } from '../shared/fills.ts';
import { bothFrames, FONT, type Frame } from '../shared/frame.ts';
import { drawLegend } from '../shared/legend.ts';
import { pagePaint } from '../shared/palette.ts';
import { h } from '../shared/svg.ts';
import { foldedLabel, layoutMoney, PAD, splitScale, type MoneyLayout, type Nature } from './layout.ts';
import { others, registersOf } from '../shared/cap.ts';

/** Each kind of money has a colour and a fill of its own; a target (not money yet) is only outlined. */
export const NATURE_FILLS: Record<Nature, Fill> = {
  public: { kind: 'solid', role: 'public' },
  private: { kind: 'hatch', role: 'private' },
  'business-target': { kind: 'dashed', role: 'business-target' },
  'deal-value': { kind: 'dots', role: 'deal-value' },
  portfolio: { kind: 'cross', role: 'portfolio' },
  unspecified: { kind: 'outline', role: 'unspecified' },
};
const QUALIFIER_FILL: Fill = { kind: 'solid', role: 'unspecified' };

/** What the chart shows, in sentences written from its data. */
export function describeMoney(view: MoneyView): string {
  const panels = view.panels.map((p) => {
    const off = new Set(splitScale(p.groups.flatMap((g) => g.rows)).off);
    const row = (r: MoneyRow) =>
      `${r.convertedFrom ? `${r.text} (a conversion of ${r.convertedFrom})` : r.text}, ${r.natureText} (${citeText(r.cites)})${r.flagged ? `, flagged as ${r.flagged}` : ''}${off.has(r) ? ', drawn off the scale' : ''}`;
    const context = p.context
      ? ` For scale: the largest ${p.currency} figure in the briefing, ${p.context.row.text} (${p.context.entry.title}).`
      : '';
    const folded = p.folded?.length ? ` ${foldedLabel(p)}: they are in the data table.` : '';
    const largest = p.folded?.length ? ` The ${view.cap} largest:` : '';
    return `In ${p.label}:${largest} ${p.groups.map((g) => `${g.entry.title}: ${g.rows.map(row).join('; ')}`).join('. ')}.${folded}${context}`;
  });
  const scale = view.request.currency
    ? `Every amount is shown in ${view.request.currency}, converted only where a source gives the conversion.`
    : 'Each currency has its own scale; amounts in different currencies meet on one scale only through a conversion a source gives, and no exchange rate is applied.';
  return `Sums of money reported around the summit, each in the currency its source uses, with what kind of money the source says it is. ${panels.join(' ')} ${scale}`;
}

function draw(layout: MoneyLayout, uid: string): Frame['body'] {
  return [
    drawLegend(layout.legend, (key, x, y) =>
      key.startsWith('q:')
        ? drawBar(
            {
              x0: x,
              x1: key === 'q:more-than' ? x + 6 : x + 24,
              y,
              height: 10,
              qualifier: key.slice(2) as never,
              open: 18,
            },
            QUALIFIER_FILL,
            uid,
          )
        : drawBar({ x0: x, x1: x + 24, y, height: 10, qualifier: 'exact' }, NATURE_FILLS[key as Nature], uid),
    ),
    h(
      'g',
      {},
      layout.panels.map((p) => [
        p.lines.map((line, i) =>
          h(
            'text',
            {
              x: PAD,
              y: p.y + i * 18,
              'font-size': FONT.heading,
              'font-weight': 700,
              style: `fill:${pagePaint('text')}`,
            },
            line,
          ),
        ),
        drawAxis(p.axis.ticks, p.axis.labelY, p.axis.top, p.axis.bottom),
        p.groups.map((g) => [
          g.lines.map((line, i) =>
            h(
              'text',
              {
                x: PAD,
                y: g.y + i * 16,
                'font-size': FONT.label,
                'font-weight': 700,
                style: `fill:${pagePaint('text')}`,
              },
              line,
            ),
          ),
          g.rows.map((r) =>
            h(
              'g',
              {},
              r.tooltip && h('title', {}, r.tooltip),
              r.lines.map((line, i) =>
                h(
                  'text',
                  { x: PAD, y: r.y + i * 16, 'font-size': FONT.label, style: `fill:${pagePaint('text')}` },
                  line,
                ),
              ),
              // The figure shown for scale is another page's: a thin grey rule, not a bar of this chart's own.
              g.reference
                ? h('rect', {
                    x: r.bar.x0,
                    y: r.bar.y + 5,
                    width: Math.max(r.bar.x1 - r.bar.x0, 2),
                    height: 4,
                    style: `fill:${pagePaint('text-soft')}`,
                  })
                : drawBar(r.bar, NATURE_FILLS[r.nature], uid),
            ),
          ),
        ]),
        p.aggregate && drawAggregate(p.aggregate, PAD),
      ]),
    ),
  ];
}

function table(view: MoneyView): DataTable {
  const row = (entry: ChartLink, r: MoneyRow, folded = false): TableRow => ({
    folded: folded || undefined,
    cells: [
      { links: [entry] },
      { text: r.text },
      { text: String(r.amount), numeric: true },
      { text: r.currency },
      { text: formatQualifier(r.qualifier).trim() || 'exact' },
      { text: r.natureText },
      { text: r.convertedFrom },
      { text: r.scope },
      { cites: r.cites },
    ],
  });
  const folded = view.panels.flatMap((p) => p.folded ?? []);
  return {
    columns: [
      'Figure',
      'As reported',
      'Amount',
      'Currency',
      'Qualifier',
      'Kind of money',
      'Conversion of',
      'What it covers',
      'Sources',
    ],
    // Each panel's drawn amounts in the order drawn, then its folded ones (in the CSV only).
    rows: view.panels.flatMap((p) => [
      ...p.groups.flatMap((g) => g.rows.map((r) => row(g.entry, r))),
      ...(p.folded ?? []).map((f) => row(f.entry, f.row, true)),
    ]),
    more: folded.length
      ? {
          text: `${others(folded.length, 'amount')} ${folded.length === 1 ? 'is' : 'are'} not shown here: each currency’s ${view.cap} largest are.`,
          links: registersOf(folded.map((f) => f.entry)),
        }
      : undefined,
  };
}

/** Money on the table: every sum in its own currency, and sourced conversions only. */
export function buildMoneyChart(view: MoneyView): BuiltChart {
  const title = [
    'Money on the table',
    view.country && `: ${view.country.title}`,
    view.request.currency && `, in ${view.request.currency}`,
  ]
    .filter(Boolean)
    .join('');
  const desc = describeMoney(view);
  const broken = view.panels.some((p) => splitScale(p.groups.flatMap((g) => g.rows)).off.length > 0)
    ? ' A bar broken at the end of its axis is off the scale (a figure the briefing flags as wrong, or one far above the rest): its label gives the amount.'
    : '';
  const capped = view.panels.some((p) => p.folded?.length)
    ? ` Where a currency has more than ${view.cap} amounts, its ${view.cap} largest as reported are drawn, the figure with the largest first, and a grey line spans the rest, which are counted, not added up: they are different kinds of money from different sources.`
    : '';
  const shared = view.panels.some((p) => p.context)
    ? ' Scales are the same as on the briefing’s whole money chart, whose largest figure in each currency is shown for scale.'
    : '';
  return {
    id: view.id,
    title,
    caption:
      (view.request.currency
        ? `Every amount in ${view.request.currency}, using only conversions the sources give. The fill says what kind of money each source says it is.`
        : 'Each currency is drawn on its own scale: bars in different panels cannot be compared. A bar labelled as a conversion is a source’s own conversion of an amount into that currency; no exchange rate is applied. The fill says what kind of money each source says it is.') +
      broken +
      capped +
      shared,
    sources: view.sources,
    frames: bothFrames(view.id, title, desc, (width, uid) => {
      const layout = layoutMoney(view, width);
      return {
        width: layout.width,
        height: layout.height,
        defs: fillDefs(uid, [...Object.values(NATURE_FILLS), QUALIFIER_FILL]),
        body: draw(layout, uid),
      };
    }),
    table: table(view),
  };
}
