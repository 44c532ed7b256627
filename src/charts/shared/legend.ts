// A legend that flows like text: swatch, label, next item; a new line when the width runs out.
import { FONT } from './frame.ts';
import { pagePaint } from './palette.ts';
import { h, type SvgNode } from './svg.ts';
import { fitText, textWidth } from './text.ts';

export interface LegendEntry<K extends string = string> {
  key: K;
  label: string;
  /** Top-left corner of the 24 × 12 swatch. */
  x: number;
  y: number;
}

export interface LegendLayout<K extends string = string> {
  entries: LegendEntry<K>[];
  height: number;
}

const SWATCH = 24;
const GAP = 16;
const LINE = 20;

/** Places legend items from (left, top) within `width`, wrapping to new lines; labels too long are shortened. */
export function layoutLegend<K extends string>(
  items: readonly { key: K; label: string }[],
  left: number,
  top: number,
  width: number,
): LegendLayout<K> {
  const entries: LegendEntry<K>[] = [];
  let x = left;
  let y = top;
  for (const item of items) {
    const label = fitText(item.label, width - SWATCH - 6, FONT.small);
    const w = SWATCH + 6 + textWidth(label, FONT.small);
    if (x > left && x + w > left + width) {
      x = left;
      y += LINE;
    }
    entries.push({ key: item.key, label, x, y: y + 2 });
    x += w + GAP;
  }
  return { entries, height: items.length ? y - top + LINE : 0 };
}

/** Draws a laid-out legend; `swatch` draws the 24 × 12 sample of one key at (x, y). */
export function drawLegend<K extends string>(
  legend: LegendLayout<K>,
  swatch: (key: K, x: number, y: number) => SvgNode[],
): SvgNode {
  return h(
    'g',
    { class: 'bf-chart__legend', 'font-size': FONT.small },
    legend.entries.map((e) => [
      ...swatch(e.key, e.x, e.y),
      h('text', { x: e.x + SWATCH + 6, y: e.y + 10, style: `fill:${pagePaint('text')}` }, e.label),
    ]),
  );
}
