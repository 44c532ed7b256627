import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { Briefing } from '../../lib/briefing/briefing.ts';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { readContent } from '../../lib/briefing/read-content.ts';
import { SiteSchema } from '../../schemas/site.ts';
import { mapView, type MapView } from './view.ts';
import { NATURAL_EARTH, WORLD } from './chart.ts';
import { labelFont, layoutMap, placeLabels, waypointCoords, type MapLayout } from './layout.ts';
import { textWidth } from '../shared/text.ts';

/** A label's box, as placeLabels measures it. */
function box(l: MapLayout['labels'][number]) {
  const { size, bold } = labelFont(l.kind);
  const w = textWidth(l.text, size, bold);
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { x0, x1: x0 + w, y0: l.y - size + 2, y1: l.y + 2 };
}

const view = mapView(chartBriefing());

describe('layoutMap()', () => {
  it('outlines every participant, marks each capital and the summit city, and draws the route leg by leg', () => {
    const layout = layoutMap(view, 720, NATURAL_EARTH, WORLD);
    expect(layout.participants.map((p) => p.name)).toEqual(['Japan', 'Kazakhstan', 'Kyrgyzstan', 'Uzbekistan']);
    for (const p of layout.participants) expect(p.d.length).toBeGreaterThan(20);
    expect(layout.capitals.map((c) => c.tooltip)).toEqual([
      'Astana, capital of Kazakhstan',
      'Bishkek, capital of Kyrgyzstan',
      'Tashkent, capital of Uzbekistan',
    ]);
    expect(layout.summit?.tooltip).toBe('Tokyo: First summit, 19–20 December 2025');
    expect(layout.routes[0]!.segments.map((s) => s.via)).toEqual(['land', 'land', 'sea', 'land']);
  });

  it('tells the participants apart: a colour of its own for each, and each named in the legend', () => {
    const layout = layoutMap(view, 720, NATURAL_EARTH, WORLD);
    const roles = layout.participants.map((p) => p.role);
    expect(new Set(roles).size).toBe(roles.length);
    expect(layout.legend.entries.filter((e) => e.key.startsWith('country:')).map((e) => e.label)).toEqual(
      layout.participants.map((p) => p.name),
    );
  });

  it('names the summit city and every capital at both widths, and every stop of the route on wide screens', () => {
    for (const width of [300, 720]) {
      const layout = layoutMap(view, width, NATURAL_EARTH, WORLD);
      const texts = layout.labels.map((l) => l.text);
      expect(texts, `${width}`).toContain('Tokyo: the summit');
      for (const c of view.countries.filter((c) => c.capital && c.capital.name !== 'Tokyo'))
        expect(texts, `${width}`).toContain(c.capital!.name);
    }
    const wide = layoutMap(view, 720, NATURAL_EARTH, WORLD).labels.map((l) => l.text);
    for (const w of view.routes[0]!.waypoints) expect(wide).toContain(w.name);
  });

  it('sets no label on another label or on a point other than its own, at both widths', () => {
    for (const width of [300, 720]) {
      const layout = layoutMap(view, width, NATURAL_EARTH, WORLD);
      const boxes = layout.labels.map(box);
      const hit = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
        a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
      boxes.forEach((a, i) =>
        boxes
          .slice(i + 1)
          .forEach((b, j) =>
            expect(hit(a, b), `${layout.labels[i]!.text} / ${layout.labels[i + 1 + j]!.text}`).toBe(false),
          ),
      );
      const points = [...layout.capitals, ...layout.routes.flatMap((r) => r.stops)];
      for (const [i, l] of layout.labels.entries()) {
        for (const p of points) {
          const own =
            Math.hypot(p.x - l.x, p.y - l.y) < 1 ||
            p.tooltip.startsWith(`${l.text},`) ||
            p.tooltip.startsWith(`${l.text}:`);
          if (!own)
            expect(
              hit(boxes[i]!, { x0: p.x - 3, x1: p.x + 3, y0: p.y - 3, y1: p.y + 3 }),
              `${width}: ${l.text} on ${p.tooltip}`,
            ).toBe(false);
        }
      }
    }
  });

  it('leaves out detail finer than a pixel, less at the wider size, and still outlines every participant', () => {
    const points = (layout: MapLayout) =>
      [...layout.land, ...layout.participants.map((p) => p.d)].join('').split(/[LM]/).length;
    const asked: number[] = [];
    const full = (minArea: number) => (asked.push(minArea), [...NATURAL_EARTH.values()]);
    const kept: number[] = [];
    for (const width of [300, 720]) {
      const simplified = layoutMap(view, width, NATURAL_EARTH, WORLD);
      const unsimplified = layoutMap(view, width, NATURAL_EARTH, full);
      kept.push(points(simplified) / points(unsimplified));
      for (const p of simplified.participants) expect(p.d, `${width}: ${p.name}`).toMatch(/^M[^Z]+(L[^Z]+){10,}Z/);
    }
    // The narrow map covers the same region with fewer pixels: each pixel spans more of the Earth, and less of
    // Natural Earth's detail shows.
    expect(asked[0]).toBeGreaterThan(asked[1]! * 4);
    expect(kept[0]).toBeLessThan(0.85);
    expect(kept[0]).toBeLessThan(kept[1]!);
    expect(kept[1]).toBeLessThan(1);
    expect(kept[0]).toBeGreaterThan(0.3);
  });

  it('puts Japan east of Central Asia and the summit city inside the frame', () => {
    const layout = layoutMap(view, 720, NATURAL_EARTH, WORLD);
    const { frame, summit, capitals } = layout;
    expect(summit!.x).toBeGreaterThan(Math.max(...capitals.map((c) => c.x)));
    expect(summit!.x).toBeLessThan(frame.x + frame.width);
    expect(summit!.y).toBeGreaterThan(frame.y);
  });

  it('keeps every label inside the frame and clear of the others, at both widths', () => {
    for (const width of [300, 720]) {
      const { labels, frame } = layoutMap(view, width, NATURAL_EARTH, WORLD);
      expect(labels.length).toBeGreaterThan(0);
      for (const l of labels) {
        expect(l.y).toBeGreaterThan(frame.y);
        expect(l.y).toBeLessThan(frame.y + frame.height);
      }
    }
  });

  it('draws a country waypoint at the centre of its shape, a place at its coordinates', () => {
    const [china, , aktau] = view.routes[0]!.waypoints;
    const [lon, lat] = waypointCoords(china!, NATURAL_EARTH)!;
    expect(lon).toBeGreaterThan(90);
    expect(lon).toBeLessThan(115);
    expect(lat).toBeGreaterThan(30);
    expect(waypointCoords(aktau!, NATURAL_EARTH)).toEqual([51.17, 43.65]);
  });

  it('fails for a country code Natural Earth does not know, naming the entry and the field', () => {
    const bad: MapView = {
      ...view,
      routes: [
        {
          ...view.routes[0]!,
          waypoints: view.routes[0]!.waypoints.map((w, i) => (i === 1 ? { ...w, isoNumeric: '999' } : w)),
        },
      ],
    };
    expect(() => layoutMap(bad, 720, NATURAL_EARTH, WORLD)).toThrowErrorMatchingInlineSnapshot(`
      [ChartError: The briefing's content has 1 problem.

      **initiatives → corridor** (content/initiatives/corridor.mdx) has a problem:
        - **route.waypoints.1.isoNumeric**: chart "map": no country with ISO numeric code "999" in Natural Earth (waypoint "Kazakhstan")
          Fix: check the code against ISO 3166-1, or give coords: [longitude, latitude] instead.]
    `);
  });

  it('fails for a participant without a code', () => {
    const bad: MapView = {
      ...view,
      countries: view.countries.map((c, i) => (i === 2 ? { ...c, isoNumeric: undefined } : c)),
    };
    expect(() => layoutMap(bad, 720, NATURAL_EARTH, WORLD)).toThrow(
      /\*\*isoNumeric\*\*: chart "map": Kyrgyzstan has no ISO numeric code/,
    );
  });
});

