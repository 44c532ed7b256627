// The map: text, table and drawing around the layout; the country shapes come from Natural Earth via world-atlas.
import { symbol, symbolStar } from 'd3';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { MapView } from './view.ts';
import type { BuiltChart, DataTable } from '../shared/chart.ts';
import { bothFrames, type Frame } from '../shared/frame.ts';
import { drawLegend } from '../shared/legend.ts';
import { pagePaint, paint } from '../shared/palette.ts';
import { compactPath } from '../shared/path.ts';
import { h, type SvgNode } from '../shared/svg.ts';
import {
  labelFont,
  layoutMap,
  waypointCoords,
  type MapLayout,
  type MapLegendKey,
  type PlaceLabel,
  type Shapes,
  type World,
} from './layout.ts';

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const world = feature(topology, topology.objects.countries).features as Feature<Geometry>[];
/** Natural Earth's countries (1:110m: enough detail at these sizes, a seventh of the 1:50m markup) by ISO 3166-1 numeric code. */
export const NATURAL_EARTH: Shapes = new Map(world.map((f) => [String(f.id), f]));

// Each point's weight computed once; a drawing's detail is then a cut at its own scale, kept for the next chart
// at that scale (two widths per map, a few maps per briefing).
const weighted = presimplify(topology);
const simplified = new Map<string, readonly Feature<Geometry>[]>();
/** The world's shapes as a map of this size can show them (see World). */
export const WORLD: World = (minArea) => {
  const key = minArea.toPrecision(2);
  let features = simplified.get(key);
  if (!features) {
    const cut = simplify(weighted, Number(key));
    features = feature(cut, cut.objects.countries).features as Feature<Geometry>[];
    simplified.set(key, features);
  }
  return features;
};

const STAR = symbol(symbolStar, 150)() ?? '';
const halo = (width: number) =>
  `stroke:${paint('halo')};stroke-width:${width};stroke-linejoin:round;paint-order:stroke`;

function star(x: number, y: number, scale = 1): SvgNode {
  return h('path', {
    d: STAR,
    transform: `translate(${x} ${y})${scale === 1 ? '' : ` scale(${scale})`}`,
    'stroke-width': 1.5,
    style: `fill:${pagePaint('text')};stroke:${paint('halo')}`,
  });
}

function swatch(layout: MapLayout, key: MapLegendKey, x: number, y: number): SvgNode[] {
  if (key.startsWith('country:')) {
    const role = layout.participants.find((p) => `country:${p.id}` === key)!.role;
    return [
      h('rect', {
        x,
        y,
        width: 24,
        height: 12,
        style: `fill:${paint(role)};stroke:${pagePaint('text')}`,
        'stroke-width': 0.8,
      }),
    ];
  }
  switch (key) {
    case 'capital':
      return [
        h('circle', {
          cx: x + 12,
          cy: y + 6,
          r: 3.5,
          'stroke-width': 1.5,
          style: `fill:${pagePaint('bg')};stroke:${pagePaint('text')}`,
        }),
      ];
    case 'summit':
      return [star(x + 12, y + 6, 0.8)];
    case 'land':
    case 'sea':
      return [
        h('line', {
          x1: x,
          x2: x + 24,
          y1: y + 6,
          y2: y + 6,
          'stroke-width': 3,
          'stroke-dasharray': key === 'sea' ? '5 3' : undefined,
          style: `stroke:${paint('route')}`,
        }),
      ];
  }
  return [];
}

function label(l: PlaceLabel): SvgNode {
  const { size, bold } = labelFont(l.kind);
  const colour = l.kind === 'waypoint' ? paint('route') : pagePaint('text');
  return h(
    'text',
    {
      x: l.x,
      y: l.y,
      'text-anchor': l.anchor,
      'font-size': size,
      'font-weight': bold ? 700 : undefined,
      'font-style': l.kind === 'waypoint' ? 'italic' : undefined,
      style: `fill:${colour};${halo(3)}`,
    },
    l.text,
  );
}

/** The line from a point out to its label, over a halo so it reads across any fill. */
function leader(l: PlaceLabel): SvgNode[] {
  if (!l.leader) return [];
  const points = l.leader.map(([x, y]) => `${x},${y}`).join(' ');
  return [
    h('polyline', { points, fill: 'none', 'stroke-width': 3, style: `stroke:${paint('halo')}` }),
    h('polyline', {
      class: 'bf-chart__leader',
      points,
      fill: 'none',
      'stroke-width': 1,
      style: `stroke:${pagePaint('text')}`,
    }),
  ];
}

