// Timeline: text, table and drawing around the layout.
import { WEEK_DAY_CAP, WEEK_DAYS_CAP, type TimelineChartView, type WeekItem } from './view.ts';
import { registersOf } from '../shared/cap.ts';
import { formatDate } from '../../lib/format/format-date.ts';
import type { BuiltChart, DataTable, TableRow } from '../shared/chart.ts';
import { bothFrames, FONT, type Frame } from '../shared/frame.ts';
import { drawLegend } from '../shared/legend.ts';
import { pagePaint, paint } from '../shared/palette.ts';
import { label } from '../shared/label.ts';
import { h, round, type SvgNode } from '../shared/svg.ts';
import {
  foldedItemsText,
  hiddenWeekText,
  ITEM_X,
  LANE_X,
  layoutTimeline,
  PAD,
  type LabelLayout,
  type LegendKey,
  type MarkLayout,
  type TimelineLayout,
} from './layout.ts';

const LANE_ROLE = { dialogue: 'mark', context: 'context' } as const;

/** A dot or a bar; filled when held, hollow when planned, hollow and crossed out when cancelled. */
function drawMark(m: Pick<MarkLayout, 'lane' | 'status' | 'x' | 'y0' | 'y1' | 'span'>): SvgNode[] {
  const colour = paint(LANE_ROLE[m.lane]);
  const fill = m.status === 'held' ? colour : pagePaint('bg');
  const style = `fill:${fill};stroke:${colour}`;
  const shape = m.span
    ? h('rect', {
        x: m.x - 5,
        y: m.y0 - 1,
        width: 10,
        height: Math.max(m.y1 - m.y0 + 2, 10),
        rx: 5,
        style,
        'stroke-width': 2,
      })
    : h('circle', { cx: m.x, cy: m.y0, r: 5.5, style, 'stroke-width': 2 });
  const mid = m.span ? (m.y0 + m.y1) / 2 : m.y0;
  const cross =
    m.status === 'cancelled' &&
    h('path', {
      d: `M${m.x - 6},${mid - 6}L${m.x + 6},${mid + 6}M${m.x + 6},${mid - 6}L${m.x - 6},${mid + 6}`,
      'stroke-width': 2,
      style: `stroke:${colour}`,
    });
  return [shape, cross || undefined].filter((n): n is SvgNode => !!n);
}

function legendSwatch(key: LegendKey, x: number, y: number): SvgNode[] {
  const at = { x: x + 12, y0: y + 6, y1: y + 6, span: false };
  switch (key) {
    case 'dialogue':
    case 'context':
      return drawMark({ ...at, lane: key, status: 'held' });
    case 'span':
      return [
        h('rect', {
          x: x + 2,
          y: y + 1,
          width: 20,
          height: 10,
          rx: 5,
          'stroke-width': 2,
          style: `fill:${paint('mark')};stroke:${paint('mark')}`,
        }),
      ];
    default:
      return drawMark({ ...at, lane: 'dialogue', status: key });
  }
}

