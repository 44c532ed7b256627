import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBriefing } from '../../lib/briefing/load.ts';
import { dataTables } from '../../lib/briefing/data-tables.ts';
import { toCsv } from '../../lib/briefing/data-files.ts';

export const getStaticPaths = (async () => {
  const tables = dataTables(await loadBriefing());
  return tables.map((table) => ({ params: { name: table.name }, props: { table } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv(props.table as ReturnType<typeof dataTables>[number]), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
