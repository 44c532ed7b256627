// Every chart as a PNG image: the standalone SVG drawn at twice its size with the site's typeface, so title,
// sources, origin and licence are in the picture, as they are in the SVG.
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPng, pruneChartPngs } from '../../charts/shared/png.ts';
import { chartPaths, chartSvgFile, type ChartProps } from './_downloads.ts';

export const getStaticPaths = (async () => {
  const paths = (await chartPaths()).map((path) => {
    // Every chart is set drawing at once, on resvg's threads, so the build need not wait for them one by one.
    const png = chartSvgFile(path.props.view).then(chartPng);
    png.catch(() => {}); // A failure is reported where the page awaits it, not as an unhandled rejection.
    return { ...path, props: { ...path.props, png } };
  });
  // Once this build's charts are drawn or read, the drawings no build uses any more go.
  void Promise.allSettled(paths.map((p) => p.props.png)).then(() => pruneChartPngs());
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<ChartProps & { png: Promise<Buffer> }> = async ({ props }) =>
  new Response(new Uint8Array(await props.png), { headers: { 'Content-Type': 'image/png' } });
