// For tests: where a chart's text falls, measured with the shipped typeface exactly as the layouts measure it.
import type { Frame } from './frame.ts';
import { FONT } from './frame.ts';
import { FONTS } from './font.ts';
import { segmentsMeet } from './geometry.ts';
import { findAll, h, type SvgChild, type SvgNode } from './svg.ts';
import { textWidth } from './text.ts';

export interface TextBox {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** The line's em box, as a browser's getBoundingClientRect() gives it: ascent above the baseline, descent below. */
  y0: number;
  y1: number;
}

const latin = FONTS.find((f) => f.subset === 'latin')!;
const ASCENT = latin.faces.regular.ascent / latin.unitsPerEm;
const DESCENT = -latin.faces.regular.descent / latin.unitsPerEm;

/** Every horizontal text of a frame with its extent; text inside a transform (turned labels) is skipped. */
export function textBoxes(frame: Frame): TextBox[] {
  const out: TextBox[] = [];
  const walk = (node: SvgChild, size: number, bold: boolean, anchor: string) => {
    if (typeof node === 'string') return;
    if (node.attrs.transform !== undefined) return;
    const fontSize = Number(node.attrs['font-size'] ?? size);
    const weight = node.attrs['font-weight'] === undefined ? bold : Number(node.attrs['font-weight']) >= 600;
    const textAnchor = String(node.attrs['text-anchor'] ?? anchor);
    if (node.tag === 'text') {
      const text = node.children.filter((c): c is string => typeof c === 'string').join('');
      const w = textWidth(text, fontSize, weight);
      const x = Number(node.attrs.x);
      const y = Number(node.attrs.y);
      const x0 = textAnchor === 'middle' ? x - w / 2 : textAnchor === 'end' ? x - w : x;
      out.push({ text, x0, x1: x0 + w, y, y0: y - ASCENT * fontSize, y1: y + DESCENT * fontSize });
      return;
    }
    if (node.tag === 'title' || node.tag === 'desc') return;
    node.children.forEach((c) => walk(c, fontSize, weight, textAnchor));
  };
  walk(tree(frame), FONT.label, false, 'start');
  return out;
}

/** Texts that would stick out of the frame's box. */
export function overflowing(frame: Frame): string[] {
  return textBoxes(frame)
    .filter((b) => b.x0 < -0.5 || b.x1 > frame.width + 0.5 || b.y0 < -0.5 || b.y1 > frame.height + 0.5)
    .map((b) => `${b.text} [${Math.round(b.x0)}–${Math.round(b.x1)}, ${Math.round(b.y0)}–${Math.round(b.y1)}]`);
}

/**
 * Pairs of texts whose boxes intersect by more than `slack` units both ways (lines of one label set 15 units
 * apart may touch: their em boxes are a little taller than the line step).
 */
export function overlapping(frame: Frame, slack = 2): string[] {
  const boxes = textBoxes(frame).filter((b) => b.text.trim());
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const hh = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w > slack && hh > slack) out.push(`"${a.text}" overlaps "${b.text}"`);
    }
  }
  return out;
}

/** The frame as one node tree, for searching. */
export function tree(frame: Frame): SvgNode {
  return h('g', {}, frame.body);
}

type Point = readonly [number, number];

/** Index pairs of polylines (leader lines) that meet anywhere. */
export function meetingLines(lines: readonly (readonly Point[])[]): [number, number][] {
  const segments = (line: readonly Point[]) => line.slice(1).map((p, i) => [line[i]!, p] as const);
  const out: [number, number][] = [];
  lines.forEach((a, i) =>
    lines.forEach((b, j) => {
      if (j <= i) return;
      if (segments(a).some(([p, q]) => segments(b).some(([r, t]) => segmentsMeet(p, q, r, t)))) out.push([i, j]);
    }),
  );
  return out;
}

/** Leader lines of a frame (polylines of class bf-chart__leader) that meet another, by their points. */
export function meetingLeaders(frame: Frame): string[] {
  const leaders = findAll(tree(frame), (n) => n.tag === 'polyline' && n.attrs.class === 'bf-chart__leader').map((n) =>
    String(n.attrs.points)
      .split(' ')
      .map((p) => p.split(',').map(Number) as [number, number]),
  );
  return meetingLines(leaders).map(([i, j]) => `leader ${leaders[i]!.join(' ')} meets ${leaders[j]!.join(' ')}`);
}
