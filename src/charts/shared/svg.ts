// A tiny SVG tree and its serializer. Layouts draw into plain nodes; the same string goes inline into the page and
// into the downloadable .svg file, so the download is exactly the chart the reader saw.

export type Attr = string | number | boolean | undefined;
export type SvgChild = SvgNode | string;

/** One SVG element: tag, attributes (undefined and false are left out), children (text is escaped). */
export interface SvgNode {
  tag: string;
  attrs: Record<string, Attr>;
  children: SvgChild[];
}

/** What h() takes as children: nodes, text, nested lists of them, and false/null/undefined for "nothing". */
export type SvgContent = SvgChild | readonly SvgContent[] | false | null | undefined;

/** Builds a node: h('rect', { x: 1 }), h('g', {}, child, [children], cond && child). */
export function h(tag: string, attrs: Record<string, Attr> = {}, ...children: SvgContent[]): SvgNode {
  const flat: SvgChild[] = [];
  const add = (c: SvgContent) => {
    if (c === false || c === null || c === undefined) return;
    if (Array.isArray(c)) (c as readonly SvgContent[]).forEach(add);
    else flat.push(c as SvgChild);
  };
  children.forEach(add);
  return { tag, attrs, children: flat };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text and attribute values for XML (and HTML, where the SVG is inlined). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/** Rounds a coordinate to two decimals, so output is stable across platforms and small. */
export function round(n: number): number {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

function attrText(value: Attr): string | undefined {
  if (value === undefined || value === false) return undefined;
  // XML has no bare attributes: data-pagefind-ignore becomes data-pagefind-ignore="".
  if (value === true) return '';
  return typeof value === 'number' ? String(round(value)) : value;
}

/** Elements whose whitespace would show: printed on one line even in pretty output. */
const INLINE = new Set(['text', 'tspan', 'title', 'desc', 'a']);

/**
 * Serializes a node to SVG markup, attributes in insertion order. Compact (no whitespace between elements) for
 * pages; `pretty` puts each element on a line of its own, indented, for files people read and diff.
 */
export function renderSvg(node: SvgChild, pretty = false, depth = 0): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => {
      const text = attrText(v);
      return text === undefined ? '' : ` ${k}="${escapeXml(text)}"`;
    })
    .join('');
  if (!node.children.length) return `<${node.tag}${attrs}/>`;
  const block = pretty && !INLINE.has(node.tag) && node.children.every((c) => typeof c !== 'string');
  if (!block) return `<${node.tag}${attrs}>${node.children.map((c) => renderSvg(c)).join('')}</${node.tag}>`;
  const pad = '  '.repeat(depth + 1);
  const inner = node.children.map((c) => `${pad}${renderSvg(c, true, depth + 1)}`).join('\n');
  return `<${node.tag}${attrs}>\n${inner}\n${'  '.repeat(depth)}</${node.tag}>`;
}

/** A copy of a node whose attribute values have `from` replaced by `to`: gives a second copy of a chart its own ids. */
export function replaceInAttrs(node: SvgNode, from: string, to: string): SvgNode {
  const attrs = Object.fromEntries(
    Object.entries(node.attrs).map(([k, v]) => [k, typeof v === 'string' ? v.split(from).join(to) : v]),
  );
  return {
    tag: node.tag,
    attrs,
    children: node.children.map((c) => (typeof c === 'string' ? c : replaceInAttrs(c, from, to))),
  };
}

/** Every text a node shows (its own text and its descendants'), joined by spaces: for tests and checks. */
export function textOf(node: SvgChild): string {
  if (typeof node === 'string') return node;
  return node.children.map(textOf).filter(Boolean).join(' ');
}

/** Depth-first list of nodes matching a predicate: for tests. */
export function findAll(node: SvgChild, test: (n: SvgNode) => boolean): SvgNode[] {
  if (typeof node === 'string') return [];
  return [...(test(node) ? [node] : []), ...node.children.flatMap((c) => findAll(c, test))];
}