describe('the site’s own map', () => {
  const site = new Briefing(
    readContent('content').raw,
    SiteSchema.parse(yaml.load(readFileSync('content/site.yaml', 'utf8'))),
  );
  const own = mapView(site);
  const unnamed = (width: number) => {
    const texts = layoutMap(own, width, NATURAL_EARTH, WORLD).labels.map((l) => l.text);
    const places = [
      ...own.countries.flatMap((c) => (c.capital && c.capital.name !== own.summit?.city ? [c.capital.name] : [])),
      // A stop that is a participant (Kazakhstan) is named by the country's label where it fits, else the legend.
      ...own.routes
        .flatMap((r) => r.waypoints.map((w) => w.name))
        .filter((n) => !own.countries.some((c) => c.name === n)),
    ];
    return places.filter((p) => !texts.includes(p));
  };

  it('names every capital and every stop of the route on wide screens', () => {
    expect(unnamed(720)).toEqual([]);
  });

  it('names every capital and all but one of the western stops on a phone, where they crowd the capitals', () => {
    // Placed most important first, Tashkent's label took the room above the Caspian stops and three went unnamed;
    // now the stops are placed before any capital moves out on a leader. Azerbaijan finds no free spot within
    // reach that no other label or leader blocks: the table names it.
    expect(unnamed(300)).toEqual(['Azerbaijan']);
  });
});

describe('placeLabels()', () => {
  const bounds = { x0: 0, y0: 0, x1: 200, y1: 100 };
  it('moves a label to the next free spot around its point', () => {
    const [a, b] = placeLabels(
      [
        { text: 'Tashkent', x: 100, y: 50, r: 3, kind: 'capital' },
        { text: 'Bishkek', x: 104, y: 50, r: 3, kind: 'capital' },
      ],
      [],
      bounds,
    );
    expect(a!.anchor).toBe('start');
    expect(b!.anchor).not.toBe('start');
  });
  it('leaves out a label with no room, rather than overlap or clip it', () => {
    expect(
      placeLabels([{ text: 'A very long name for a tiny map', x: 100, y: 50, r: 3, kind: 'capital' }], [], {
        x0: 90,
        y0: 40,
        x1: 110,
        y1: 60,
      }),
    ).toEqual([]);
  });
});
