// A value axis for horizontal bars: nice ticks, grid lines and labels that stay inside the chart.
import { scaleLinear, type ScaleLinear } from 'd3';
import { FONT } from './frame.ts';
import { pagePaint } from './palette.ts';
import { h, type SvgNode } from './svg.ts';
import { textWidth } from './text.ts';

export interface Tick {
  value: number;
  x: number;
  label: string;
  /** Where the label hangs from its tick: centred, or flush to the chart's edge at the ends. */
  anchor: 'start' | 'middle' | 'end';
}

/** A linear scale from 0 to the largest value, its end rounded to a nice number. */
export function valueScale(max: number, left: number, right: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([left, right])
    .nice(4);
}

/**
 * Ticks for a scale: about one per 120 units of width. Every tick keeps its grid line; a label that would touch
 * the one before it is left blank, and labels at the ends sit flush inside the chart.
 */
export function ticksOf(scale: ScaleLinear<number, number>, format: (value: number) => string): Tick[] {
  const [left, right] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor((right - left) / 120));
  let lastEnd = -Infinity;
  return scale.ticks(count).map((value) => {
    const x = scale(value);
    const text = format(value);
    const w = textWidth(text, FONT.small);
    const anchor = x - w / 2 < left - 4 ? 'start' : x + w / 2 > right + 4 ? 'end' : 'middle';
    const [from, to] = anchor === 'start' ? [x, x + w] : anchor === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
    const label = from > lastEnd + 6 ? text : '';
    if (label) lastEnd = to;
    return { value, x, label, anchor };
  });
}

/** Grid lines from `top` to `bottom` and tick labels above them at `labelY`; ignored by the site search. */
export function drawAxis(ticks: readonly Tick[], labelY: number, top: number, bottom: number): SvgNode {
  return h(
    'g',
    { class: 'bf-chart__axis', 'data-pagefind-ignore': true, 'font-size': FONT.small },
    ticks.map((t) =>
      h('line', {
        x1: t.x,
        x2: t.x,
        y1: top,
        y2: bottom,
        'stroke-width': t.value === 0 ? 1.5 : 1,
        style: `stroke:${pagePaint(t.value === 0 ? 'text-soft' : 'border')}`,
      }),
    ),
    ticks
      .filter((t) => t.label)
      .map((t) =>
        h('text', { x: t.x, y: labelY, 'text-anchor': t.anchor, style: `fill:${pagePaint('text-soft')}` }, t.label),
      ),
  );
}
