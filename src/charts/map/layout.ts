// The map: Natural Earth country shapes projected with d3-geo at build time, each participant in a colour of its own
// and named, their capitals, the summit city, and each route an initiative traces. Labels are placed greedily,
// most important first: beside their point if there is room, else further out with a leader line back to it; a
// label with no free place at all is left out of the drawing (the table lists every place, the legend every country).
import { geoArea, geoCentroid, geoConicEqualArea, geoContains, geoPath, type GeoProjection } from 'd3';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { ChartError } from '../shared/view.ts';
import { type MapView } from './view.ts';
import type { ContentProblem } from '../../lib/errors.ts';
import { FONT } from '../shared/frame.ts';
import { boxesOverlap, segmentHitsBox, segmentsMeet, type Box, type Point } from '../shared/geometry.ts';
import type { ColourRole } from '../shared/palette.ts';
import { layoutLegend, type LegendLayout } from '../shared/legend.ts';
import { round } from '../shared/svg.ts';
import { textWidth } from '../shared/text.ts';

export const PAD = 8;

/** Country shapes by ISO 3166-1 numeric code ("398"), as in world-atlas. */
export type Shapes = ReadonlyMap<string, Feature<Geometry>>;

export type MapLegendKey = `country:${string}` | 'capital' | 'summit' | 'land' | 'sea';

export interface PlaceLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  kind: 'summit' | 'capital' | 'waypoint' | 'country';
  /** From the point out to a label placed away from it. */
  leader?: Point[] | undefined;
}

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

/** How far out from its point a label may go, with a leader line, when there is no room beside it. */
const RINGS = [16, 28, 42, 58, 76, 96, 120, 150];
/** Directions tried on each ring, from the right, clockwise (screen y runs down). */
const DIRECTIONS = Array.from({ length: 36 }, (_, i) => (i * Math.PI) / 18);

/** A label the map wants: its text, its point, the point's radius, and how it is set. */
export interface WantedLabel {
  text: string;
  x: number;
  y: number;
  r: number;
  kind: PlaceLabel['kind'];
}

/** Type size and weight of a kind of label. */
export function labelFont(kind: PlaceLabel['kind']): { size: number; bold: boolean } {
  return { size: kind === 'summit' ? FONT.label : FONT.small, bold: kind === 'summit' || kind === 'country' };
}

/**
 * Places labels in order of importance: at the first free spot beside their point, else on rings further out with a
 * leader line that crosses no other label, point or leader; inside `bounds`. A country's name goes only on or
 * beside its point, never away on a leader, where it could be read as another place's (the legend names it anyway).
 */
export function placeLabels(wanted: WantedLabel[], obstacles: Box[], bounds: Box): PlaceLabel[] {
  const inOrder = placeInOrder(
    wanted.map((w): Step => [w, true]),
    obstacles,
    bounds,
  );
  // Where points crowd (a phone's western route stops among the capitals), a capital moved out on a leader can
  // take the only room the stops had. Then try again: summit and capitals beside their points first, then the
  // route's stops, then the rest; and keep that when it names as many capitals and more places in all.
  const main = (w: WantedLabel) => w.kind === 'summit' || w.kind === 'capital';
  const stopsFirst = placeInOrder(
    [
      ...wanted.filter(main).map((w): Step => [w, false]),
      ...wanted.filter((w) => w.kind === 'waypoint').map((w): Step => [w, true]),
      ...wanted.filter((w) => w.kind !== 'waypoint').map((w): Step => [w, true]),
    ],
    obstacles,
    bounds,
  );
  const mainCount = (labels: Map<WantedLabel, PlaceLabel>) => [...labels.keys()].filter(main).length;
  const best = mainCount(stopsFirst) >= mainCount(inOrder) && stopsFirst.size > inOrder.size ? stopsFirst : inOrder;
  return wanted.flatMap((w) => best.get(w) ?? []);
}

/** One step of a placement: a label, and whether it may go out on a leader when there is no room beside its point. */
type Step = [WantedLabel, boolean];

