// An inline chart repeats a handful of style strings on every mark ("fill:var(--bf-ch-agreed, #00785a);stroke:…",
// ~80 bytes on each of hundreds of squares). On the page, each one used more than once becomes one class and one
// rule in a <style> at the head of the drawing. The downloads (standaloneSvg, and the PNG drawn from it) keep their
// inline styles: they carry their look with them.
import { h, type SvgNode } from './svg.ts';

/** FNV-1a, in base 36: the same style gets the same class in every chart, so two charts on a page never clash. */
function hash(text: string): string {
  let x = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) x = Math.imul(x ^ text.charCodeAt(i), 0x01000193);
  return (x >>> 0).toString(36);
}

/**
 * Styles a class may stand for: no pattern reference (a second copy of a chart renames its ids in attributes only,
 * see replaceInAttrs, and the book scopes them the same way) and nothing markup would escape (a <style> in HTML is
 * raw text).
 */
const classable = (style: string) => !/url\(|[&<>"]/.test(style);

/** The class that stands for a style. */
export const styleClass = (style: string): string => `bf-s${hash(style)}`;

/**
 * The chart with every style its marks use more than once as a class, and the rules in a <style> after its
 * title and description; the root's own style stays. Same look: a class rule applies the same declarations, and no
 * page rule targets the marks' fill or stroke except ones marked !important (charts.css).
 */
export function classifyStyles(root: SvgNode): SvgNode {
  const counts = new Map<string, number>();
  const count = (node: SvgNode) => {
    const style = node.attrs.style;
    if (node !== root && typeof style === 'string' && classable(style)) counts.set(style, (counts.get(style) ?? 0) + 1);
    for (const c of node.children) if (typeof c !== 'string') count(c);
  };
  count(root);
  const shared = [...counts].filter(([, n]) => n > 1).map(([s]) => s);
  if (!shared.length) return root;
  const set = new Set(shared);
  const rewrite = (node: SvgNode): SvgNode => {
    const children = node.children.map((c) => (typeof c === 'string' ? c : rewrite(c)));
    const style = node.attrs.style;
    if (typeof style !== 'string' || !set.has(style)) return { ...node, children };
    const attrs = { ...node.attrs };
    delete attrs.style;
    const cls = [attrs.class, styleClass(style)].filter(Boolean).join(' ');
    return { ...node, attrs: { ...attrs, class: cls }, children };
  };
  const rules = shared.map((s) => `.${styleClass(s)}{${s}}`).join('');
  const out = rewrite(root);
  // After <title> and <desc>, which name the drawing: they stay its first children.
  const head = out.children.filter((c) => typeof c !== 'string' && (c.tag === 'title' || c.tag === 'desc')).length;
  return { ...out, children: [...out.children.slice(0, head), h('style', {}, rules), ...out.children.slice(head)] };
}
