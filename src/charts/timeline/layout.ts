// Timeline: time runs down the page, so labels get the full width at any screen size. Time is to scale except
// where events crowd: each date gets at least the room its labels need, and a quiet stretch of more than three
// years folds into a marked break. Year ticks show where the scale stretches. Below it, the summit week day by day.
import { nothingToDraw } from '../shared/view.ts';
import { type TimelineChartView, type TimelineEvent, type TimelineLane, type WeekItem } from './view.ts';
import { FONT } from '../shared/frame.ts';
import { layoutLegend, type LegendLayout } from '../shared/legend.ts';
import { wrapText } from '../shared/text.ts';
import { others } from '../shared/cap.ts';

export const PAD = 8;
/** Where each lane's line runs, and where labels start. */
export const LANE_X: Record<TimelineLane, number> = { context: 86, dialogue: 108 };
const LABEL_X = 126;
/** Where every leader turns from level towards its label: right of both lanes' marks. */
const ELBOW_X = LABEL_X - 10;
/** Height of a year where nothing crowds it, and the longest quiet stretch drawn to scale. */
const YEAR = 36;
const QUIET_YEARS = 3;
const LINE = 15;
/** Where the summit week's items start, after the day column and the item's marker. */
export const ITEM_X = 112;
const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/** The span a partial date covers, as [start, end) in ms: a day, a whole month or a whole year. */
export function dateSpan(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  const t = Date.UTC(y, m - 1, d);
  return [t, t + DAY_MS];
}

export type LegendKey = TimelineLane | 'held' | 'planned' | 'cancelled' | 'span';

export interface MarkLayout {
  lane: TimelineLane;
  status: TimelineEvent['status'];
  x: number;
  y0: number;
  y1: number;
  /** Drawn as a bar (a date known only to the month or year) rather than a dot. */
  span: boolean;
  tooltip: string;
}

export interface LabelLayout {
  lane: TimelineLane;
  lines: string[];
  /** "28 August 2004 · Astana", wrapped. */
  note: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  /** From the mark, level to the elbow, then to the label. */
  leader: [number, number][];
}

export interface WeekLayout {
  lines: string[];
  y: number;
  rows: {
    day: string[];
    y: number;
    top: number;
    items: { lines: string[]; y: number; what: string }[];
    /** The day's folded items, counted: "4 other documents signed that day". */
    folded?: { lines: string[]; y: number } | undefined;
  }[];
  /** Folded items on days not drawn: "412 other documents signed on 230 other days: …". */
  folded?: { lines: string[]; y: number } | undefined;
  bottom: number;
}

/** "4 other documents signed", "1 other meeting and 3 other documents signed": folded week items, counted. */
export function foldedItemsText(items: readonly WeekItem[]): string {
  const signed = items.filter((i) => i.what === 'Signed').length;
  const meetings = items.length - signed;
  return [
    meetings ? others(meetings, 'meeting') : '',
    signed ? others(signed, 'document signed', 'documents signed') : '',
  ]
    .filter(Boolean)
    .join(' and ');
}

/** The days of the summit week not drawn, and what they hold. */
export function hiddenWeekDays(week: NonNullable<TimelineChartView['week']>): { days: number; items: WeekItem[] } {
  const drawn = new Set(week.days);
  const items = (week.folded ?? []).filter((i) => !drawn.has(i.date));
  return { days: new Set(items.map((i) => i.date)).size, items };
}

/** "412 other documents signed on 230 other days", or undefined when every day with something is drawn. */
export function hiddenWeekText(week: NonNullable<TimelineChartView['week']>): string | undefined {
  const hidden = hiddenWeekDays(week);
  return hidden.days ? `${foldedItemsText(hidden.items)} on ${others(hidden.days, 'day')}` : undefined;
}

export interface TimelineLayout {
  width: number;
  height: number;
  legend: LegendLayout<LegendKey>;
  top: number;
  bottom: number;
  /** Year marks: the baseline of the label of the year's first event. */
  years: { y: number; label: string }[];
  breaks: { y: number; label: string }[];
  marks: MarkLayout[];
  labels: LabelLayout[];
  /** Planned events no source dates, in a lane of their own after the latest dated event. */
  undated?: { heading: string; y: number; marks: MarkLayout[]; labels: LabelLayout[] } | undefined;
  week?: WeekLayout | undefined;
}

const LEGEND_LABELS: Record<LegendKey, string> = {
  dialogue: 'the dialogue (right line)',
  context: 'other partners’ summits (left line)',
  held: 'held',
  planned: 'planned',
  cancelled: 'cancelled',
  span: 'date known only to the month or year',
};

function noteOf(e: TimelineEvent): string {
  return [e.dateText, e.place, e.status === 'held' ? undefined : e.status].filter(Boolean).join(' · ');
}

