import { describe, expect, it } from 'vitest';
import { classifyStyles, styleClass } from './classes.ts';
import { h, renderSvg } from './svg.ts';

describe('classifyStyles()', () => {
  const solid = 'fill:var(--bf-ch-agreed, #00785a);stroke:var(--bf-ch-agreed, #00785a)';

  it('turns a style used more than once into one class and one rule after the title and desc', () => {
    const svg = h(
      'svg',
      { style: 'font-family:x' },
      h('title', {}, 'T'),
      h('desc', {}, 'D'),
      h('rect', { x: 1, style: solid }),
      h('rect', { x: 2, class: 'bf-chart__axis', style: solid }),
      h('rect', { x: 3, style: 'fill:red' }),
    );
    const c = styleClass(solid);
    expect(renderSvg(classifyStyles(svg))).toBe(
      `<svg style="font-family:x"><title>T</title><desc>D</desc><style>.${c}{${solid}}</style>` +
        `<rect x="1" class="${c}"/><rect x="2" class="bf-chart__axis ${c}"/><rect x="3" style="fill:red"/></svg>`,
    );
  });

  it('names a style the same in every chart, so two charts on a page share their rules', () => {
    expect(styleClass(solid)).toBe(styleClass(`${solid}`));
    expect(styleClass(solid)).not.toBe(styleClass('fill:red'));
  });

  it('leaves pattern fills inline: a second copy of a chart renames its ids in attributes only', () => {
    const hatch = 'fill:url(#chart-x-wide-hatch);stroke:red';
    const svg = h('svg', {}, h('rect', { style: hatch }), h('rect', { style: hatch }));
    expect(classifyStyles(svg)).toBe(svg);
  });
});
