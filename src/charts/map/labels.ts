// Where the map's names go: each label at the first free spot beside its point, else further out on a leader line
// that crosses no other label, point or leader; a label with no free place is left out (the table lists it).
import { FONT } from '../shared/frame.ts';
import { boxesOverlap, segmentHitsBox, segmentsMeet, type Box, type Point } from '../shared/geometry.ts';
import { round } from '../shared/svg.ts';
import { textWidth } from '../shared/text.ts';

export interface PlaceLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  kind: 'summit' | 'capital' | 'waypoint' | 'country';
  /** From the point out to a label placed away from it. */
  leader?: Point[] | undefined;
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
