import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { mapView } from './view.ts';
import { creditLine } from '../shared/chart.ts';
import { standaloneSvg } from '../shared/frame.ts';
import { overflowing } from '../shared/test-helpers.ts';
import { buildMapChart } from './chart.ts';

const chart = buildMapChart(mapView(chartBriefing()));

describe('the map', () => {
  it('draws the fixture as its snapshots show, at both widths', async () => {
    for (const variant of ['narrow', 'wide'] as const) {
      await expect(standaloneSvg(chart.frames[variant], creditLine(chart, 'Fixture briefing'))).toMatchFileSnapshot(
        `./__snapshots__/map-${variant}.svg`,
      );
    }
  });

  it('keeps every label inside the chart at both widths', () => {
    expect(overflowing(chart.frames.narrow)).toEqual([]);
    expect(overflowing(chart.frames.wide)).toEqual([]);
  });

  it('names the participants, the summit city and the route’s places in order in its desc', () => {
    expect(chart.frames.wide.desc).toBe(
      'A map of the region from Turkey to Japan, with the summit’s participants highlighted: Japan (capital Tokyo), Kazakhstan (capital Astana), Kyrgyzstan (capital Bishkek), Uzbekistan (capital Tashkent). The summit met in Tokyo, 19–20 December 2025. The line traces the Middle Corridor through the places the sources name, in order: China, Kazakhstan, Aktau, by sea to Azerbaijan, Turkey.',
    );
  });

  it('stays small enough to inline twice in a page', () => {
    expect(standaloneSvg(chart.frames.wide, '').length).toBeLessThan(60_000);
  });
});
