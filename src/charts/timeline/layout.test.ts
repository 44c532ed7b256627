import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { timelineChartView, type TimelineChartView } from './view.ts';
import { meetingLines } from '../shared/test-helpers.ts';
import { dateSpan, layoutTimeline, type TimelineLayout } from './layout.ts';

const view = timelineChartView(chartBriefing());

/** Pairs of leader lines that meet anywhere, by their labels' first lines. */
function crossingLeaders(layout: TimelineLayout): string[] {
  return meetingLines(layout.labels.map((l) => l.leader)).map(
    ([i, j]) => `"${layout.labels[i]!.lines[0]}" meets "${layout.labels[j]!.lines[0]}"`,
  );
}

describe('dateSpan()', () => {
  it('covers a day, a whole month or a whole year, as precise as the date', () => {
    const days = ([a, b]: [number, number]) => (b - a) / 86_400_000;
    expect(days(dateSpan('2025-12-20'))).toBe(1);
    expect(days(dateSpan('2024-02'))).toBe(29);
    expect(days(dateSpan('2026'))).toBe(365);
  });
});

describe('layoutTimeline()', () => {
  it('keeps time running down: a later event is never drawn above an earlier one', () => {
    const layout = layoutTimeline(view, 720);
    const ys = view.events
      .map((e, i) => [e.start, layout.marks[i]!.y0] as const)
      .sort((a, b) => a[0].localeCompare(b[0]));
    for (let i = 1; i < ys.length; i++) expect(ys[i]![1]).toBeGreaterThanOrEqual(ys[i - 1]![1]);
  });

  it('folds a quiet stretch of more than three years into a labelled break', () => {
    expect(layoutTimeline(view, 720).breaks.map((b) => b.label)).toEqual(['2005–2018', '2020–2023']);
  });

  it('draws a date known only to the month or year as a bar, a day as a dot', () => {
    const layout = layoutTimeline(view, 720);
    const mark = (id: string) => layout.marks[view.events.findIndex((e) => e.id === id)]!;
    expect(mark('founding').span).toBe(false);
    expect(mark('next').span).toBe(true);
    expect(mark('next').y1 - mark('next').y0).toBeGreaterThan(20);
  });

  it('gives every label its own room, below the one before it', () => {
    for (const width of [300, 720]) {
      const labels = [...layoutTimeline(view, width).labels].sort((a, b) => a.y - b.y);
      for (let i = 1; i < labels.length; i++) {
        const prev = labels[i - 1]!;
        expect(labels[i]!.y).toBeGreaterThanOrEqual(prev.y + (prev.lines.length + prev.note.length) * 15 - 1);
      }
    }
  });

  it('marks every year that has an event, beside the label of its first event', () => {
    for (const width of [300, 720]) {
      const layout = layoutTimeline(view, width);
      const years = [...new Set(view.events.map((e) => e.start.slice(0, 4)))].sort();
      expect(layout.years.map((y) => y.label)).toEqual(years);
      for (const year of layout.years) {
        const first = view.events
          .map((e, i) => ({ e, label: layout.labels[i]! }))
          .filter(({ e }) => e.start.startsWith(year.label))
          .sort((a, b) => a.label.y - b.label.y)[0]!;
        expect(year.y, year.label).toBe(first.label.y);
      }
      // A year's mark never sits beside an earlier year's event.
      const marks = layout.years.map((y) => y.y);
      expect(marks).toEqual([...marks].sort((a, b) => a - b));
    }
  });

  it('draws leader lines that never meet, at either width', () => {
    for (const width of [300, 720]) expect(crossingLeaders(layoutTimeline(view, width))).toEqual([]);
  });

  it('catches leader lines that cross', () => {
    const layout = layoutTimeline(view, 720);
    const [a, b] = layout.labels;
    const swapped = {
      ...layout,
      labels: [
        { ...a!, leader: [a!.leader[0]!, b!.leader[2]!] },
        { ...b!, leader: [b!.leader[0]!, a!.leader[2]!] },
      ],
    };
    expect(crossingLeaders(swapped)).toHaveLength(1);
  });

  it('puts planned events no source dates in a lane of their own, after the latest dated event', () => {
    const planned = { ...view.events[0]!, id: 'undated', title: 'Next summit', status: 'planned' as const };
    const withUndated: TimelineChartView = { ...view, undated: [planned] };
    for (const width of [300, 720]) {
      const layout = layoutTimeline(withUndated, width);
      const lastMark = Math.max(...layout.marks.map((m) => m.y1));
      const lastLabel = Math.max(...layout.labels.map((l) => l.y + (l.lines.length + l.note.length - 1) * 15));
      const lane = layout.undated!;
      expect(lane.heading).toBe('Planned, no date given');
      expect(lane.y).toBeGreaterThan(Math.max(lastMark, lastLabel));
      expect(lane.marks[0]!.y0).toBeGreaterThan(lane.y);
      expect(lane.labels[0]!.note).toEqual(['date not given · Astana']);
      expect(crossingLeaders({ ...layout, labels: [...layout.labels, ...lane.labels] })).toEqual([]);
    }
    expect(layoutTimeline(view, 720).undated).toBeUndefined();
  });

  it('lays out the summit week day by day, then what has no day', () => {
    const week = layoutTimeline(view, 720).week!;
    expect(week.rows.map((r) => [r.day.join(' '), r.items.map((i) => i.lines.join(' '))])).toEqual([
      ['Thu 18 Dec', ['Talks with Kazakhstan']],
      ['Fri 19 Dec', ['First summit (day 1 of 2)']],
      ['Sat 20 Dec', ['First summit (day 2 of 2)', 'Signed: Tokyo Declaration']],
      ['Day not given', ['Talks with Uzbekistan']],
    ]);
  });

  it('draws a single event', () => {
    const one: TimelineChartView = { ...view, events: [view.events[0]!], week: undefined };
    const layout = layoutTimeline(one, 300);
    expect(layout.marks).toHaveLength(1);
    expect(layout.years.map((y) => y.label)).toEqual(['2004']);
  });

  it('refuses to draw nothing', () => {
    expect(() => layoutTimeline({ ...view, events: [] }, 720)).toThrow(/chart "timeline": nothing to draw/);
  });
});
