import { describe, expect, it } from 'vitest';
import { type Frame, narrowDiffers } from './frame.ts';
import { h } from './svg.ts';

/** A drawing at `width` writing `labels` (one text each), with an axis showing `ticks`. */
const frame = (width: number, height: number, labels: string[], ticks: string[] = []): Frame => ({
  uid: `t-${width}`,
  width,
  height,
  title: 'T',
  desc: 'D',
  defs: [],
  body: [
    h(
      'g',
      { class: 'bf-chart__axis' },
      ticks.map((t, i) => h('text', { x: i * 50, y: 10 }, t)),
    ),
    labels.map((l, i) => h('text', { x: 8, y: 30 + i * 16 }, l)),
  ],
});

describe('narrowDiffers()', () => {
  it('lets the phone layout stand alone when only its wrapping, its bars and its ticks differ', () => {
    const wide = frame(720, 200, ['Kazakhstan', 'more than 60 bilateral agreements · S1 ¶5'], ['0', '50', '100']);
    const narrow = frame(300, 220, ['Kazakhstan', 'more than 60 bilateral', 'agreements · S1 ¶5'], ['0', '100']);
    expect(narrowDiffers({ narrow, wide })).toBeUndefined();
  });

  it('keeps both when the phone layout writes other words: a label left out, moved or turned', () => {
    const wide = frame(720, 200, ['Tashkent', 'Georgia', 'Azerbaijan']);
    const narrow = frame(300, 200, ['Tashkent', 'Georgia']);
    expect(narrowDiffers({ narrow, wide })).toBe('its words differ');
  });

  it('keeps both when the phone layout, on a wide screen, would be more than half as tall again', () => {
    const words = ['about ¥3 trillion — a target for business projects · S2; S11'];
    // Shown 352 px wide, 300 units tall is 352 px: 1.47 times 240, then 1.76 times 200.
    expect(narrowDiffers({ narrow: frame(300, 300, words), wide: frame(720, 240, words) })).toBeUndefined();
    expect(narrowDiffers({ narrow: frame(300, 300, words), wide: frame(720, 200, words) })).toBe(
      'on a wide screen it would be 1.76 times as tall',
    );
  });
});
