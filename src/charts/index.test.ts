import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../lib/briefing/chart-fixtures.ts';
import { chartCatalogue } from './placements.ts';
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
  // Read as text: the registry imports .astro files, which only Astro's build can load.
  const registry = readFileSync(new URL('../mdx/index.ts', import.meta.url), 'utf8');
  const registered = /mdxComponents = \{([^}]*)\}/
    .exec(registry)![1]!
    .split(',')
    .map((s) => s.trim());

  it('are registered for MDX under the names the catalogue looks for in bodies', () => {
    for (const tag of Object.keys(MDX_CHART_TAGS)) expect(registered, tag).toContain(tag);
  });
});
