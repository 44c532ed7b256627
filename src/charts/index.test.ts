import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../lib/briefing/chart-fixtures.ts';
import { bodyProblems } from '../lib/briefing/mdx-rules.ts';
import { parseMdx } from '../lib/briefing/mdx-tree.ts';
import { bodyChartRequests, chartCatalogue } from './placements.ts';
import { MDX_CHART_TAGS } from './registry.ts';
import { buildChart } from './index.ts';

describe('buildChart()', () => {
  const charts = chartCatalogue(chartBriefing()).map(buildChart);

  it('builds every chart of the catalogue, each kind at least once', () => {
    expect(new Set(charts.map((c) => c.id.split('-')[0]))).toEqual(
      new Set(['documents', 'money', 'themes', 'map', 'timeline', 'initiatives']),
    );
  });

  it('gives every chart its own title, so two charts on one page never share a name', () => {
    const titles = charts.map((c) => c.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('lays out deterministically: the same view gives the same drawing', () => {
    const again = chartCatalogue(chartBriefing()).map(buildChart);
    expect(JSON.stringify(again.map((c) => c.frames))).toBe(JSON.stringify(charts.map((c) => c.frames)));
  });
});

describe('the chart components for authors', () => {
  it('take the attributes their chart can be narrowed by, and check:content rejects any other', () => {
    const { tree } = parseMdx('<MapChart country="japan" />\n\n<MoneyChart currency="EUR" country="japan" />\n');
    expect(bodyProblems(tree!).map((p) => `${p.line}: ${p.message} — ${p.hint}`)).toEqual([
      '1: <MapChart> has no attribute "country" — remove country="…": <MapChart> takes no attributes.',
    ]);
  });

  it('are found in a body under their tags, as the requests the pages draw', () => {
    expect(bodyChartRequests('<ThemesChart theme="water" />\n<TimelineChart />')).toEqual([
      { kind: 'themes', theme: 'water' },
      { kind: 'timeline' },
    ]);
    expect(Object.keys(MDX_CHART_TAGS)).toEqual([
      'DocumentsChart',
      'MoneyChart',
      'ThemesChart',
      'MapChart',
      'TimelineChart',
      'InitiativesChart',
    ]);
  });
});
