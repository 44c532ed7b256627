// Documents signed, by country: text, table and drawing around the layout.
import { type CountGroup, type CountRow, type DocumentCountsView } from './view.ts';
import { others, registersOf } from '../shared/cap.ts';
import { formatQualifier } from '../../lib/format/format-count.ts';
import { drawAggregate } from '../shared/aggregate.ts';
import { drawAxis } from '../shared/axis.ts';
import { drawBar } from '../shared/bars.ts';
import type { BuiltChart, DataTable, TableRow } from '../shared/chart.ts';
import { citeText } from '../shared/cites.ts';
import type { Fill } from '../shared/fills.ts';
import { bothFrames, FONT, type Frame } from '../shared/frame.ts';
import { drawLegend } from '../shared/legend.ts';
import { pagePaint } from '../shared/palette.ts';
import { h } from '../shared/svg.ts';
import { foldedCountsLabel, layoutDocumentCounts, PAD, type DocumentCountsLayout } from './layout.ts';

const FILL: Fill = { kind: 'solid', role: 'mark' };

/** What the chart shows, in sentences written from its data. */
export function describeDocumentCounts(view: DocumentCountsView): string {
  const partner = view.host ? ` between ${view.host.title} and each partner` : '';
  const groups = view.groups.map((g) =>
    g.rows.length
      ? `${g.label}: ${g.rows.map((r) => `${r.text} (${citeText(r.cites)})`).join('; ')}.`
      : `${g.label}: no count reported.`,
  );
  const differ = view.groups.filter((g) => g.rows.length > 1).map((g) => g.label);
  const note = differ.length
    ? ` Sources give more than one count for ${differ.join(', ')}: they count different sets of documents or disagree.`
    : '';
  const largest = view.folded?.length ? ` The ${view.cap} largest counts:` : '';
  const folded = view.folded?.length ? ` ${foldedCountsLabel(view)}: they are in the data table.` : '';
  return `Number of documents signed${partner}, as each source reports it.${largest} ${groups.join(' ')}${note}${folded}`;
}

function draw(layout: DocumentCountsLayout, uid: string): Frame['body'] {
  return [
    drawLegend(layout.legend, (q, x, y) =>
      drawBar({ x0: x, x1: q === 'more-than' ? x + 6 : x + 24, y, height: 10, qualifier: q, open: 18 }, FILL, uid),
    ),
    drawAxis(layout.axis.ticks, layout.axis.labelY, layout.axis.top, layout.axis.bottom),
    h(
      'g',
      {},
      layout.groups.map((g) => [
        g.lines.map((line, i) =>
          h(
            'text',
            {
              x: PAD,
              y: g.y + i * 18,
              'font-size': FONT.heading,
              'font-weight': 700,
              style: `fill:${pagePaint('text')}`,
            },
            line,
          ),
        ),
        g.empty &&
          h(
            'text',
            {
              x: PAD,
              y: g.empty.y,
              'font-size': FONT.label,
              'font-style': 'italic',
              style: `fill:${pagePaint('text-soft')}`,
            },
            g.empty.text,
          ),
        g.rows.map((r) =>
          h(
            'g',
            {},
            r.tooltip && h('title', {}, r.tooltip),
            r.lines.map((line, i) =>
              h('text', { x: PAD, y: r.y + i * 16, 'font-size': FONT.label, style: `fill:${pagePaint('text')}` }, line),
            ),
            drawBar(r.bar, FILL, uid),
          ),
        ),
      ]),
    ),
    layout.aggregate && drawAggregate(layout.aggregate, PAD),
  ];
}

function table(view: DocumentCountsView): DataTable {
  const row = (g: CountGroup, r: CountRow, folded = false): TableRow => ({
    folded: folded || undefined,
    cells: [
      { links: [{ title: g.label, path: g.link.path }] },
      { text: r.text },
      { text: String(r.value), numeric: true },
      { text: formatQualifier(r.qualifier).trim() || 'exact' },
      { text: r.scope },
      { links: [r.document] },
      { cites: r.cites },
    ],
  });
  const folded = view.folded ?? [];
  return {
    columns: ['Country or package', 'As reported', 'Number', 'Qualifier', 'What it covers', 'Package', 'Sources'],
    more: folded.length
      ? {
          text: `${others(folded.length, 'count')} ${folded.length === 1 ? 'is' : 'are'} not shown here: the ${view.cap} largest are.`,
          links: registersOf(folded.map((f) => f.row.document)),
        }
      : undefined,
    rows: [
      ...view.groups.flatMap((g): TableRow[] =>
        g.rows.length
          ? g.rows.map((r) => row(g, r))
          : [
              {
                cells: [
                  { links: [{ title: g.label, path: g.link.path }] },
                  { text: 'No count reported' },
                  {},
                  {},
                  {},
                  {},
                  {},
                ],
              },
            ],
      ),
      ...folded.map((f) => row(f.group, f.row, true)),
    ],
  };
}

/** Documents signed, by country: counts with their qualifiers, every source's count shown. */
export function buildDocumentCountsChart(view: DocumentCountsView): BuiltChart {
  const only = view.request.country ? view.groups[0]?.label : undefined;
  const title = only ? `Documents signed: ${only}` : 'Documents signed, by country';
  const desc = describeDocumentCounts(view);
  return {
    id: view.id,
    title,
    caption:
      'Each bar is one source’s count. A dashed arrow running on past a bar means “more than”: the true number is open-ended. Where a country has several bars, the sources count different sets of documents or disagree; none is picked.' +
      (view.folded?.length
        ? ` Beyond ${view.cap} counts, the ${view.cap} largest are drawn and a grey line spans the rest, which are counted, not added up: sources count different sets of documents or disagree.`
        : ''),
    sources: view.sources,
    frames: bothFrames(view.id, title, desc, (width, uid) => {
      const layout = layoutDocumentCounts(view, width);
      return { width: layout.width, height: layout.height, defs: [], body: draw(layout, uid) };
    }),
    table: table(view),
  };
}
