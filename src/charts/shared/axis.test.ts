import { describe, expect, it } from 'vitest';
import { ticksOf, valueScale } from './axis.ts';
import { textWidth } from './text.ts';
import { FONT } from './frame.ts';

describe('valueScale()', () => {
  it('starts at zero and ends on a nice number at or above the largest value', () => {
    const scale = valueScale(158, 10, 310);
    expect(scale.domain()[0]).toBe(0);
    expect(scale.domain()[1]).toBeGreaterThanOrEqual(158);
    expect(scale(0)).toBe(10);
  });
  it('draws a scale for a single value of zero', () => {
    expect(valueScale(0, 0, 100).domain()).toEqual([0, 1]);
  });
});

describe('ticksOf()', () => {
  it('keeps every label inside the range and apart from its neighbour', () => {
    const scale = valueScale(3e13, 8, 292);
    const ticks = ticksOf(scale, (v) => `¥${v / 1e12}tn`);
    const labelled = ticks.filter((t) => t.label);
    expect(labelled.length).toBeGreaterThanOrEqual(2);
    let lastEnd = -Infinity;
    for (const t of labelled) {
      const w = textWidth(t.label, FONT.small);
      const [from, to] =
        t.anchor === 'start' ? [t.x, t.x + w] : t.anchor === 'end' ? [t.x - w, t.x] : [t.x - w / 2, t.x + w / 2];
      expect(from).toBeGreaterThanOrEqual(8 - 4);
      expect(to).toBeLessThanOrEqual(292 + 4);
      expect(from).toBeGreaterThan(lastEnd);
      lastEnd = to;
    }
  });
});