/** What the chart shows, in sentences written from its data. */
export function describeTimeline(view: TimelineChartView): string {
  const lane = (key: string) =>
    view.events
      .filter((e) => e.lane === key)
      .map((e) => `${e.title}, ${e.dateText}${e.status === 'held' ? '' : ` (${e.status})`}`)
      .join('; ');
  const label = (key: string) => view.lanes.find((l) => l.key === key)!.label;
  const parts = [`${label('dialogue')}: ${lane('dialogue')}.`];
  if (view.events.some((e) => e.lane === 'context'))
    parts.push(`${label('context')}, for context: ${lane('context')}.`);
  if (view.undated?.length) parts.push(`Planned, with no date given: ${view.undated.map((e) => e.title).join('; ')}.`);
  if (view.week) {
    const week = view.week;
    const days = week.days.map((d) => {
      const folded = (week.folded ?? []).filter((i) => i.date === d);
      return `${formatDate(d)}: ${
        [
          ...week.items.filter((i) => i.date === d).map((i) => (i.what === 'Signed' ? `signed ${i.title}` : i.title)),
          ...(folded.length ? [`${foldedItemsText(folded)} that day`] : []),
        ].join('; ') || 'nothing recorded'
      }`;
    });
    const undated = week.undated.length ? ` With no day given: ${week.undated.map((i) => i.title).join('; ')}.` : '';
    const hidden = hiddenWeekText(week);
    parts.push(
      `The summit week: ${days.join('. ')}.${undated}${hidden ? ` ${capitalise(hidden)}: they are in the chart’s data (CSV).` : ''}`,
    );
  }
  return parts.join(' ');
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A counted line for what the week does not draw, in soft italics. */
function drawFolded(f: { lines: string[]; y: number }, x: number): SvgNode[] {
  return f.lines.map((line, i) =>
    h(
      'text',
      { x, y: f.y + i * 15, 'font-size': FONT.label, 'font-style': 'italic', style: `fill:${pagePaint('text-soft')}` },
      line,
    ),
  );
}

/** The line from an event's mark to its label. */
function drawLeader(l: LabelLayout): SvgNode {
  return h('polyline', {
    class: 'bf-chart__leader',
    points: l.leader.map(([x, y]) => `${round(x)},${round(y)}`).join(' '),
    fill: 'none',
    'stroke-width': 1,
    style: `stroke:${pagePaint('text-soft')}`,
  });
}

/** An event's label: its name (bold for the dialogue's own meetings), then its date and place. */
function drawLabel(l: LabelLayout): SvgNode {
  return h(
    'g',
    { 'font-size': FONT.label },
    l.lines.map((line, i) =>
      label({ x: l.x, y: l.y + i * 15, 'font-weight': l.lane === 'dialogue' ? 700 : 400 }, line),
    ),
    l.note.map((line, i) =>
      label({ x: l.x, y: l.y + (l.lines.length + i) * 15, 'font-size': FONT.small }, line, 'text-soft'),
    ),
  );
}

function draw(layout: TimelineLayout, width: number): Frame['body'] {
  const week = layout.week;
  return [
    drawLegend(layout.legend, legendSwatch),
    h(
      'g',
      { class: 'bf-chart__axis', 'data-pagefind-ignore': true, 'font-size': FONT.small },
      layout.years.map((y) => label({ x: PAD, y: y.y }, y.label, 'text-soft')),
      layout.breaks.map((b) => label({ x: PAD, y: b.y + 4 }, b.label, 'text-soft')),
    ),
    (['context', 'dialogue'] as const).map((lane) =>
      h('line', {
        x1: LANE_X[lane],
        x2: LANE_X[lane],
        y1: layout.top,
        y2: layout.bottom,
        'stroke-width': 2,
        style: `stroke:${pagePaint('border')}`,
      }),
    ),
    layout.breaks.map((b) =>
      (['context', 'dialogue'] as const).map((lane) =>
        h('path', {
          d: `M${LANE_X[lane] - 6},${b.y - 4}l12,-4M${LANE_X[lane] - 6},${b.y + 4}l12,-4`,
          'stroke-width': 2,
          style: `stroke:${pagePaint('text-soft')}`,
        }),
      ),
    ),
    layout.labels.map(drawLeader),
    layout.marks.map((m) => h('g', {}, h('title', {}, m.tooltip), drawMark(m))),
    layout.labels.map(drawLabel),
    layout.undated && [
      label({ x: PAD, y: layout.undated.y, 'font-size': FONT.small, 'font-weight': 700 }, layout.undated.heading),
      layout.undated.labels.map(drawLeader),
      layout.undated.marks.map((m) => h('g', {}, h('title', {}, m.tooltip), drawMark(m))),
      layout.undated.labels.map(drawLabel),
    ],
    week &&
      h(
        'g',
        {},
        week.lines.map((line, i) =>
          label({ x: PAD, y: week.y + i * 18, 'font-size': FONT.heading, 'font-weight': 700 }, line),
        ),
        week.rows.map((r) => [
          h('line', { x1: PAD, x2: width - PAD, y1: r.top, y2: r.top, style: `stroke:${pagePaint('border')}` }),
          r.day.map((line, i) => label({ x: PAD, y: r.y + i * 15, 'font-size': FONT.label, 'font-weight': 700 }, line)),
          r.items.map((item) => [
            item.what === 'Signed'
              ? h('rect', {
                  x: PAD + ITEM_X - 16,
                  y: item.y - 9,
                  width: 9,
                  height: 9,
                  style: `fill:${paint('context')}`,
                })
              : h('circle', { cx: PAD + ITEM_X - 11.5, cy: item.y - 4.5, r: 4.5, style: `fill:${paint('mark')}` }),
            item.lines.map((line, i) => label({ x: PAD + ITEM_X, y: item.y + i * 15, 'font-size': FONT.label }, line)),
          ]),
          r.folded && drawFolded(r.folded, PAD + ITEM_X),
        ]),
        week.folded && drawFolded(week.folded, PAD),
        h('line', {
          x1: PAD,
          x2: width - PAD,
          y1: week.bottom,
          y2: week.bottom,
          style: `stroke:${pagePaint('border')}`,
        }),
      ),
  ];
}

function table(view: TimelineChartView): DataTable {
  const lane = new Map(view.lanes.map((l) => [l.key, l.label]));
  const folded = view.week?.folded ?? [];
  return {
    columns: ['Date', 'Event or document', 'Line', 'Status', 'Place', 'Sources'],
    rows: [
      ...view.events.map((e) => ({
        cells: [
          { text: e.dateText },
          { links: [e] },
          { text: lane.get(e.lane) },
          { text: e.status },
          { text: e.place },
          { cites: e.cites },
        ],
      })),
      ...(view.undated ?? []).map((e) => ({
        cells: [
          { text: 'date not given' },
          { links: [e] },
          { text: lane.get(e.lane) },
          { text: e.status },
          { text: e.place },
          { cites: e.cites },
        ],
      })),
      ...(view.week ? [...view.week.items, ...view.week.undated] : []).map((i) => weekRow(i)),
      ...(view.week?.folded ?? []).map((i) => weekRow(i, true)),
    ],
    more: folded.length
      ? {
          text: `${capitalise(foldedItemsText(folded))} in the summit week ${folded.length === 1 ? 'is' : 'are'} not shown here: the chart’s, at most ${WEEK_DAY_CAP} a day on at most ${WEEK_DAYS_CAP} days, are.`,
          links: registersOf(folded),
        }
      : undefined,
  };
}

function weekRow(i: WeekItem, folded = false): TableRow {
  return {
    folded: folded || undefined,
    cells: [
      { text: /^\d{4}-\d{2}-\d{2}$/.test(i.date) ? formatDate(i.date) : `${formatDate(i.date)}, day not given` },
      { links: [i] },
      { text: `Summit week: ${i.what === 'Signed' ? 'document signed' : 'meeting'}` },
      { text: i.what === 'Signed' ? 'signed' : 'held' },
      {},
      { cites: i.cites },
    ],
  };
}

/** Timeline of the dialogue, other partners' summits, and the summit week. */
export function buildTimelineChart(view: TimelineChartView): BuiltChart {
  const title = 'The dialogue over time, and the summit week';
  const desc = describeTimeline(view);
  return {
    id: view.id,
    title,
    caption:
      'Time runs down. A dot is a day; a bar is a date the sources give only to the month or the year. Years with nothing recorded here are folded into a break. Below: the summit week day by day (● meetings, ■ documents signed).',
    sources: view.sources,
    frames: bothFrames(view.id, title, desc, (width) => {
      const layout = layoutTimeline(view, width);
      return { width: layout.width, height: layout.height, defs: [], body: draw(layout, layout.width) };
    }),
    table: table(view),
  };
}
