// Puts a page-sized piece of HTML inside a larger document: its ids move under a prefix (two entries can both have a
// "notes" heading), links between its parts follow, its headings move down under the document's own, and links to
// pages the document holds become links within it. The piece is read by src/lib/html/edit-html.ts (htmlparser2's
// tokenizer: script, comment and quoted text read as a browser reads them), and only the attributes and tag names
// that change are rewritten; every other byte stays as it was written.
import { editHtml } from '../html/edit-html.ts';

export interface ScopeOptions {
  /** Prefix for the fragment's ids: with "countries-kazakhstan", id "notes" becomes "countries-kazakhstan--notes". */
  prefix: string;
  /** Ids already unique in the whole document, which keep their names (the charts', shown once each). */
  keep?: (id: string) => boolean;
  /** Levels to move headings down: 2 turns h1 into h3 and h2 into h4; h6 is the deepest. */
  headingShift?: number;
  /** Where a link that leaves the fragment leads instead (an anchor in the document), or undefined to keep it. */
  retarget?: (href: string) => string | undefined;
  /**
   * What the fragment is about, added to the name of each named section: the book has a "Notes" region per entry
   * and a chart's data table per country, and landmarks of one role need different names ("Notes Kazakhstan").
   * `id` (in the scoped document) joins an aria-labelledby, `text` an aria-label.
   */
  sectionName?: { id: string; text: string };
}

/** Attributes that hold one id, or a list of ids separated by spaces. */
const ID_LIST_ATTRIBUTES = new Set([
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-details',
  'aria-flowto',
  'aria-activedescendant',
  'for',
  'headers',
  'list',
  'form',
]);

/** Rewrites `html` as `options` say; text and everything but ids, links and headings are left as they are. */
export function scopeHtml(html: string, options: ScopeOptions): string {
  const { prefix, keep = () => false, headingShift = 0, retarget = () => undefined, sectionName } = options;
  const scoped = (id: string) => (id === '' || keep(id) ? id : `${prefix}--${id}`);
  const fragmentLink = (value: string) =>
    value.startsWith('#') && value.length > 1 ? `#${scoped(decodeURIComponent(value.slice(1)))}` : undefined;

  return editHtml(html, (el) => {
    const tag = el.tagName;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading && headingShift) el.renameTo(`h${Math.min(6, Number(heading[1]) + headingShift)}`);
    for (const { name, value } of el.attributes()) {
      let next = value;
      if (name === 'id') next = scoped(value);
      else if (ID_LIST_ATTRIBUTES.has(name)) {
        next = value.split(/\s+/).filter(Boolean).map(scoped).join(' ');
        if (name === 'aria-labelledby' && tag === 'section' && sectionName) next = `${next} ${sectionName.id}`;
      } else if (name === 'aria-label' && tag === 'section' && sectionName) next = `${value} — ${sectionName.text}`;
      else if (name === 'href' || name === 'xlink:href')
        next = fragmentLink(value) ?? (value.startsWith('#') ? value : (retarget(value) ?? value));
      // SVG paint and clip references: fill="url(#pattern)", also inside style attributes.
      if (value.includes('url(#')) next = next.replace(/url\(#([^)\s]+)\)/g, (_, id: string) => `url(#${scoped(id)})`);
      if (next !== value) el.setAttribute(name, next);
    }
  });
}
