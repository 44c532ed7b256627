import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBriefing } from '../../lib/briefing/load.ts';
import { dataTables } from '../../lib/briefing/data-tables.ts';
import { toJson } from '../../lib/briefing/data-files.ts';

export const getStaticPaths = (async () => {
  const tables = dataTables(await loadBriefing());
  return tables.map((table) => ({ params: { name: table.name }, props: { table } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(toJson(props.table as ReturnType<typeof dataTables>[number], (await loadBriefing()).site), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