function draw(layout: MapLayout): Frame['body'] {
  const f = layout.frame;
  return [
    drawLegend(layout.legend, (key, x, y) => swatch(layout, key, x, y)),
    h('rect', {
      x: f.x,
      y: f.y,
      width: f.width,
      height: f.height,
      style: `fill:${paint('water')};stroke:${pagePaint('border')}`,
    }),
    h('path', {
      d: layout.land.map(compactPath).join(''),
      'stroke-width': 0.6,
      style: `fill:${paint('land')};stroke:${paint('border')}`,
    }),
    layout.participants.map((p) =>
      h(
        'path',
        { d: compactPath(p.d), 'stroke-width': 0.9, style: `fill:${paint(p.role)};stroke:${pagePaint('text')}` },
        h('title', {}, p.name),
      ),
    ),
    layout.routes.map((r) => {
      // Each segment is drawn twice, its halo under its line: one compact path for both.
      const segments = r.segments.map((s) => ({ ...s, d: compactPath(s.d) }));
      return h(
        'g',
        { fill: 'none', 'stroke-linecap': 'round' },
        h('title', {}, r.title),
        segments.map((s) => h('path', { d: s.d, 'stroke-width': 7, style: `stroke:${paint('halo')}` })),
        segments.map((s) =>
          h('path', {
            d: s.d,
            'stroke-width': 3,
            'stroke-dasharray': s.via === 'sea' ? '6 4' : undefined,
            style: `stroke:${paint('route')}`,
          }),
        ),
        r.stops.map((s) =>
          h(
            'circle',
            { cx: s.x, cy: s.y, r: 3, 'stroke-width': 1.5, style: `fill:${paint('route')};stroke:${paint('halo')}` },
            h('title', {}, s.tooltip),
          ),
        ),
      );
    }),
    layout.capitals.map((c) =>
      h(
        'circle',
        { cx: c.x, cy: c.y, r: 3.5, 'stroke-width': 1.5, style: `fill:${pagePaint('bg')};stroke:${pagePaint('text')}` },
        h('title', {}, c.tooltip),
      ),
    ),
    layout.summit && h('g', {}, h('title', {}, layout.summit.tooltip), star(layout.summit.x, layout.summit.y)),
    h('g', {}, layout.labels.flatMap(leader)),
    h('g', { 'data-pagefind-ignore': true }, layout.labels.map(label)),
  ];
}

/** What the map shows, in sentences written from its data. */
export function describeMap(view: MapView): string {
  const countries = view.countries
    .map((c) => (c.capital ? `${c.name} (capital ${c.capital.name})` : c.name))
    .join(', ');
  const summit = view.summit ? ` The summit met in ${view.summit.city}, ${view.summit.date}.` : '';
  const routes = view.routes.map((r) => {
    const stops = r.waypoints.map((w, i) => (i > 0 && w.via === 'sea' ? `by sea to ${w.name}` : w.name)).join(', ');
    return ` The line traces the ${r.initiative.title} through the places the sources name, in order: ${stops}.`;
  });
  return `A map of the region from Turkey to Japan, with the summit’s participants highlighted: ${countries}.${summit}${routes.join('')}`;
}

const degrees = (n: number) => n.toFixed(2);

function table(view: MapView): DataTable {
  return {
    columns: ['Place', 'What it is', 'Longitude', 'Latitude', 'Sources'],
    rows: [
      ...view.countries.map((c) => ({
        cells: [
          { links: [c] },
          {
            text: c.capital
              ? `Participant; capital ${c.capital.name}${view.summit?.city === c.capital.name ? ', where the summit met' : ''}`
              : 'Participant',
          },
          { text: c.capital ? degrees(c.capital.coords[0]) : '', numeric: true },
          { text: c.capital ? degrees(c.capital.coords[1]) : '', numeric: true },
          {},
        ],
      })),
      ...view.routes.flatMap((r) =>
        r.waypoints.map((w, i) => {
          const at = waypointCoords(w, NATURAL_EARTH);
          const how = i === 0 ? 'start' : w.via === 'sea' ? 'reached by sea' : 'reached overland';
          const where = w.coords ? '' : ' (drawn at the centre of the country)';
          return {
            cells: [
              { text: w.name },
              {
                text: `Stop ${i + 1} on the ${r.initiative.title}, ${how}${where}`,
                links: i === 0 ? [r.initiative] : undefined,
              },
              { text: at ? degrees(at[0]) : '', numeric: true },
              { text: at ? degrees(at[1]) : '', numeric: true },
              { cites: w.cites },
            ],
          };
        }),
      ),
    ],
  };
}

/** The map of the participants, the summit city and the routes. */
export function buildMapChart(view: MapView): BuiltChart {
  const title = view.routes.length
    ? 'Where: the participants, the summit city and the route'
    : 'Where: the participants and the summit city';
  const desc = describeMap(view);
  return {
    id: view.id,
    title,
    caption:
      'Boundaries from Natural Earth (public domain) in an equal-area projection; capitals’ positions are general reference. A route joins the places the sources name, in their order; a country on it is drawn at its centre, so the line shows the order of the places, not the track of the railways.',
    sources: view.sources,
    frames: bothFrames(view.id, title, desc, (width) => {
      const layout = layoutMap(view, width, NATURAL_EARTH, WORLD);
      return { width: layout.width, height: layout.height, defs: [], body: draw(layout) };
    }),
    table: table(view),
  };
}
