import type { APIRoute } from 'astro';
import { toJson } from '../../lib/briefing/data-files.ts';
import { loadBriefing } from '../../lib/briefing/load.ts';
import { trackerRows, trackerTable } from '../../lib/tracker/tracker.ts';

export const GET: APIRoute = async () => {
  const b = await loadBriefing();
  return new Response(toJson(trackerTable(b, trackerRows(b)), b.site), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
