import type { APIRoute } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json' with { type: 'json' };
import { loadBriefing } from '../lib/briefing/load.ts';
import { socialCardSvg } from '../lib/social-card.ts';

// The preview image every page's Open Graph tags name, drawn at build time from the participants in the content.
export const GET: APIRoute = async () => {
  const briefing = await loadBriefing();
  const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
  const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const highlight = new Set(
    briefing
      .all('countries')
      .flatMap((c) => (c.data.role === 'participant' && c.data.isoNumeric ? [c.data.isoNumeric] : [])),
  );
  const png = new Resvg(socialCardSvg(world, highlight)).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
