import { pagePaint } from './palette.ts';
import { h, type Attr, type SvgNode } from './svg.ts';

/** Text in the page's text colour (or its soft one), which follows the reader's scheme. */
export function label(attrs: Record<string, Attr>, content: string, role: 'text' | 'text-soft' = 'text'): SvgNode {
  return h('text', { ...attrs, style: `fill:${pagePaint(role)}` }, content);
}
