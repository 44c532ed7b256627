import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/briefing/data-files.ts';
import { loadBriefing } from '../../lib/briefing/load.ts';
import { trackerRows, trackerTable } from '../../lib/tracker/tracker.ts';

export const GET: APIRoute = async () => {
  const b = await loadBriefing();
  return new Response(toCsv(trackerTable(b, trackerRows(b))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
