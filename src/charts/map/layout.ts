// The map: Natural Earth country shapes projected with d3-geo at build time, each participant in a colour of its own
// and named, their capitals, the summit city, and each route an initiative traces. Labels are placed greedily,
// most important first: beside their point if there is room, else further out with a leader line back to it; a
// label with no free place at all is left out of the drawing (the table lists every place, the legend every country).
import { geoArea, geoCentroid, geoConicEqualArea, geoContains, geoPath, type GeoProjection } from 'd3';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { ChartError } from '../shared/view.ts';
import { type MapView } from './view.ts';
import type { ContentProblem } from '../../lib/errors.ts';
import type { ColourRole } from '../shared/palette.ts';
import { layoutLegend, type LegendLayout } from '../shared/legend.ts';
import { labelFont, placeLabels, type PlaceLabel, type WantedLabel } from './labels.ts';

export { labelFont, placeLabels, type PlaceLabel, type WantedLabel };

export const PAD = 8;

/** Country shapes by ISO 3166-1 numeric code ("398"), as in world-atlas. */
export type Shapes = ReadonlyMap<string, Feature<Geometry>>;

/**
 * The world's country shapes to draw, with every point dropped whose triangle with its neighbours is under
 * `minArea` square degrees (Visvalingam's measure): detail finer than the drawing can show is left out.
 */
export type World = (minArea: number) => readonly Feature<Geometry>[];

/** Detail kept: a point stays if its triangle with its neighbours covers at least this many square pixels. */
export const MIN_AREA_PX = 1;

export type MapLegendKey = `country:${string}` | 'capital' | 'summit' | 'land' | 'sea';

/** The participants' colours, in their order. */
export const COUNTRY_ROLES = [1, 2, 3, 4, 5, 6].map((i) => `country-${i}` as ColourRole);

export interface MapLayout {
  width: number;
  height: number;
  legend: LegendLayout<MapLegendKey>;
  /** The map's frame (below the legend). */
  frame: { x: number; y: number; width: number; height: number };
  /** Every country shape that reaches into the frame, as SVG path data. */
  land: string[];
  participants: { id: string; name: string; d: string; role: ColourRole }[];
  capitals: { x: number; y: number; tooltip: string }[];
  summit?: { x: number; y: number; tooltip: string } | undefined;
  routes: {
    title: string;
    segments: { d: string; via: 'land' | 'sea' }[];
    stops: { x: number; y: number; tooltip: string }[];
  }[];
  labels: PlaceLabel[];
}

/** The largest polygon of a shape: a country's mainland, where a label or a route's stop belongs. */
function mainland(shape: Feature<Geometry>): Feature<Geometry> {
  if (shape.geometry.type !== 'MultiPolygon') return shape;
  const parts = shape.geometry.coordinates.map((coordinates): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates },
  }));
  return parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/** Where a waypoint is: its coordinates, or the centre of its country's mainland. */
export function waypointCoords(
  w: MapView['routes'][number]['waypoints'][number],
  shapes: Shapes,
): [number, number] | undefined {
  if (w.coords) return w.coords;
  const shape = w.isoNumeric ? shapes.get(w.isoNumeric) : undefined;
  return shape ? (geoCentroid(mainland(shape)) as [number, number]) : undefined;
}

