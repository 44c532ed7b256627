// What the three download routes of a chart share: one path per chart the site shows, and the standalone SVG
// (its credit line citing the sources by title, the briefing and its licence) that the PNG is drawn from.
import type { GetStaticPaths } from 'astro';
import { buildChart } from '../../charts/index.ts';
import { downloadSvg } from '../../charts/shared/download.ts';
import { chartCatalogue } from '../../charts/placements.ts';
import { type ChartView } from '../../charts/registry.ts';
import { loadBriefing } from '../../lib/briefing/load.ts';
import { absoluteUrl } from '../../settings.ts';
import { href } from '../../site.ts';

export interface ChartProps {
  view: ChartView;
}

export const chartPaths = (async () => {
  const briefing = await loadBriefing();
  return chartCatalogue(briefing).map((view) => ({ params: { chart: view.id }, props: { view } }));
}) satisfies GetStaticPaths;

/** The chart's standalone SVG file; without a site address it names its data file, never a made-up host. */
export async function chartSvgFile(view: ChartView): Promise<string> {
  const { site } = await loadBriefing();
  const chart = buildChart(view);
  const data = `${chart.id}.csv`;
  return downloadSvg(chart, site, {
    home: absoluteUrl(href('')),
    data: absoluteUrl(href(`charts/${data}`)) ?? data,
  });
}
