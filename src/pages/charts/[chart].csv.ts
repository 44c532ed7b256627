// The data of every chart as CSV, for spreadsheets: the same rows as the chart's table.
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart } from '../../charts/index.ts';
import { tableCsv } from '../../charts/shared/chart.ts';
import { chartCatalogue } from '../../charts/placements.ts';
import { type ChartView } from '../../charts/registry.ts';
import { loadBriefing } from '../../lib/briefing/load.ts';

export const getStaticPaths = (async () => {
  const briefing = await loadBriefing();
  return chartCatalogue(briefing).map((view) => ({ params: { chart: view.id }, props: { view } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: ChartView }> = ({ props }) =>
  new Response(tableCsv(buildChart(props.view).table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