/** Every problem that keeps the map from being drawn truthfully: a participant without a shape, an unknown code. */
export function mapProblems(view: MapView, shapes: Shapes): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const c of view.countries) {
    if (c.isoNumeric === undefined) {
      problems.push({
        collection: 'countries',
        id: c.id,
        file: c.file,
        field: 'isoNumeric',
        message: `${c.name} has no ISO numeric code, so its shape cannot be found`,
        hint: 'add isoNumeric: the three-digit ISO 3166-1 code, e.g. "398" for Kazakhstan.',
      });
    } else if (!shapes.has(c.isoNumeric)) {
      problems.push({
        collection: 'countries',
        id: c.id,
        file: c.file,
        field: 'isoNumeric',
        message: `no country with ISO numeric code "${c.isoNumeric}" in Natural Earth`,
        hint: 'check the code against ISO 3166-1 (e.g. "398" for Kazakhstan).',
      });
    }
  }
  for (const r of view.routes) {
    r.waypoints.forEach((w, i) => {
      const at = { collection: 'initiatives' as const, id: r.initiative.id, file: r.file };
      if (w.isoNumeric !== undefined && !shapes.has(w.isoNumeric)) {
        problems.push({
          ...at,
          field: `route.waypoints.${i}.isoNumeric`,
          message: `no country with ISO numeric code "${w.isoNumeric}" in Natural Earth (waypoint "${w.name}")`,
          hint: 'check the code against ISO 3166-1, or give coords: [longitude, latitude] instead.',
        });
        return;
      }
      const point = waypointCoords(w, shapes);
      const shape = w.isoNumeric ? shapes.get(w.isoNumeric) : undefined;
      // A country's stop is drawn at its mainland's centre, which must lie inside that country.
      if (shape && point && !geoContains(shape, point)) {
        problems.push({
          ...at,
          field: `route.waypoints.${i}.isoNumeric`,
          message: `the centre of ${w.name}'s shape falls outside the country, so its stop cannot be drawn there`,
          hint: 'give coords: [longitude, latitude] of a place in the country instead of isoNumeric.',
        });
      }
    });
  }
  return problems;
}

function check(view: MapView, shapes: Shapes): void {
  const problems = mapProblems(view, shapes);
  if (problems.length) throw new ChartError(view.id, problems);
}

