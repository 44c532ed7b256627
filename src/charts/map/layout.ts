// The map: Natural Earth country shapes projected with d3-geo at build time, the participants highlighted, their
// capitals, the summit city, and each route an initiative traces. Labels are placed greedily around their points,
// most important first; a label with no free place is left out of the drawing (the table lists every place).
import { geoCentroid, geoConicEqualArea, geoPath, type GeoProjection } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { ChartError } from '../shared/view.ts';
import { type MapView } from './view.ts';
import type { ContentProblem } from '../../lib/errors.ts';
import { FONT } from '../shared/frame.ts';
import { layoutLegend, type LegendLayout } from '../shared/legend.ts';
import { round } from '../shared/svg.ts';
import { textWidth } from '../shared/text.ts';

export const PAD = 8;

/** Country shapes by ISO 3166-1 numeric code ("398"), as in world-atlas. */
export type Shapes = ReadonlyMap<string, Feature<Geometry>>;

export type MapLegendKey = 'participant' | 'capital' | 'summit' | 'land' | 'sea';

export interface PlaceLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  kind: 'summit' | 'capital' | 'waypoint';
}

export interface MapLayout {
  width: number;
  height: number;
  legend: LegendLayout<MapLegendKey>;
  /** The map's frame (below the legend). */
  frame: { x: number; y: number; width: number; height: number };
  /** Every country shape that reaches into the frame, as SVG path data. */
  land: string[];
  participants: { id: string; name: string; d: string }[];
  capitals: { x: number; y: number; tooltip: string }[];
  summit?: { x: number; y: number; tooltip: string } | undefined;
  routes: {
    title: string;
    segments: { d: string; via: 'land' | 'sea' }[];
    stops: { x: number; y: number; tooltip: string }[];
  }[];
  labels: PlaceLabel[];
}

/** Where a waypoint is: its coordinates, or the centre of its country's shape. */
export function waypointCoords(
  w: MapView['routes'][number]['waypoints'][number],
  shapes: Shapes,
): [number, number] | undefined {
  if (w.coords) return w.coords;
  const shape = w.isoNumeric ? shapes.get(w.isoNumeric) : undefined;
  return shape ? (geoCentroid(shape) as [number, number]) : undefined;
}

/** Every problem that keeps the map from being drawn truthfully: a participant without a shape, an unknown code. */
function check(view: MapView, shapes: Shapes): void {
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
      if (w.isoNumeric !== undefined && !shapes.has(w.isoNumeric)) {
        problems.push({
          collection: 'initiatives',
          id: r.initiative.id,
          file: r.file,
          field: `route.waypoints.${i}.isoNumeric`,
          message: `no country with ISO numeric code "${w.isoNumeric}" in Natural Earth (waypoint "${w.name}")`,
          hint: 'check the code against ISO 3166-1, or give coords: [longitude, latitude] instead.',
        });
      }
    });
  }
  if (problems.length) throw new ChartError(view.id, problems);
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Places labels in order of importance at the first free spot around their point, inside `bounds`. */
export function placeLabels(
  wanted: { text: string; x: number; y: number; r: number; kind: PlaceLabel['kind'] }[],
  obstacles: Box[],
  bounds: Box,
): PlaceLabel[] {
  const placed: Box[] = [...obstacles];
  const out: PlaceLabel[] = [];
  for (const w of wanted) {
    const size = w.kind === 'summit' ? FONT.label : FONT.small;
    const tw = textWidth(w.text, size, w.kind === 'summit');
    const g = w.r + 3;
    const spots: [number, number, PlaceLabel['anchor']][] = [
      [g, 4, 'start'],
      [-g, 4, 'end'],
      [0, -g - 2, 'middle'],
      [0, g + 11, 'middle'],
      [g, -g, 'start'],
      [g, g + 8, 'start'],
      [-g, -g, 'end'],
      [-g, g + 8, 'end'],
    ];
    for (const [dx, dy, anchor] of spots) {
      const x = w.x + dx;
      const y = w.y + dy;
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - tw : x - tw / 2;
      const box = { x0: x0 - 2, y0: y - size + 1, x1: x0 + tw + 2, y1: y + 3 };
      if (box.x0 < bounds.x0 || box.x1 > bounds.x1 || box.y0 < bounds.y0 || box.y1 > bounds.y1) continue;
      if (placed.some((p) => overlaps(p, box))) continue;
      placed.push(box);
      out.push({ text: w.text, x: round(x), y: round(y), anchor, kind: w.kind });
      break;
    }
  }
  return out;
}

/** Lays out the map at `width` from the view and Natural Earth's shapes. */
export function layoutMap(
  view: MapView,
  width: number,
  shapes: Shapes,
  world: readonly Feature<Geometry>[],
): MapLayout {
  check(view, shapes);
  const legend = layoutLegend<MapLegendKey>(
    [
      { key: 'participant', label: 'the six participants' },
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
  const frameHeight = Math.ceil(y1 - y0 + 2 * margin);
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

  const land = world.map((f) => path(f)).filter((d): d is string => !!d);
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
  const points = [...capitals, ...(summit ? [summit] : []), ...routes.flatMap((r) => r.stops)];
  const obstacles = points.map((p) => ({ x0: p.x - 4, y0: p.y - 4, x1: p.x + 4, y1: p.y + 4 }));
  const labels = placeLabels(
    [
      ...(summit && view.summit
        ? [{ text: `${view.summit.city}: the summit`, x: summit.x, y: summit.y, r: 7, kind: 'summit' as const }]
        : []),
      ...capitals.map((c) => ({ text: c.name, x: c.x, y: c.y, r: 3.5, kind: 'capital' as const })),
      ...view.routes.flatMap((r, ri) =>
        r.waypoints.map((w, i) => ({
          text: w.name,
          x: routes[ri]!.stops[i]!.x,
          y: routes[ri]!.stops[i]!.y,
          r: 3,
          kind: 'waypoint' as const,
        })),
      ),
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
    participants: participants.map(({ c, shape }) => ({ id: c.id, name: c.name, d: path(shape) ?? '' })),
    capitals,
    summit,
    routes,
    labels,
  };
}
