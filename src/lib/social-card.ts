// The image link previews show (Open Graph): Central Asia and Japan on a plain map, the participants filled in.
// No text, so no font is needed to draw it; the preview's title and description carry the words. Pure.
import { geoMercator, geoPath } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The card as SVG: every country of `world` in the frame, those in `highlight` (ISO numeric codes) filled. */
export function socialCardSvg(world: FeatureCollection<Geometry>, highlight: ReadonlySet<string>): string {
  // Frame: from the Caspian to Japan, as wide as the card allows.
  const frame: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [44, 52],
        [146, 26],
      ],
    },
  };
  const projection = geoMercator().fitExtent(
    [
      [60, 60],
      [CARD_WIDTH - 60, CARD_HEIGHT - 60],
    ],
    frame,
  );
  const path = geoPath(projection);
  const shapes = world.features
    .map((f) => {
      const d = path(f);
      if (!d) return '';
      const on = highlight.has(String(f.id ?? '').padStart(3, '0'));
      return `<path d="${d}" fill="${on ? '#0b57a4' : '#d5dbe1'}" stroke="#ffffff" stroke-width="1"/>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}"><rect width="100%" height="100%" fill="#eef4fb"/>${shapes}<rect y="${CARD_HEIGHT - 16}" width="100%" height="16" fill="#0b57a4"/></svg>`;
}
