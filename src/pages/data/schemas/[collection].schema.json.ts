import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchema } from '../../../lib/briefing/data-files.ts';
import { COLLECTIONS } from '../../../lib/briefing/collections/index.ts';
import type { CollectionName } from '../../../schemas/index.ts';

export const getStaticPaths = (() =>
  COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(jsonSchema(params.collection as CollectionName), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
