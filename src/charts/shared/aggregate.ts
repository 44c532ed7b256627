// The one mark a capped chart draws for the rows it folds away (shared/cap.ts): its label, wrapped, then a thin grey
// rule on the chart's scale from the smallest to the largest of those rows, never a bar for their sum.
import { FONT } from './frame.ts';
import { pagePaint } from './palette.ts';
import { h, type SvgNode } from './svg.ts';
import { wrapText } from './text.ts';

const LINE = 16;
const BAR = 14;

export interface AggregateLayout {
  lines: string[];
  y: number;
  x0: number;
  x1: number;
  ruleY: number;
  tooltip: string;
}

/**
 * Lays the aggregate out from `y` in a box `inner` wide: `label` says what is folded, `values` are the folded rows'
 * values on `scale`, whose marks stop at `end` (a scale with a break). Returns the layout and the y below it.
 */
export function layoutAggregate(
  label: string,
  values: readonly number[],
  scale: (v: number) => number,
  y: number,
  inner: number,
  end = Infinity,
): { aggregate: AggregateLayout; y: number } {
  const words = `${label}: the grey line spans them`;
  const lines = wrapText(words, inner, FONT.label, 3, true);
  const textY = y + 13;
  y += LINE * lines.length + 2;
  const x0 = Math.min(scale(Math.min(...values)), end);
  const x1 = Math.max(Math.min(scale(Math.max(...values)), end), x0 + 2);
  return { aggregate: { lines, y: textY, x0, x1, ruleY: y + 5, tooltip: `${words}.` }, y: y + BAR + 8 };
}

/** The aggregate as drawn: its label in soft italics from `x`, and the rule under it. */
export function drawAggregate(a: AggregateLayout, x: number): SvgNode {
  return h(
    'g',
    {},
    h('title', {}, a.tooltip),
    a.lines.map((line, i) =>
      h(
        'text',
        {
          x,
          y: a.y + i * 16,
          'font-size': FONT.label,
          'font-style': 'italic',
          style: `fill:${pagePaint('text-soft')}`,
        },
        line,
      ),
    ),
    h('rect', { x: a.x0, y: a.ruleY, width: a.x1 - a.x0, height: 4, style: `fill:${pagePaint('text-soft')}` }),
  );
}
