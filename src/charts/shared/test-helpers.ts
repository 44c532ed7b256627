// For tests: where a chart's text falls, by the same width estimate the layouts use.
import type { Frame } from './frame.ts';
import { FONT } from './frame.ts';
import { h, type SvgChild, type SvgNode } from './svg.ts';
import { textWidth } from './text.ts';

export interface TextBox {
  text: string;
  x0: number;
  x1: number;
  y: number;
}

/** Every horizontal text of a frame with its estimated extent; text inside a transform (turned labels) is skipped. */
export function textBoxes(frame: Frame): TextBox[] {
  const out: TextBox[] = [];
  const walk = (node: SvgChild, size: number, bold: boolean) => {
    if (typeof node === 'string') return;
    if (node.attrs.transform !== undefined) return;
    const fontSize = Number(node.attrs['font-size'] ?? size);
    const weight = node.attrs['font-weight'] === undefined ? bold : Number(node.attrs['font-weight']) >= 600;
    if (node.tag === 'text') {
      const text = node.children.filter((c): c is string => typeof c === 'string').join('');
      const w = textWidth(text, fontSize, weight);
      const x = Number(node.attrs.x);
      const anchor = node.attrs['text-anchor'] ?? 'start';
      const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
      out.push({ text, x0, x1: x0 + w, y: Number(node.attrs.y) });
      return;
    }
    if (node.tag === 'title' || node.tag === 'desc') return;
    node.children.forEach((c) => walk(c, fontSize, weight));
  };
  walk(tree(frame), FONT.label, false);
  return out;
}

/** Texts that would stick out of the frame's box. */
export function overflowing(frame: Frame): string[] {
  return textBoxes(frame)
    .filter((b) => b.x0 < -0.5 || b.x1 > frame.width + 0.5 || b.y < 0 || b.y > frame.height)
    .map((b) => `${b.text} [${Math.round(b.x0)}–${Math.round(b.x1)}, ${Math.round(b.y)}]`);
}

/** The frame as one node tree, for searching. */
export function tree(frame: Frame): SvgNode {
  return h('g', {}, frame.body);
}
