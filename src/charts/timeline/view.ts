// The timeline: the dialogue's meetings over the years and the summit week, from the briefing.
import { formatDateRange } from '../../lib/format/format-date.ts';
import type { Briefing } from '../../lib/briefing/briefing.ts';
import type { Entry } from '../../lib/briefing/model.ts';
import { timelineView } from '../../lib/briefing/views.ts';
import { topRows } from '../shared/cap.ts';
import { chartCites, chartId, link, uniqueCites } from '../shared/view.ts';
import type { ChartCite, ChartLink, ChartRequest, ViewBase } from '../shared/view.ts';

export type TimelineLane = 'dialogue' | 'context';

export interface TimelineEvent extends ChartLink {
  /** As precise as sourced: "2004-08-28", "2019-05", "2026". */
  start: string;
  end?: string | undefined;
  /** "28 August 2004" */
  dateText: string;
  status: 'held' | 'cancelled' | 'planned';
  lane: TimelineLane;
  place?: string | undefined;
  cites: ChartCite[];
}

/** A planned event no source dates: it has no place on the time axis, so it gets a lane after the last date. */
export type UndatedEvent = Omit<TimelineEvent, 'start' | 'end' | 'dateText'>;

/** One thing that happened on one day of the summit week: a meeting, or a document signed. */
export interface WeekItem extends ChartLink {
  /** Day, "2025-12-19"; for undated items, the month. */
  date: string;
  /** "Meeting" or "Signed". */
  what: string;
  cites: ChartCite[];
}

export interface TimelineChartView extends ViewBase {
  request: ChartRequest & { kind: 'timeline' };
  lanes: { key: TimelineLane; label: string }[];
  events: TimelineEvent[];
  /** Planned events with no date in any source, drawn after the latest dated event. */
  undated: UndatedEvent[];
  /**
   * The summit week, day by day; undefined when the summit has no dated parts. Beyond its caps, `days` and `items`
   * are what is drawn and `folded` the rest (counted on the chart, every one in the CSV).
   */
  week?:
    | { summit: ChartLink; days: string[]; items: WeekItem[]; undated: WeekItem[]; folded?: WeekItem[] | undefined }
    | undefined;
}

/** At most this many things a day are drawn in the summit week; the rest of the day is one counted line. */
export const WEEK_DAY_CAP = 6;
/**
 * A summit "week" longer than this many days draws only this many: the summit's own days, the days of its parts'
 * meetings, then the days with most documents signed.
 */
export const WEEK_DAYS_CAP = 14;

/** Keeps the summit week within its caps: the days drawn, their items drawn, and everything else folded. */
function capWeek(
  days: string[],
  items: WeekItem[],
  summitDays: ReadonlySet<string>,
): { days: string[]; items: WeekItem[]; folded?: WeekItem[] } {
  const byDay = new Map<string, WeekItem[]>();
  for (const item of items) {
    const day = byDay.get(item.date);
    if (day) day.push(item);
    else byDay.set(item.date, [item]);
  }
  const count = (day: string) => byDay.get(day)?.length ?? 0;
  const kept =
    days.length <= WEEK_DAYS_CAP
      ? days
      : topRows(
          days.filter((d) => count(d) > 0 || summitDays.has(d)),
          WEEK_DAYS_CAP,
          // The summit's days first, then its parts' meetings (the week is theirs), then the most documents signed.
          (d) => (summitDays.has(d) ? 1e9 : 0) + (byDay.get(d)?.some((i) => i.what === 'Meeting') ? 1e6 : 0) + count(d),
        ).shown;
  const drawn = new Set(kept.flatMap((d) => (byDay.get(d) ?? []).slice(0, WEEK_DAY_CAP)));
  if (drawn.size === items.length) return { days: kept, items };
  return { days: kept, items: items.filter((i) => drawn.has(i)), folded: items.filter((i) => !drawn.has(i)) };
}

const isDay = (date: string | undefined): date is string => !!date && /^\d{4}-\d{2}-\d{2}$/.test(date);

function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/**
 * The dialogue's own meetings (founding, ministerials, the cancelled and the held summit, what is planned) and
 * other partners' summits with Central Asia as context; then the summit week day by day, with the documents signed.
 */
export function timelineChartView(b: Briefing): TimelineChartView {
  const request = { kind: 'timeline' as const };
  const summit = b.summit;
  const inSummit = (e: Entry<'events'>) => e.data.partOf?.id === summit.id;
  const shown = timelineView(b)
    .flatMap((y) => y.events)
    .filter((e) => (e.data.dialogue && !inSummit(e)) || e.data.kind === 'context-summit');
  const lane = (e: Entry<'events'>) =>
    e.data.kind === 'context-summit' ? ('context' as const) : ('dialogue' as const);
  const undated: UndatedEvent[] = shown
    .filter((e) => e.data.start === undefined && e.data.status === 'planned')
    .map((e) => ({
      ...link(e),
      status: e.data.status,
      lane: lane(e),
      place: e.data.place,
      cites: chartCites(b, e.data.cite),
    }));
  const events: TimelineEvent[] = shown
    // An event no source dates has no place on the time axis: a planned one goes in the lane after it (undated).
    .filter((e): e is Entry<'events'> & { data: { start: string } } => e.data.start !== undefined)
    .map((e) => ({
      ...link(e),
      start: e.data.start,
      end: e.data.end,
      dateText: formatDateRange(e.data.start, e.data.end),
      status: e.data.status,
      lane: lane(e),
      place: e.data.place,
      cites: chartCites(b, e.data.cite),
    }));

  const parts = [summit, ...b.all('events').filter(inSummit)];
  const dated = parts
    .flatMap((e) => [e.data.start, e.data.end])
    .filter(isDay)
    .sort();
  let week: TimelineChartView['week'];
  if (dated.length) {
    const days = daysBetween(dated[0]!, dated[dated.length - 1]!);
    const meeting = (e: Entry<'events'>, date: string): WeekItem => ({
      ...link(e),
      date,
      what: 'Meeting',
      cites: chartCites(b, e.data.cite),
    });
    const items: WeekItem[] = [
      ...parts.flatMap((e) => {
        const span = isDay(e.data.start)
          ? daysBetween(e.data.start, isDay(e.data.end) ? e.data.end : e.data.start)
          : [];
        return span.map((day) => meeting(e, day));
      }),
      ...b
        .all('documents')
        .filter((d) => isDay(d.data.date) && days.includes(d.data.date))
        .map((d) => ({ ...link(d), date: d.data.date!, what: 'Signed', cites: chartCites(b, d.data.cite) })),
    ].sort((x, y) => x.date.localeCompare(y.date));
    const undated = parts.filter((e) => !isDay(e.data.start)).map((e) => meeting(e, e.data.start ?? ''));
    const summitDays = new Set(
      isDay(summit.data.start)
        ? daysBetween(summit.data.start, isDay(summit.data.end) ? summit.data.end : summit.data.start)
        : [],
    );
    week = { summit: link(summit), undated, ...capWeek(days, items, summitDays) };
  }
  const all = [
    ...events.flatMap((e) => e.cites),
    ...undated.flatMap((e) => e.cites),
    // What is drawn: the folded rows' sources are in the CSV with them.
    ...(week ? [...week.items, ...week.undated].flatMap((i) => i.cites) : []),
  ];
  return {
    id: chartId(request),
    request,
    lanes: [
      { key: 'dialogue', label: 'The dialogue' },
      { key: 'context', label: 'Other partners’ summits with Central Asia' },
    ],
    events,
    undated,
    week,
    sources: uniqueCites(all),
  };
}