/** Places labels in the steps' order (a label already placed is skipped), greedily, as placeLabels describes. */
function placeInOrder(steps: Step[], obstacles: Box[], bounds: Box): Map<WantedLabel, PlaceLabel> {
  const placed: Box[] = [...obstacles];
  const labelBoxes: Box[] = [];
  const leaders: [Point, Point][] = [];
  const out = new Map<WantedLabel, PlaceLabel>();
  const spotsOf = (w: WantedLabel, far: boolean): [number, number, PlaceLabel['anchor'], boolean][] => {
    const { size } = labelFont(w.kind);
    const g = w.r + 3;
    if (far)
      return w.kind === 'country'
        ? []
        : RINGS.flatMap((d) =>
            DIRECTIONS.map((a): [number, number, PlaceLabel['anchor'], boolean] => {
              const [cx, cy] = [Math.cos(a), Math.sin(a)];
              const anchor = cx > 0.3 ? 'start' : cx < -0.3 ? 'end' : 'middle';
              // The label's near edge sits on the ring; its baseline sits a third of the size below its middle.
              const dy = cy * d + size / 3 + (anchor === 'middle' ? (cy > 0 ? size / 2 : -size / 2) : 0);
              return [cx * d, dy, anchor, true];
            }),
          );
    const near: [number, number, PlaceLabel['anchor']][] =
      w.r === 0
        ? [
            [0, size / 3, 'middle'],
            [0, -size / 2, 'middle'],
            [0, size + 2, 'middle'],
            [g, 4, 'start'],
            [-g, 4, 'end'],
          ]
        : [
            [g, 4, 'start'],
            [-g, 4, 'end'],
            [0, -g - 2, 'middle'],
            [0, g + 11, 'middle'],
            [g, -g, 'start'],
            [g, g + 8, 'start'],
            [-g, -g, 'end'],
            [-g, g + 8, 'end'],
          ];
    return near.map(([dx, dy, anchor]) => [dx, dy, anchor, false]);
  };
  const place = (w: WantedLabel, far: boolean): void => {
    const { size, bold } = labelFont(w.kind);
    const tw = textWidth(w.text, size, bold);
    for (const [dx, dy, anchor, withLeader] of spotsOf(w, far)) {
      const x = w.x + dx;
      const y = w.y + dy;
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - tw : x - tw / 2;
      const box = { x0: x0 - 2, y0: y - size + 1, x1: x0 + tw + 2, y1: y + 3 };
      if (box.x0 < bounds.x0 || box.x1 > bounds.x1 || box.y0 < bounds.y0 || box.y1 > bounds.y1) continue;
      if (placed.some((p) => boxesOverlap(p, box))) continue;
      let leader: [Point, Point] | undefined;
      if (withLeader) {
        // From the rim of the point to the nearest point of the label's box.
        const to: Point = [Math.min(Math.max(w.x, box.x0), box.x1), Math.min(Math.max(w.y, box.y0), box.y1)];
        const len = Math.hypot(to[0] - w.x, to[1] - w.y);
        const from: Point = [w.x + ((to[0] - w.x) / len) * (w.r + 2), w.y + ((to[1] - w.y) / len) * (w.r + 2)];
        leader = [from, to];
        // A leader crosses no label; nor any point, except those crowding its own (stops a few units apart on a
        // phone), which every leader out of the crowd must pass.
        const crowding = (p: Box) => Math.hypot((p.x0 + p.x1) / 2 - w.x, (p.y0 + p.y1) / 2 - w.y) < 14;
        if (labelBoxes.some((p) => segmentHitsBox(from, to, p))) continue;
        if (obstacles.some((p) => !crowding(p) && segmentHitsBox(from, to, p))) continue;
        if (leaders.some(([a, b]) => segmentsMeet(a, b, from, to))) continue;
        leaders.push(leader);
      }
      placed.push(box);
      labelBoxes.push(box);
      out.set(w, {
        text: w.text,
        x: round(x),
        y: round(y),
        anchor,
        kind: w.kind,
        leader: leader?.map(([px, py]): Point => [round(px), round(py)]),
      });
      return;
    }
  };
  for (const [w, far] of steps) {
    if (out.has(w)) continue;
    place(w, false);
    if (far && !out.has(w)) place(w, true);
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
      d: path(shape) ?? '',
      role: COUNTRY_ROLES[i % COUNTRY_ROLES.length]!,
    })),
    capitals,
    summit,
    routes,
    labels,
  };
}
