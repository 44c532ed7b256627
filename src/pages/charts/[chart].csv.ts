// The data of every chart as CSV, for spreadsheets: the same rows as the chart's table.
import type { APIRoute } from 'astro';
import { buildChart } from '../../charts/index.ts';
import { tableCsv } from '../../charts/shared/chart.ts';
import { chartPaths, type ChartProps } from './_downloads.ts';

export const getStaticPaths = chartPaths;

export const GET: APIRoute<ChartProps> = ({ props }) =>
  new Response(tableCsv(buildChart(props.view).table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
