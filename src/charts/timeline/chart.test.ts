import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { timelineChartView } from './view.ts';
import { creditLine } from '../shared/chart.ts';
import { standaloneSvg } from '../shared/frame.ts';
import { overflowing } from '../shared/test-helpers.ts';
import { buildTimelineChart } from './chart.ts';

const chart = buildTimelineChart(timelineChartView(chartBriefing()));

describe('the timeline', () => {
  it('draws the fixture as its snapshots show, at both widths', async () => {
    for (const variant of ['narrow', 'wide'] as const) {
      await expect(standaloneSvg(chart.frames[variant], creditLine(chart, 'Fixture briefing'))).toMatchFileSnapshot(
        `./__snapshots__/timeline-${variant}.svg`,
      );
    }
  });

  it('keeps every label inside the chart at both widths', () => {
    expect(overflowing(chart.frames.narrow)).toEqual([]);
    expect(overflowing(chart.frames.wide)).toEqual([]);
  });

  it('tells the dialogue’s story in its desc, with statuses and the week', () => {
    const desc = chart.frames.wide.desc;
    expect(desc).toContain('Planned first summit (cancelled), August 2024 (cancelled)');
    expect(desc).toContain('Next summit, 2026 (planned)');
    expect(desc).toContain('for context: China–Central Asia summit, June 2025.');
    expect(desc).toContain('20 December 2025: First summit; signed Tokyo Declaration');
  });
});
