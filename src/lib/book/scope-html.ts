// Puts a page-sized piece of HTML inside a larger document: its ids move under a prefix (two entries can both have a
// "notes" heading), links between its parts follow, its headings move down under the document's own, and links to
// pages the document holds become links within it. Only the attributes and tag names that change are rewritten;
// every other byte stays as it was written.
//
// The piece is read with htmlparser2's tokenizer, which knows script, style, comment and quoted text as a browser
// does and reports where each tag and attribute starts and ends. The book scopes every entry of the briefing, about
// 20 MB of HTML at 1,000 documents: parse5's tokenizer (src/lib/html/edit-html.ts, which the offline edition uses for
// whole pages) took 2.7 s of it, this one a fifth of that, because it skips through text instead of reading it a
// character at a time. Nothing here needs the tree a browser would build: only tags and attributes change.
import { Tokenizer } from 'htmlparser2';
import { applyEdits, type Edit, escapeAttribute } from '../html/edit-html.ts';

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

/** An attribute of the start tag being read: its name (lower case), decoded value and place in the source. */
interface Attribute {
  name: string;
  /** The name as written, which the rewritten attribute keeps. */
  written: string;
  value: string;
  start: number;
  end: number;
}

/** Rewrites `html` as `options` say; text and everything but ids, links and headings are left as they are. */
export function scopeHtml(html: string, options: ScopeOptions): string {
  const { prefix, keep = () => false, headingShift = 0, retarget = () => undefined, sectionName } = options;
  const scoped = (id: string) => (id === '' || keep(id) ? id : `${prefix}--${id}`);
  const fragmentLink = (value: string) =>
    value.startsWith('#') && value.length > 1 ? `#${scoped(decodeURIComponent(value.slice(1)))}` : undefined;
  /** The new name of a heading (h1 → h3 with a shift of 2), or undefined for any other tag. */
  const shifted = (tag: string) =>
    headingShift && /^h[1-6]$/.test(tag) ? `h${Math.min(6, Number(tag[1]) + headingShift)}` : undefined;

  const edits: Edit[] = [];
  /** Headings open, by tag: an end tag with no start tag open is ignored, as a browser ignores it. */
  const openHeadings = new Map<string, number>();
  let tag = '';
  let attributes: Attribute[] = [];
  let attribute: Attribute | undefined;

  const rewrite = () => {
    const seen = new Set<string>();
    for (const a of attributes) {
      // Of two attributes with one name, a browser keeps the first.
      if (seen.has(a.name)) continue;
      seen.add(a.name);
      const { name, value } = a;
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
      if (next !== value) edits.push({ start: a.start, end: a.end, text: `${a.written}="${escapeAttribute(next)}"` });
    }
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        tag = html.slice(start, end).toLowerCase();
        attributes = [];
        const rename = shifted(tag);
        if (rename) {
          edits.push({ start, end, text: rename });
          openHeadings.set(tag, (openHeadings.get(tag) ?? 0) + 1);
        }
      },
      onattribname(start, end) {
        const written = html.slice(start, end);
        attribute = { name: written.toLowerCase(), written, value: '', start, end };
        attributes.push(attribute);
      },
      onattribdata(start, end) {
        attribute!.value += html.slice(start, end);
      },
      onattribentity(codepoint) {
        attribute!.value += String.fromCodePoint(codepoint);
      },
      onattribend(_quote, end) {
        attribute!.end = end;
        attribute = undefined;
      },
      onopentagend: rewrite,
      onselfclosingtag: rewrite,
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        const rename = shifted(name);
        const open = openHeadings.get(name) ?? 0;
        if (!rename || open === 0) return;
        openHeadings.set(name, open - 1);
        edits.push({ start, end, text: rename });
      },
      ontext() {},
      ontextentity() {},
      oncomment() {},
      oncdata() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return applyEdits(html, edits);
}
