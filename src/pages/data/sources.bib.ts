import type { APIRoute } from 'astro';
import { loadBriefing } from '../../lib/briefing/load.ts';
import { sourceLibraryFiles } from '../../lib/citations/sources.ts';

export const GET: APIRoute = async () =>
  new Response(sourceLibraryFiles(await loadBriefing())['sources.bib'], {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
