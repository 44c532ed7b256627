import type { APIRoute } from 'astro';
import { loadBriefing } from '../lib/briefing/load.ts';
import { settings } from '../settings.ts';
import { atomFeed } from '../lib/editions/feed.ts';
import { editionHistory } from '../lib/editions/load.ts';
import { href } from '../site.ts';

export const GET: APIRoute = async () => {
  const { site: briefingSite } = await loadBriefing();
  const { editions, changes } = editionHistory();
  return new Response(atomFeed(briefingSite, editions, changes, { base: href(''), siteUrl: settings.site }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
