// Who proposed what: text, table and drawing around the layout.
import type { ThemeMatrixView } from './view.ts';
import type { BuiltChart, DataTable } from '../shared/chart.ts';
import { bothFrames, FONT, type Frame } from '../shared/frame.ts';
import { drawLegend } from '../shared/legend.ts';
import { pagePaint, paint, type ColourRole } from '../shared/palette.ts';
import { label } from '../shared/label.ts';
import { h } from '../shared/svg.ts';
import { cellAnchor, layoutThemeMatrix, PAD, type MatrixLayout } from './layout.ts';

const ramp = (step: number) => `ramp-${step}` as ColourRole;
const rampText = (step: number) => `ramp-text-${step}` as ColourRole;

/** What the chart shows, in sentences written from its data: each country's breadth and its busiest theme. */
export function describeThemeMatrix(view: ThemeMatrixView): string {
  const n = view.themes.length;
  const lines = view.countries.map((country, ci) => {
    const cells = view.cells.slice(ci * n, ci * n + n);
    const counts = cells.map((c) => c.initiatives.length);
    const raised = counts.filter((c) => c > 0).length;
    if (!raised) return `${country.name}: none.`;
    const top = Math.max(...counts);
    const busiest = view.themes.filter((_, i) => counts[i] === top).map((t) => t.title);
    // An initiative often spans several themes: count each once.
    const proposals = new Set(cells.flatMap((c) => c.initiatives.map((i) => i.id))).size;
    const reach = n > 1 ? `${raised} of ${n} themes, most in ${busiest.join(' and ')} (${top}); ` : '';
    return `${country.name}: ${reach}${proposals} initiative${proposals === 1 ? '' : 's'} in all.`;
  });
  const scope = n === 1 ? `the theme ${view.themes[0]!.title}` : 'each theme';
  return `How many initiatives each country proposed, alone or with others, in ${scope}. ${lines.join(' ')} The table lists the initiatives in each cell.`;
}

function draw(layout: MatrixLayout): Frame['body'] {
  // Headings, legend and empty cells are hidden from assistive technology: each cell's link names its country,
  // theme and count, and the data table holds the same.
  const hidden = { 'aria-hidden': 'true' };
  return [
    label({ x: PAD, y: PAD + 12, 'font-size': FONT.small, 'font-weight': 700, ...hidden }, 'Initiatives proposed'),
    h(
      'g',
      hidden,
      drawLegend(layout.legend, (key, x, y) => [
        h('rect', {
          x,
          y,
          width: 24,
          height: 12,
          style: `fill:${paint(ramp(Number(key)))};stroke:${pagePaint('border')}`,
        }),
      ]),
    ),
    h(
      'g',
      { 'font-size': FONT.small, 'font-weight': 700, 'data-pagefind-ignore': true, ...hidden },
      layout.columns.map((c) =>
        layout.columnsTurned
          ? label({ x: 0, y: 0, transform: `translate(${c.x + 4} ${layout.headerBottom - 6}) rotate(-90)` }, c.label)
          : label({ x: c.x, y: layout.headerBottom - 8, 'text-anchor': 'middle' }, c.label),
      ),
    ),
    h(
      'g',
      { 'font-size': FONT.label, ...hidden },
      layout.rows.map((r) => r.lines.map((line, i) => label({ x: PAD, y: r.y + i * 15 }, line))),
    ),
    h(
      'g',
      { 'font-size': FONT.label, 'font-weight': 700, 'text-anchor': 'middle' },
      layout.cells.map((c) => {
        const box = { x: c.x, y: c.y, width: c.w, height: c.h, rx: 3 };
        if (!c.anchor)
          return h('rect', {
            ...box,
            ...hidden,
            'stroke-dasharray': '2 3',
            style: `fill:none;stroke:${pagePaint('border')}`,
          });
        // A filled cell is a link to its row of the data table, named by its <title> (also its tooltip); the
        // figure's script opens the table on arrival, and browsers open it for the fragment without JavaScript.
        return h(
          'a',
          { href: `#${c.anchor}`, class: 'bf-chart__cell' },
          h('title', {}, c.name),
          h('rect', { ...box, style: `fill:${paint(ramp(c.step))};stroke:${pagePaint('border')}` }),
          h(
            'text',
            { x: c.x + c.w / 2, y: c.y + c.h / 2 + 4.5, style: `fill:${paint(rampText(c.step))}` },
            String(c.count),
          ),
        );
      }),
    ),
  ];
}

/** The most initiatives a cell of the page's table names; the rest are on the theme's page (and in the CSV). */
export const CELL_LINKS = 6;

function table(view: ThemeMatrixView): DataTable {
  const country = new Map(view.countries.map((c) => [c.id, c]));
  const theme = new Map(view.themes.map((t) => [t.id, t]));
  return {
    columns: ['Country', 'Theme', 'Initiatives proposed', 'Count'],
    rows: view.cells
      .filter((c) => c.initiatives.length > 0)
      .map((c) => ({
        id: cellAnchor(view.id, c),
        cells: [
          { links: [country.get(c.country)!] },
          { links: [theme.get(c.theme)!] },
          {
            links: c.initiatives,
            shown: { count: CELL_LINKS, rest: theme.get(c.theme)! },
          },
          { text: String(c.initiatives.length), numeric: true },
        ],
      })),
  };
}

/** Who proposed what: a country × theme matrix of the initiatives each country proposed. */
export function buildThemeMatrixChart(view: ThemeMatrixView): BuiltChart {
  const only = view.themes.length === 1 ? view.themes[0]!.title : undefined;
  const title = only
    ? `Who proposed it: ${only}`
    : view.request.country
      ? `Who proposed what: ${view.countries[0]?.name ?? view.request.country}`
      : 'Who proposed what: initiatives by country and theme';
  const desc = describeThemeMatrix(view);
  return {
    id: view.id,
    title,
    caption: `Each cell counts the initiatives a country proposed in a theme, alone or with others; darker means more. An initiative in several themes counts in each. Documents signed are not added in: they count who signed with whom, and each theme’s page lists them by country. A filled cell links to the row of the table that lists its initiatives.`,
    sources: [],
    basis: `Built from the proposers and themes recorded for each initiative; each links to its page and its sources.`,
    frames: bothFrames(view.id, title, desc, (width) => {
      const layout = layoutThemeMatrix(view, width);
      return { width: layout.width, height: layout.height, defs: [], body: draw(layout), role: 'group' };
    }),
    table: table(view),
  };
}
