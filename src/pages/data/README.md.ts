import type { APIRoute } from 'astro';
import { loadBriefing } from '../../lib/briefing/load.ts';
import { dataTables } from '../../lib/briefing/data-tables.ts';
import { dataReadme } from '../../lib/briefing/data-files.ts';

export const GET: APIRoute = async () => {
  const briefing = await loadBriefing();
  return new Response(dataReadme(dataTables(briefing), briefing.site), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
};
