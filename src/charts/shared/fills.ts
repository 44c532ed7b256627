// How a mark is filled. Each category gets a colour AND a fill style (solid, hatched, dotted, outlined…), so two
// categories never differ by colour alone and a black-and-white print still tells them apart.
import { paint, type ColourRole } from './palette.ts';
import { h, type Attr, type SvgNode } from './svg.ts';

export const FILL_KINDS = ['solid', 'hatch', 'cross', 'dots', 'outline', 'dashed'] as const;
export type FillKind = (typeof FILL_KINDS)[number];

/** A fill: its kind and colour. */
export interface Fill {
  kind: FillKind;
  role: ColourRole;
}

const patternId = (uid: string, fill: Fill) => `${uid}-${fill.kind}-${fill.role}`;

/** The <pattern> a fill needs, if any; ids are prefixed with the chart's uid so charts on one page never clash. */
export function fillDef(uid: string, fill: Fill): SvgNode | undefined {
  const stroke = `stroke:${paint(fill.role)}`;
  const base = { id: patternId(uid, fill), patternUnits: 'userSpaceOnUse' };
  switch (fill.kind) {
    case 'hatch':
      return h(
        'pattern',
        { ...base, width: 6, height: 6, patternTransform: 'rotate(45)' },
        h('line', { x1: 0, y1: 0, x2: 0, y2: 6, 'stroke-width': 2.4, style: stroke }),
      );
    case 'cross':
      return h(
        'pattern',
        { ...base, width: 6, height: 6, patternTransform: 'rotate(45)' },
        h('line', { x1: 0, y1: 0, x2: 0, y2: 6, 'stroke-width': 1.6, style: stroke }),
        h('line', { x1: 0, y1: 0, x2: 6, y2: 0, 'stroke-width': 1.6, style: stroke }),
      );
    case 'dots':
      return h(
        'pattern',
        { ...base, width: 5, height: 5 },
        h('circle', { cx: 2.5, cy: 2.5, r: 1.4, style: `fill:${paint(fill.role)}` }),
      );
    default:
      return undefined;
  }
}

/** The patterns a set of fills needs, each once, in a stable order. */
export function fillDefs(uid: string, fills: readonly Fill[]): SvgNode[] {
  const seen = new Set<string>();
  const out: SvgNode[] = [];
  for (const fill of fills) {
    const def = fillDef(uid, fill);
    if (def && !seen.has(def.attrs.id as string)) {
      seen.add(def.attrs.id as string);
      out.push(def);
    }
  }
  return out;
}

/** Attributes that paint a shape with a fill: colour, pattern, and an outline that keeps its edge visible. */
export function fillAttrs(uid: string, fill: Fill): Record<string, Attr> {
  const colour = paint(fill.role);
  switch (fill.kind) {
    case 'solid':
      return { style: `fill:${colour};stroke:${colour}`, 'stroke-width': 1 };
    case 'hatch':
    case 'cross':
    case 'dots':
      return { style: `fill:url(#${patternId(uid, fill)});stroke:${colour}`, 'stroke-width': 1.5 };
    case 'outline':
      return { style: `fill:none;stroke:${colour}`, 'stroke-width': 2 };
    case 'dashed':
      return { style: `fill:none;stroke:${colour}`, 'stroke-width': 2, 'stroke-dasharray': '5 3' };
  }
}
