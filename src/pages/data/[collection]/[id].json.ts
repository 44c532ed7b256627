import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBriefing } from '../../../lib/briefing/load.ts';
import { entryJson } from '../../../lib/briefing/data-files.ts';
import { ENTRY_PAGE_COLLECTIONS } from '../../../lib/briefing/pages.ts';

export const getStaticPaths = (async () => {
  const briefing = await loadBriefing();
  return ENTRY_PAGE_COLLECTIONS.flatMap((collection) =>
    briefing.all(collection).map((entry) => ({ params: { collection, id: entry.id } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const briefing = await loadBriefing();
  const entry = briefing.get({
    collection: params.collection as (typeof ENTRY_PAGE_COLLECTIONS)[number],
    id: params.id!,
  });
  return new Response(entryJson(briefing, entry), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
