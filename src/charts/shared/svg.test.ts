import { describe, expect, it } from 'vitest';
import { escapeXml, h, renderSvg, replaceInAttrs, round, textOf } from './svg.ts';

describe('renderSvg()', () => {
  it('writes attributes in order, leaves out undefined and false, and closes empty elements', () => {
    expect(renderSvg(h('rect', { x: 1, y: undefined, hidden: false, width: 2.345 }))).toBe(
      '<rect x="1" width="2.35"/>',
    );
  });
  it('writes a true attribute as an empty value, which XML requires', () => {
    expect(renderSvg(h('g', { 'data-pagefind-ignore': true }))).toBe('<g data-pagefind-ignore=""/>');
  });
  it('escapes text and attribute values', () => {
    expect(renderSvg(h('text', { title: 'a "b"' }, 'Tom & <Jerry>'))).toBe(
      '<text title="a &quot;b&quot;">Tom &amp; &lt;Jerry&gt;</text>',
    );
    expect(escapeXml('¥3 < €17.9')).toBe('¥3 &lt; €17.9');
  });
  it('flattens nested children and drops false and undefined ones', () => {
    const node = h('g', {}, [h('a'), [false, 'x']], undefined, null);
    expect(renderSvg(node)).toBe('<g><a/>x</g>');
    expect(textOf(h('g', {}, h('text', {}, 'one'), h('text', {}, 'two')))).toBe('one two');
  });
});

describe('round()', () => {
  it('keeps two decimals and never writes -0', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(-0.001)).toBe(0);
  });
});

describe('replaceInAttrs()', () => {
  it('renames ids and the references to them, leaving text alone', () => {
    const node = h(
      'svg',
      { 'aria-labelledby': 'chart-map-wide-title' },
      h('title', { id: 'chart-map-wide-title' }, 'chart-map'),
      h('rect', { style: 'fill:url(#chart-map-wide-hatch)', width: 3 }),
    );
    expect(renderSvg(replaceInAttrs(node, 'chart-map', 'chart-map-2'))).toBe(
      '<svg aria-labelledby="chart-map-2-wide-title"><title id="chart-map-2-wide-title">chart-map</title><rect style="fill:url(#chart-map-2-wide-hatch)" width="3"/></svg>',
    );
  });
});
