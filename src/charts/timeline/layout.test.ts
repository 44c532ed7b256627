import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { timelineChartView, type TimelineChartView } from './view.ts';
import { dateSpan, layoutTimeline } from './layout.ts';

const view = timelineChartView(chartBriefing());

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