/** Lays out the timeline and the summit week at `width`. */
export function layoutTimeline(view: TimelineChartView, width: number): TimelineLayout {
  if (!view.events.length) throw nothingToDraw(view.id, 'no dated event of the dialogue');
  const labelWidth = width - LABEL_X - PAD;
  const keys: LegendKey[] = ['dialogue', 'context', 'held', 'planned', 'cancelled', 'span'];
  const legend = layoutLegend(
    keys
      .filter((k) => k === 'span' || k === 'held' || view.events.some((e) => e.lane === k || e.status === k))
      .map((k) => ({ key: k, label: LEGEND_LABELS[k] })),
    PAD,
    PAD,
    width - 2 * PAD,
  );
  const top = PAD + legend.height + 14;

  const events = view.events.map((e) => {
    const [t0] = dateSpan(e.start);
    const t1 = dateSpan(e.end ?? e.start)[1];
    // The dialogue's own events are set in bold, which runs wider.
    const lines = wrapText(e.title, labelWidth, FONT.label, 3, e.lane === 'dialogue');
    const note = wrapText(noteOf(e), labelWidth, FONT.small, 2);
    return { e, t0, t1, lines, note, height: (lines.length + note.length) * LINE + 8 };
  });

  // Knots of the time scale: one per distinct start, each below the one before by the time between them at YEAR
  // per year, but at least by the labels of the earlier date; a long quiet stretch becomes a break of fixed height.
  const starts = [...new Set(events.map((x) => x.t0))].sort((a, b) => a - b);
  // The room each start needs, summed once: asking every event for every start was quadratic in the events.
  const roomAt = new Map<number, number>();
  for (const x of events) roomAt.set(x.t0, (roomAt.get(x.t0) ?? 0) + x.height);
  const room = (t: number) => roomAt.get(t) ?? 0;
  const knots: { t: number; y: number }[] = [];
  const breaks: TimelineLayout['breaks'] = [];
  starts.forEach((t, i) => {
    if (i === 0) return void knots.push({ t, y: top + 10 });
    const prev = knots[knots.length - 1]!;
    const years = (t - prev.t) / YEAR_MS;
    if (years > QUIET_YEARS) {
      const from = new Date(prev.t).getUTCFullYear() + 1;
      const to = new Date(t).getUTCFullYear() - 1;
      const y = prev.y + room(prev.t) + 16;
      breaks.push({ y, label: to > from ? `${from}–${to}` : String(from) });
      knots.push({ t: Date.UTC(from, 0, 1), y: y - 10 }, { t: Date.UTC(to + 1, 0, 1), y: y + 10 });
      const after = knots[knots.length - 1]!;
      knots.push({ t, y: after.y + Math.max(6, ((t - after.t) / YEAR_MS) * YEAR) });
    } else {
      knots.push({ t, y: prev.y + Math.max(room(prev.t), years * YEAR) });
    }
  });
  const lastKnot = knots[knots.length - 1]!;
  const tEnd = Math.max(...events.map((x) => x.t1), Date.UTC(new Date(lastKnot.t).getUTCFullYear() + 1, 0, 1));
  knots.push({ t: tEnd, y: lastKnot.y + Math.max(room(lastKnot.t), ((tEnd - lastKnot.t) / YEAR_MS) * YEAR) });
  // The first knot at or after t, by bisection: knots run in time order, and every mark and bar end asks.
  const yAt = (t: number): number => {
    let lo = 0;
    let hi = knots.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (knots[m]!.t >= t) hi = m;
      else lo = m + 1;
    }
    const i = lo === knots.length ? -1 : lo;
    if (i <= 0) return knots[0]!.y;
    const a = knots[i - 1]!;
    const b = knots[i]!;
    return b.t === a.t ? a.y : a.y + ((t - a.t) / (b.t - a.t)) * (b.y - a.y);
  };
  const bottom = knots[knots.length - 1]!.y;

  const marks: MarkLayout[] = events.map(({ e, t0, t1 }) => {
    const y0 = yAt(t0);
    const y1 = t1 - t0 > DAY_MS * 2 ? yAt(t1 - 1) : y0;
    const span = y1 - y0 >= 4;
    return {
      lane: e.lane,
      status: e.status,
      x: LANE_X[e.lane],
      y0,
      y1: span ? y1 : y0,
      span,
      tooltip: `${e.title}: ${noteOf(e)}.`,
    };
  });

  // Labels in time order, each as near its mark as the one above allows. Marks are ordered by where their leaders
  // start (a bar's middle), the right-hand lane first at a tie: labels then come in the leaders' order, and as each
  // leader runs level to a common elbow before it turns to its label, no two can cross.
  const mid = (i: number) => (marks[i]!.y0 + marks[i]!.y1) / 2;
  const order = events.map((_, i) => i).sort((a, b) => mid(a) - mid(b) || marks[b]!.x - marks[a]!.x || a - b);
  const labels: LabelLayout[] = new Array(events.length);
  let floor = top;
  for (const i of order) {
    const { e, lines, note, height } = events[i]!;
    const mark = marks[i]!;
    const labelTop = Math.max(mid(i) - 10, floor);
    floor = labelTop + height;
    const end = labelTop + 7;
    // A bar's leader leaves it level with the label where it can: anywhere along the bar is that date.
    const start = mark.span ? Math.min(Math.max(end, mark.y0 + 2), mark.y1 - 2) : mark.y0;
    labels[i] = {
      lane: e.lane,
      lines,
      note,
      x: LABEL_X,
      y: labelTop + 12,
      leader: [
        [mark.x + 7, start],
        [ELBOW_X, start],
        [LABEL_X - 4, end],
      ],
    };
  }
  let end = Math.max(bottom, floor);
  // A year mark beside the label of each year's first event: every year with an event is marked, and its mark sits
  // with that year's events even where labels have had to move down from their marks.
  const years: TimelineLayout['years'] = [];
  const marked = new Set<string>();
  for (const i of order) {
    const label = String(new Date(events[i]!.t0).getUTCFullYear());
    if (marked.has(label)) continue;
    marked.add(label);
    years.push({ y: labels[i]!.y, label });
  }

  let undated: TimelineLayout['undated'];
  if (view.undated?.length) {
    // Below everything dated, marks and labels alike: a heading, then each event as a hollow mark with its label.
    end += 26;
    const headingY = end;
    end += 10;
    const marks: MarkLayout[] = [];
    const planned: LabelLayout[] = [];
    for (const e of view.undated) {
      const note = wrapText(['date not given', e.place].filter(Boolean).join(' · '), labelWidth, FONT.small, 2);
      const lines = wrapText(e.title, labelWidth, FONT.label, 3, e.lane === 'dialogue');
      const markY = end + 7;
      marks.push({
        lane: e.lane,
        status: e.status,
        x: LANE_X[e.lane],
        y0: markY,
        y1: markY,
        span: false,
        tooltip: `${e.title}: planned, no date given.`,
      });
      planned.push({
        lane: e.lane,
        lines,
        note,
        x: LABEL_X,
        y: end + 12,
        leader: [
          [LANE_X[e.lane] + 7, markY],
          [ELBOW_X, markY],
          [LABEL_X - 4, markY],
        ],
      });
      end += (lines.length + note.length) * LINE + 8;
    }
    undated = { heading: 'Planned, no date given', y: headingY, marks, labels: planned };
  }

  let week: WeekLayout | undefined;
  if (view.week) {
    end += 28;
    const lines = wrapText(
      `The summit week, day by day: ${view.week.summit.title}`,
      width - 2 * PAD,
      FONT.heading,
      3,
      true,
    );
    const titleY = end + 14;
    end += lines.length * 18 + 6;
    const dayWidth = 96;
    const itemWidth = width - PAD - (PAD + ITEM_X);
    const count = new Map<string, number>();
    for (const item of view.week.items) count.set(item.id, (count.get(item.id) ?? 0) + 1);
    const seen = new Map<string, number>();
    const itemText = (item: WeekItem) => {
      const n = count.get(item.id) ?? 1;
      const k = (seen.get(item.id) ?? 0) + 1;
      seen.set(item.id, k);
      const part = n > 1 ? ` (day ${k} of ${n})` : '';
      return `${item.what === 'Signed' ? 'Signed: ' : ''}${item.title}${part}`;
    };
    const dayFormat = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    const groups = [
      ...view.week.days.map((day) => ({
        day: dayFormat.format(Date.parse(`${day}T00:00:00Z`)),
        items: view.week!.items.filter((i) => i.date === day),
        folded: (view.week!.folded ?? []).filter((i) => i.date === day),
      })),
      ...(view.week.undated.length ? [{ day: 'Day not given', items: view.week.undated, folded: [] }] : []),
    ];
    const rows = groups.map((g) => {
      const rowTop = end;
      end += 8;
      const items = g.items.map((item) => {
        const text = wrapText(itemText(item), itemWidth, FONT.label, 4);
        const itemY = end + 12;
        end += text.length * LINE + 4;
        return { lines: text, y: itemY, what: item.what };
      });
      const rest = g.folded.length ? `${foldedItemsText(g.folded)} that day` : undefined;
      let folded: WeekLayout['rows'][number]['folded'];
      if (rest) {
        const text = wrapText(rest, itemWidth, FONT.label, 2);
        folded = { lines: text, y: end + 12 };
        end += text.length * LINE + 4;
      }
      const day = wrapText(g.day, dayWidth - 8, FONT.label, 2, true);
      end = Math.max(end, rowTop + 8 + day.length * LINE) + 6;
      return { day, y: rowTop + 20, top: rowTop, items, folded };
    });
    const hidden = hiddenWeekText(view.week);
    let folded: WeekLayout['folded'];
    if (hidden) {
      const text = wrapText(`${hidden}: they are in the chart’s data (CSV)`, width - 2 * PAD, FONT.label, 3);
      folded = { lines: text, y: end + 18 };
      end += text.length * LINE + 12;
    }
    week = { lines, y: titleY, rows, folded, bottom: end };
  }
  return { width, height: end + PAD, legend, top, bottom, years, breaks, marks, labels, undated, week };
}
