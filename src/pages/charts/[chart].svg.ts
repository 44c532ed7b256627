// Every chart as a standalone SVG file: the wide layout, with its title, text alternative, sources, origin and licence.
import type { APIRoute } from 'astro';
import { chartPaths, chartSvgFile, type ChartProps } from './_downloads.ts';

export const getStaticPaths = chartPaths;

export const GET: APIRoute<ChartProps> = async ({ props }) =>
  new Response(await chartSvgFile(props.view), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
