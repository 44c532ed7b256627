// Paragraph permalinks in MDX bodies, as a Sätteri hast plugin (Astro 7's Markdown engine runs no rehype plugins):
// an id and a "¶" link on every top-level paragraph, so a reader can point at a precise place. Headings already
// have ids, and the page's table of contents links to each of them.
import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent } from 'hast';

const hidden = (text: string): ElementContent => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['bf-visually-hidden'] },
  children: [{ type: 'text', value: text }],
});

const link = (href: string, glyph: string, label: string): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href, className: ['bf-permalink'], tabIndex: -1, dataPagefindIgnore: '' },
  children: [
    {
      type: 'element',
      tagName: 'span',
      properties: { ariaHidden: 'true' },
      children: [{ type: 'text', value: glyph }],
    },
    hidden(label),
  ],
});

export const permalinks = defineHastPlugin({
  name: 'briefing-permalinks',
  element: {
    filter: ['p'],
    visit(node, ctx) {
      if (ctx.parent(node)?.type !== 'root') return;
      const n = Number(ctx.data.paragraphs ?? 0) + 1;
      ctx.data.paragraphs = n;
      ctx.setProperty(node, 'id', `p-${n}`);
      // Out of the tab order (every paragraph would add a stop); the table of contents serves the keyboard.
      ctx.appendChild(node, link(`#p-${n}`, '¶', `Link to paragraph ${n}`));
    },
  },
});