/** Lays out the map at `width` from the view and Natural Earth's shapes. */
export function layoutMap(view: MapView, width: number, shapes: Shapes, world: World): MapLayout {
  check(view, shapes);
  const legend = layoutLegend<MapLegendKey>(
    [
      ...view.countries.map((c) => ({ key: `country:${c.id}` as const, label: c.name })),
      { key: 'capital', label: 'capital' },
      ...(view.summit ? [{ key: 'summit' as const, label: 'summit city' }] : []),
      ...(view.routes.length ? [{ key: 'land' as const, label: 'route overland' }] : []),
      ...(view.routes.some((r) => r.waypoints.some((w) => w.via === 'sea'))
        ? [{ key: 'sea' as const, label: 'by sea' }]
        : []),
    ],
    PAD,
    PAD,
    width - 2 * PAD,
  );
  const top = PAD + legend.height + 4;
  const participants = view.countries.map((c) => ({ c, shape: shapes.get(c.isoNumeric!)! }));
  const stops = view.routes.map((r) => r.waypoints.map((w) => waypointCoords(w, shapes)!));
  const focus: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...participants.map((p) => p.shape),
      ...stops.map((s): Feature => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'MultiPoint', coordinates: s },
      })),
    ],
  };
  // An equal-area conic centred on the region: areas are true, so no country looks bigger than it is.
  const frameWidth = width - 2 * PAD;
  const margin = Math.round(frameWidth * 0.06);
  const projection: GeoProjection = geoConicEqualArea().parallels([30, 50]).rotate([-85, 0]);
  projection.fitWidth(frameWidth - 2 * margin, focus);
  const [[, y0], [, y1]] = geoPath(projection).bounds(focus);
  // On a phone the region is small: a taller frame leaves room above and below it for labels and their leaders.
  const frameHeight = Math.max(Math.ceil(y1 - y0 + 2 * margin), width < 480 ? Math.round(frameWidth * 0.8) : 0);
  projection.fitExtent(
    [
      [PAD + margin, top + margin],
      [PAD + frameWidth - margin, top + frameHeight - margin],
    ],
    focus,
  );
  projection.clipExtent([
    [PAD, top],
    [PAD + frameWidth, top + frameHeight],
  ]);
  const path = geoPath(projection).digits(1);
  const at = (coords: [number, number]) => projection(coords)!;

  // How many square degrees a pixel covers at the frame's centre, which sets how much detail to keep.
  const cx = PAD + frameWidth / 2;
  const cy = top + frameHeight / 2;
  const [lon0, lat0] = projection.invert!([cx, cy])!;
  const [lon1, lat1] = projection.invert!([cx + 1, cy + 1])!;
  const drawn = world(MIN_AREA_PX * Math.abs((lon1 - lon0) * (lat1 - lat0)));
  const drawnShapes: Shapes = new Map(drawn.map((f) => [String(f.id), f]));
  const land = drawn.map((f) => path(f)).filter((d): d is string => !!d);
  const capitals = view.countries
    .filter((c) => c.capital && !(view.summit && c.capital.name === view.summit.city))
    .map((c) => {
      const [x, y] = at(c.capital!.coords);
      return { x, y, name: c.capital!.name, tooltip: `${c.capital!.name}, capital of ${c.name}` };
    });
  const summit =
    view.summit &&
    (() => {
      const [x, y] = at(view.summit!.coords);
      return { x, y, tooltip: `${view.summit!.city}: ${view.summit!.event.title}, ${view.summit!.date}` };
    })();
  const routes = view.routes.map((r, ri) => {
    const points = stops[ri]!;
    const segments = points.slice(1).map((p, i) => ({
      d: path({ type: 'LineString', coordinates: [points[i]!, p] }) ?? '',
      via: r.waypoints[i + 1]!.via,
    }));
    return {
      title: r.initiative.title,
      segments,
      stops: points.map((p, i) => {
        const [x, y] = at(p);
        return { x, y, tooltip: `${r.waypoints[i]!.name}: stop ${i + 1} on the ${r.initiative.title}` };
      }),
    };
  });

  const bounds = { x0: PAD + 2, y0: top + 2, x1: PAD + frameWidth - 2, y1: top + frameHeight - 2 };
  const points = [...capitals, ...routes.flatMap((r) => r.stops)];
  const obstacles = [
    ...points.map((p) => ({ x0: p.x - 5, y0: p.y - 5, x1: p.x + 5, y1: p.y + 5 })),
    ...(summit ? [{ x0: summit.x - 8, y0: summit.y - 8, x1: summit.x + 8, y1: summit.y + 8 }] : []),
  ];
  const countryLabel = (c: (typeof participants)[number]): WantedLabel => {
    const [x, y] = at(geoCentroid(mainland(c.shape)) as [number, number]);
    return { text: c.c.name, x, y, r: 0, kind: 'country' };
  };
  // A route stop that is a participant is named once, by the country's own label, placed with the stops.
  const isCountry = (name: string) => participants.some((p) => p.c.name === name);
  const stopNames = new Set(view.routes.flatMap((r) => r.waypoints.map((w) => w.name)));
  const labels = placeLabels(
    [
      ...(summit && view.summit
        ? [{ text: `${view.summit.city}: the summit`, x: summit.x, y: summit.y, r: 7, kind: 'summit' as const }]
        : []),
      ...capitals.map((c) => ({ text: c.name, x: c.x, y: c.y, r: 3.5, kind: 'capital' as const })),
      ...view.routes.flatMap((r, ri) =>
        r.waypoints
          .map((w, i) => ({ w, stop: routes[ri]!.stops[i]! }))
          .map(({ w, stop }) => ({
            text: w.name,
            x: stop.x,
            y: stop.y,
            r: 3,
            kind: isCountry(w.name) ? ('country' as const) : ('waypoint' as const),
          })),
      ),
      ...participants.filter((p) => !stopNames.has(p.c.name)).map(countryLabel),
    ],
    obstacles,
    bounds,
  );
  return {
    width,
    height: top + frameHeight + PAD,
    legend,
    frame: { x: PAD, y: top, width: frameWidth, height: frameHeight },
    land,
    participants: participants.map(({ c, shape }, i) => ({
      id: c.id,
      name: c.name,
      d: path(drawnShapes.get(c.isoNumeric!) ?? shape) ?? '',
      role: COUNTRY_ROLES[i % COUNTRY_ROLES.length]!,
    })),
    capitals,
    summit,
    routes,
    labels,
  };
}
