import type { APIRoute } from 'astro';
import { loadBriefing } from '../../lib/briefing/load.ts';
import { sourceLibraryFiles } from '../../lib/citations/sources.ts';

export const GET: APIRoute = async () =>
  new Response(sourceLibraryFiles(await loadBriefing())['sources.csl.json'], {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
