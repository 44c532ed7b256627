// Who raised what: text, table and drawing around the layout.
import type { ThemeMatrixView } from './view.ts';
import type { BuiltChart, DataTable } from '../shared/chart.ts';
import { bothFrames, FONT, type Frame } from '../shared/frame.ts';
import { drawLegend } from '../shared/legend.ts';
import { pagePaint, paint, type ColourRole } from '../shared/palette.ts';
import { label } from '../shared/label.ts';
import { h } from '../shared/svg.ts';
import { layoutThemeMatrix, PAD, type MatrixLayout } from './layout.ts';

const ramp = (step: number) => `ramp-${step}` as ColourRole;
const rampText = (step: number) => `ramp-text-${step}` as ColourRole;

/** What the chart shows, in sentences written from its data: each country's breadth and its busiest theme. */
export function describeThemeMatrix(view: ThemeMatrixView): string {
  const n = view.themes.length;
  const lines = view.countries.map((country, ci) => {
    const cells = view.cells.slice(ci * n, ci * n + n);
    const counts = cells.map((c) => c.initiatives.length + c.documents.length);
    const raised = counts.filter((c) => c > 0).length;
    if (!raised) return `${country.name}: none.`;
    const top = Math.max(...counts);
    const busiest = view.themes.filter((_, i) => counts[i] === top).map((t) => t.title);
    // An initiative or document often spans several themes: count each once.
    const proposals = new Set(cells.flatMap((c) => c.initiatives.map((i) => i.id))).size;
    const documents = new Set(cells.flatMap((c) => c.documents.map((d) => d.id))).size;
    const reach = n > 1 ? `${raised} of ${n} themes, most in ${busiest.join(' and ')} (${top})` : `${top}`;
    return `${country.name}: ${reach}; ${proposals} initiative${proposals === 1 ? '' : 's'} proposed and ${documents} document${documents === 1 ? '' : 's'} it is party to, in all.`;
  });
  const scope = n === 1 ? `the theme ${view.themes[0]!.title}` : 'each theme';
  return `How many initiatives each country proposed, plus documents it is party to, in ${scope}. ${lines.join(' ')} The table lists what fills each cell.`;
}

function draw(layout: MatrixLayout): Frame['body'] {
  return [
    label(
      { x: PAD, y: PAD + 12, 'font-size': FONT.small, 'font-weight': 700 },
      'Initiatives proposed + documents party to',
    ),
    drawLegend(layout.legend, (key, x, y) => [
      h('rect', {
        x,
        y,
        width: 24,
        height: 12,
        style: `fill:${paint(ramp(Number(key)))};stroke:${pagePaint('border')}`,
      }),
    ]),
    h(
      'g',
      { 'font-size': FONT.small, 'font-weight': 700, 'data-pagefind-ignore': true },
      layout.columns.map((c) =>
        layout.columnsTurned
          ? label({ x: 0, y: 0, transform: `translate(${c.x + 4} ${layout.headerBottom - 6}) rotate(-90)` }, c.label)
          : label({ x: c.x, y: layout.headerBottom - 8, 'text-anchor': 'middle' }, c.label),
      ),
    ),
    h(
      'g',
      { 'font-size': FONT.label },
      layout.rows.map((r) => r.lines.map((line, i) => label({ x: PAD, y: r.y + i * 15 }, line))),
    ),
    h(
      'g',
      { 'font-size': FONT.label, 'font-weight': 700, 'text-anchor': 'middle' },
      layout.cells.map((c) => {
        const box = c.step
          ? h('rect', {
              x: c.x,
              y: c.y,
              width: c.w,
              height: c.h,
              rx: 3,
              style: `fill:${paint(ramp(c.step))};stroke:${pagePaint('border')}`,
            })
          : h('rect', {
              x: c.x,
              y: c.y,
              width: c.w,
              height: c.h,
              rx: 3,
              'stroke-dasharray': '2 3',
              style: `fill:none;stroke:${pagePaint('border')}`,
            });
        const mark = [
          h('title', {}, c.tooltip),
          box,
          c.count > 0 &&
            h(
              'text',
              { x: c.x + c.w / 2, y: c.y + c.h / 2 + 4.5, style: `fill:${paint(rampText(c.step))}` },
              String(c.count),
            ),
        ];
        // A cell leads to its row of the data table on click (see ChartFigure's script): a link inside an image would
        // be a control nested in it. Keyboards, screen readers and readers without JavaScript use the table itself.
        return h('g', { 'data-bf-href': c.anchor && `#${c.anchor}` }, mark);
      }),
    ),
  ];
}

function table(view: ThemeMatrixView): DataTable {
  const country = new Map(view.countries.map((c) => [c.id, c]));
  const theme = new Map(view.themes.map((t) => [t.id, t]));
  return {
    columns: ['Country', 'Theme', 'Initiatives proposed', 'Documents party to', 'Count'],
    rows: view.cells
      .filter((c) => c.initiatives.length + c.documents.length > 0)
      .map((c) => ({
        id: `chart-${view.id}-${c.country}-${c.theme}`,
        cells: [
          { links: [country.get(c.country)!] },
          { links: [theme.get(c.theme)!] },
          { links: c.initiatives },
          { links: c.documents },
          { text: String(c.initiatives.length + c.documents.length), numeric: true },
        ],
      })),
  };
}

/** Who raised what: a country × theme matrix of initiatives proposed and documents signed. */
export function buildThemeMatrixChart(view: ThemeMatrixView): BuiltChart {
  const only = view.themes.length === 1 ? view.themes[0]!.title : undefined;
  const title = only
    ? `Who raised it: ${only}`
    : view.request.country
      ? `Who raised what: ${view.countries[0]?.name ?? view.request.country}`
      : 'Who raised what: countries and themes';
  const desc = describeThemeMatrix(view);
  return {
    id: view.id,
    title,
    caption:
      'Each cell counts the initiatives a country proposed in a theme plus the documents it is party to there; darker means more. An initiative or document in several themes counts in each. Select a cell to see what fills it in the table.',
    sources: [],
    basis: `Built from the proposers, parties and themes recorded for each initiative and document; each links to its page and its sources.`,
    frames: bothFrames(view.id, title, desc, (width) => {
      const layout = layoutThemeMatrix(view, width);
      return { width: layout.width, height: layout.height, defs: [], body: draw(layout) };
    }),
    table: table(view),
  };
}
