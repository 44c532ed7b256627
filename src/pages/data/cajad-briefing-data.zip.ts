import type { APIRoute } from 'astro';
import { loadBriefing } from '../../lib/briefing/load.ts';
import { dataTables } from '../../lib/briefing/data-tables.ts';
import { dataFiles, dataZip } from '../../lib/briefing/data-files.ts';
import { extraDataFiles } from '../../lib/citations/data-files.ts';

export const GET: APIRoute = async () => {
  const briefing = await loadBriefing();
  const zip = dataZip({ ...dataFiles(dataTables(briefing), briefing.site), ...extraDataFiles(briefing) });
  return new Response(zip as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/zip' } });
};
