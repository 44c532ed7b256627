// A bar that says how sure its number is: exact (plain), about (a ragged end), more than (an arrow running on past
// the number: the true value is open-ended), up to (a pale bar capped at its maximum). A bar off the scale is
// broken at the axis's end and runs on into an arrow: its length says nothing, its label gives the amount.
import type { Qualifier } from '../../schemas/primitives.ts';
import { fillAttrs, type Fill } from './fills.ts';
import { pagePaint, paint } from './palette.ts';
import { h, round, type SvgNode } from './svg.ts';

export interface Bar {
  x0: number;
  /** Where the number falls. */
  x1: number;
  y: number;
  height: number;
  qualifier: Qualifier;
  /** Length of a "more than" arrow; OPEN_END unless a legend swatch needs a short one. */
  open?: number | undefined;
  /** Off the scale: drawn to `x1` (the axis's end), broken there, then an arrow; BREAK_END units long past `x1`. */
  broken?: boolean | undefined;
}

/** How far a broken bar reaches past the end of its axis: the break, a stub and the arrow head. */
export const BREAK_END = 26;

/**
 * Length of the open-ended arrow of a "more than" bar. It is the same for every bar, and drawn dashed, so that it
 * says "and more" without suggesting how much more; charts keep this much room right of their scale.
 */
export const OPEN_END = 40;

/** Words for each qualifier in legends. */
export const QUALIFIER_LEGEND: Record<Qualifier, string> = {
  exact: 'as reported',
  about: 'about (approximate)',
  'more-than': 'more than (open-ended)',
  'up-to': 'up to (at most)',
};

/** The marks of one qualified bar. */
export function drawBar(bar: Bar, fill: Fill, uid: string): SvgNode[] {
  const { x0, y, height: hgt, qualifier } = bar;
  const x1 = Math.max(bar.x1, x0 + 2);
  const paintAttrs = fillAttrs(uid, fill);
  const stroke = `stroke:${paint(fill.role)}`;
  if (bar.broken) {
    // A slanted gap in the page's colour, edged by two rules, cuts the bar past the axis; a stub and an arrow go on.
    const cut = x1 + 6;
    const mid = y + hgt / 2;
    const [top, foot] = [round(y - 3), round(y + hgt + 3)];
    return [
      h('rect', { x: x0, y, width: x1 + BREAK_END - 10 - x0, height: hgt, ...paintAttrs }),
      h('path', {
        d: `M${round(cut - 4)},${foot}L${round(cut)},${top}H${round(cut + 5)}L${round(cut + 1)},${foot}Z`,
        style: `fill:${pagePaint('bg')}`,
      }),
      h('path', {
        d: `M${round(cut - 4)},${foot}L${round(cut)},${top}M${round(cut + 1)},${foot}L${round(cut + 5)},${top}`,
        'stroke-width': 1.5,
        style: `stroke:${pagePaint('text')}`,
      }),
      h('path', {
        d: `M${round(x1 + BREAK_END - 10)},${round(mid - 7)}L${round(x1 + BREAK_END)},${round(mid)}L${round(x1 + BREAK_END - 10)},${round(mid + 7)}Z`,
        style: `fill:${paint(fill.role)};${stroke}`,
      }),
    ];
  }
  switch (qualifier) {
    case 'about': {
      const e = Math.max(x0 + 1, x1 - 8);
      const d = `M${round(x0)},${round(y)}H${round(e)}L${round(x1)},${round(y + hgt / 4)}L${round(e)},${round(y + hgt / 2)}L${round(x1)},${round(y + (3 * hgt) / 4)}L${round(e)},${round(y + hgt)}H${round(x0)}Z`;
      return [h('path', { d, ...paintAttrs, 'stroke-linejoin': 'round' })];
    }
    case 'more-than': {
      const end = x1 + (bar.open ?? OPEN_END);
      const mid = y + hgt / 2;
      return [
        h('rect', { x: x0, y, width: x1 - x0, height: hgt, ...paintAttrs }),
        h('line', { x1, x2: end - 7, y1: mid, y2: mid, 'stroke-width': 2, 'stroke-dasharray': '4 3', style: stroke }),
        h('path', {
          d: `M${round(end - 8)},${round(mid - 5)}L${round(end)},${round(mid)}L${round(end - 8)},${round(mid + 5)}Z`,
          style: `fill:${paint(fill.role)};${stroke}`,
        }),
      ];
    }
    case 'up-to':
      return [
        h('rect', {
          x: x0,
          y,
          width: x1 - x0,
          height: hgt,
          ...paintAttrs,
          'fill-opacity': 0.35,
          'stroke-dasharray': '3 2',
        }),
        h('line', { x1, x2: x1, y1: y - 3, y2: y + hgt + 3, 'stroke-width': 3, style: stroke }),
      ];
    case 'exact':
      return [h('rect', { x: x0, y, width: x1 - x0, height: hgt, ...paintAttrs })];
  }
}
