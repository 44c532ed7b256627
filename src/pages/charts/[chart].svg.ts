// Every chart as a standalone SVG file: the wide layout, with its title, text alternative, sources and origin.
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart } from '../../charts/index.ts';
import { creditLine } from '../../charts/shared/chart.ts';
import { standaloneSvg } from '../../charts/shared/frame.ts';
import { chartCatalogue } from '../../charts/placements.ts';
import { type ChartView } from '../../charts/registry.ts';
import { loadBriefing } from '../../lib/briefing/load.ts';

export const getStaticPaths = (async () => {
  const briefing = await loadBriefing();
  return chartCatalogue(briefing).map((view) => ({ params: { chart: view.id }, props: { view } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: ChartView }> = async ({ props }) => {
  const { site } = await loadBriefing();
  const chart = buildChart(props.view);
  const origin = `${site.title}, version ${site.version} (${site.updated}), ${site.publisher}`;
  return new Response(standaloneSvg(chart.frames.wide, creditLine(chart, origin)), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
