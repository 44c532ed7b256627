// Initiatives by status and proposer: text, table and drawing around the layout.
import { INITIATIVES_CAP, type InitiativeStatus, type InitiativeStatusView } from './view.ts';
import type { BuiltChart, DataTable } from '../shared/chart.ts';
import { fillAttrs, fillDefs, type Fill } from '../shared/fills.ts';
import { bothFrames, FONT, type Frame } from '../shared/frame.ts';
import { drawLegend } from '../shared/legend.ts';
import { pagePaint } from '../shared/palette.ts';
import { h } from '../shared/svg.ts';
import { layoutInitiatives, PAD, rowSummary, SQUARE, type InitiativesLayout } from './layout.ts';

/** From an outline (an idea) to solid (agreed): the further an initiative got, the more its square is filled in. */
export const STATUS_FILLS: Record<InitiativeStatus, Fill> = {
  proposed: { kind: 'outline', role: 'proposed' },
  announced: { kind: 'hatch', role: 'announced' },
  agreed: { kind: 'solid', role: 'agreed' },
  launched: { kind: 'cross', role: 'launched' },
};

/** What the chart shows, in sentences written from its data. */
export function describeInitiatives(view: InitiativeStatusView): string {
  const rows = view.rows.map((r) => `${rowSummary(view, r)}.`);
  const none = view.statuses.filter((s) => !view.rows.some((r) => r.initiatives.some((i) => i.status === s.key)));
  const noneText = none.length ? ` None is reported as ${none.map((s) => s.label.toLowerCase()).join(' or ')}.` : '';
  const n = view.shared.length;
  const shared = n
    ? ` ${n} ${n === 1 ? 'has' : 'have'} more than one proposer and ${n === 1 ? 'counts' : 'count'} in each proposer’s row: ${sharedList(view.shared.map((s) => s.title))}.`
    : '';
  return `Initiatives and proposals by the country that put them forward, and how far each got. ${rows.join(' ')}${noneText}${shared}`;
}

/** The first few titles, the rest counted: the text alternative stays short whatever the corpus. */
function sharedList(titles: string[], cap = INITIATIVES_CAP): string {
  return titles.length <= cap
    ? titles.join('; ')
    : `${titles.slice(0, cap).join('; ')}; and ${titles.length - cap} more, in the data table`;
}

function draw(layout: InitiativesLayout, uid: string): Frame['body'] {
  return [
    drawLegend(layout.legend, (status, x, y) => [
      h('rect', { x: x + 5, y: y - 1, width: 14, height: 14, ...fillAttrs(uid, STATUS_FILLS[status]) }),
    ]),
    layout.rows.map((r) => [
      r.lines.map((line, i) =>
        h(
          'text',
          { x: PAD, y: r.y + i * 16, 'font-size': FONT.label, 'font-weight': 700, style: `fill:${pagePaint('text')}` },
          line,
        ),
      ),
      r.more &&
        h(
          'text',
          {
            x: PAD,
            y: r.more.y,
            'font-size': FONT.label,
            'font-style': 'italic',
            style: `fill:${pagePaint('text-soft')}`,
          },
          r.more.text,
        ),
      // Each run of one status is a group that carries the fill, which its squares inherit: said once a run
      // rather than on every square (up to 60 bytes each, hundreds of squares on a page).
      runs(r.squares).map((run) =>
        h(
          'g',
          fillAttrs(uid, STATUS_FILLS[run[0]!.status]),
          run.map((s) =>
            // A square opens its initiative on click (see ChartFigure's script); the data table links each one for
            // keyboards, screen readers and readers without JavaScript.
            h(
              'g',
              { 'data-bf-href': s.path },
              h('title', {}, s.tooltip),
              h('rect', { x: s.x + 1, y: s.y + 1, width: SQUARE - 2, height: SQUARE - 2 }),
            ),
          ),
        ),
      ),
    ]),
  ];
}

/** The squares in runs of one status, in their order. */
function runs<T extends { status: InitiativeStatus }>(squares: readonly T[]): T[][] {
  const out: T[][] = [];
  for (const s of squares) {
    const last = out.at(-1);
    if (last && last[0]!.status === s.status) last.push(s);
    else out.push([s]);
  }
  return out;
}

function table(view: InitiativeStatusView): DataTable {
  const folded = view.rows.reduce((n, r) => n + r.initiatives.length - r.drawn.length, 0);
  return {
    columns: ['Proposed by', 'Initiative', 'Status', 'Sources'],
    // Each row's drawn squares, then the rest (in the CSV only).
    rows: view.rows.flatMap((r) => {
      const drawn = new Set(r.drawn);
      return [...r.drawn, ...r.initiatives.filter((i) => !drawn.has(i))].map((i) => ({
        folded: !drawn.has(i) || undefined,
        cells: [{ links: [r.country] }, { links: [i] }, { text: i.status }, { cites: i.cites }],
      }));
    }),
    more: folded
      ? {
          text: `${folded} more ${folded === 1 ? 'row is' : 'rows are'} not shown here: each proposer’s drawn squares are.`,
          links: [{ title: 'the initiatives register', path: 'initiatives/' }],
        }
      : undefined,
  };
}

/**
 * A summary's table (home's, a country's, the register's) once a proposer has more initiatives than it draws: each
 * proposer's count by status, so the page stays one row per proposer whatever the corpus. The initiatives register's
 * list and the CSV (the full chart's) give every one.
 */
function countsTable(view: InitiativeStatusView): DataTable {
  const count = (n: number) => ({ text: String(n), numeric: true });
  return {
    columns: ['Proposed by', ...view.statuses.map((s) => s.label), 'All'],
    rows: view.rows.map((r) => ({
      cells: [
        { links: [r.country] },
        ...view.statuses.map((s) => count(r.initiatives.filter((i) => i.status === s.key).length)),
        count(r.initiatives.length),
      ],
    })),
    more: {
      text: 'Each proposer’s initiatives are counted here, not listed.',
      links: [{ title: 'the initiatives register', path: 'initiatives/' }],
    },
  };
}

/** Initiatives by status and proposer. */
export function buildInitiativesChart(view: InitiativeStatusView): BuiltChart {
  const only = view.request.country ? view.rows[0]?.country.title : undefined;
  const title = only ? `What ${only} put forward, and how far it got` : 'Initiatives by proposer and status';
  const desc = describeInitiatives(view);
  const folds = view.rows.some((r) => r.drawn.length < r.initiatives.length);
  const counts = view.request.summary && folds;
  return {
    id: view.id,
    title,
    caption:
      'One square per initiative, by the country that put it forward: outlined when proposed, hatched when announced, solid when agreed, cross-hatched when launched. An initiative with two proposers appears in both rows.' +
      (folds
        ? ` A row with more than ${view.cap} draws ${view.cap} squares, shared among the statuses in proportion to their counts; its heading counts every initiative.`
        : ''),
    sources: [],
    basis: counts
      ? 'Built from the proposer and status recorded for each initiative.'
      : 'Built from the proposer and status recorded for each initiative; each links to its page and its sources.',
    frames: bothFrames(view.id, title, desc, (width, uid) => {
      const layout = layoutInitiatives(view, width);
      return {
        width: layout.width,
        height: layout.height,
        defs: fillDefs(uid, Object.values(STATUS_FILLS)),
        body: draw(layout, uid),
      };
    }),
    table: counts ? countsTable(view) : table(view),
  };
}
