// Changes a few tags of an HTML page and leaves every other byte as it was written. The page is read once by
// htmlparser2's tokenizer, which reads script, style and comment text and quoted values as a browser does and reports
// where each tag and attribute starts and ends; each change is made at those source positions. Serialising a parsed
// tree instead would rewrite the whole page (quoting, entities and, worse, inline scripts, whose hashes the page's
// Content-Security-Policy lists). parse5's tokenizer, used here before, reads text a character at a time: on a
// briefing of 1,000 documents (82 MB of HTML) it was most of the offline edition's work, and this one skips through
// text several times faster (the book's scoping, src/lib/book/scope-html.ts, made the same change).
//
// What this reader does not do is build the tree: it follows which elements are open only as far as the edits need
// (void elements, SVG's self-closing tags, an end tag closing the elements left open inside it).
import { Tokenizer } from 'htmlparser2';

/** One replacement of the source text from `start` to `end` (offsets into the page). */
export interface Edit {
  start: number;
  end: number;
  text: string;
  /** The edit replaces a whole element: edits inside it are dropped. */
  whole?: boolean;
}

/** Escapes text for a double-quoted attribute value. */
export const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Elements that never have content or an end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Where `<x />` closes the element (in HTML proper, a "/" before ">" is ignored). */
const FOREIGN = new Set(['svg', 'math']);

/** An attribute of a start tag: its name in lower case ("xlink:href" for SVG's namespaced one), value and place. */
interface Attribute {
  name: string;
  /** Entities decoded. */
  value: string;
  /** Offsets of the whole attribute, from its name to the end of its value (its closing quote). */
  start: number;
  end: number;
}

/** A start tag as read: lower-case name, attributes (the first of two with one name, as a browser keeps) and place. */
interface StartTag {
  tagName: string;
  attrs: Attribute[];
  /** Offset of its "<" and just after its ">". */
  start: number;
  end: number;
}

interface Open {
  name: string;
  foreign: boolean;
  /** Run when the element's end is known: at its end tag, or where an ancestor's end tag closes it. */
  onClose: ((end: { innerEnd: number; end: number }) => void)[];
  /** The visitor asked not to see the element's children. */
  skip: boolean;
  /** The name its end tag is to be written with. */
  rename?: string;
}

/** What a visitor may do to the element whose start tag it is shown. Every change is recorded as an edit. */
export class ElementEdits {
  readonly #html: string;
  readonly #edits: Edit[];
  readonly #tag: StartTag;
  readonly #open: Open;

  constructor(html: string, edits: Edit[], tag: StartTag, open: Open) {
    this.#html = html;
    this.#edits = edits;
    this.#tag = tag;
    this.#open = open;
  }

  #find(name: string): Attribute | undefined {
    return this.#tag.attrs.find((a) => a.name === name);
  }

  /** Lower-case tag name. */
  get tagName(): string {
    return this.#tag.tagName;
  }

  /** An attribute's value (entities decoded), undefined when absent. */
  attribute(name: string): string | undefined {
    return this.#find(name)?.value;
  }

  /** The element's attributes by their written names, with decoded values, in source order. */
  attributes(): { name: string; value: string }[] {
    return this.#tag.attrs.map((a) => ({ name: a.name, value: a.value }));
  }

  /** Writes the attribute with a new value (double-quoted); the attribute must exist. */
  setAttribute(name: string, value: string): void {
    const at = this.#find(name);
    if (!at) throw new Error(`<${this.tagName}> has no attribute ${name} to change`);
    const written = this.#html.slice(at.start, at.start + name.length);
    this.#edits.push({ start: at.start, end: at.end, text: `${written}="${escapeAttribute(value)}"` });
  }

  /** Removes an attribute and the space before it. */
  removeAttribute(name: string): void {
    const at = this.#find(name);
    if (!at) return;
    const start = /\s/.test(this.#html[at.start - 1] ?? '') ? at.start - 1 : at.start;
    this.#edits.push({ start, end: at.end, text: '' });
  }

  /** Adds text (` name="value"`) at the end of the start tag, before its ">" or " />". */
  appendToStartTag(text: string): void {
    let at = this.#tag.end - 1;
    if (this.#html[at - 1] === '/') at -= /\s/.test(this.#html[at - 2] ?? '') ? 2 : 1;
    this.#edits.push({ start: at, end: at, text });
  }

  /** Writes the element's start and end tags under another name (`<h2 …>…</h2>` → `<h3 …>…</h3>`). */
  renameTo(name: string): void {
    const start = this.#tag.start + 1;
    this.#edits.push({ start, end: start + this.tagName.length, text: name });
    this.#open.rename = name;
  }

  /** Replaces the whole element, from its start tag to its end tag, with `text` (nothing, to remove it). */
  replaceWith(text: string): void {
    const start = this.#tag.start;
    this.#open.onClose.push(({ end }) => this.#edits.push({ start, end, text, whole: true }));
  }

  /** Calls `use` with the source text inside the element (a script's code, as written) once it is read. */
  withInnerSource(use: (source: string) => void): void {
    const start = this.#tag.end;
    this.#open.onClose.push(({ innerEnd }) => use(this.#html.slice(start, innerEnd)));
  }
}

/** Called with each element's start tag, in document order. Returning `false` skips the element's children. */
export type Visitor = (element: ElementEdits) => boolean | void;

/** The edits `visit` makes to `html` (a whole page, or a part of one such as a component's output). */
export function collectEdits(html: string, visit: Visitor): Edit[] {
  const edits: Edit[] = [];
  const stack: Open[] = [];
  const close = (open: Open, innerEnd: number, end: number) => open.onClose.forEach((f) => f({ innerEnd, end }));
  let tag: StartTag | undefined;
  let attribute: Attribute | undefined;

  const startTag = (end: number, selfClosing: boolean) => {
    const read = tag!;
    tag = undefined;
    read.end = end + 1;
    const skipped = stack.some((o) => o.skip);
    const foreign = FOREIGN.has(read.tagName) || (stack.at(-1)?.foreign ?? false);
    const open: Open = { name: read.tagName, foreign, onClose: [], skip: false };
    if (!skipped) open.skip = visit(new ElementEdits(html, edits, read, open)) === false;
    if (VOID.has(read.tagName) || (selfClosing && foreign)) close(open, read.end, read.end);
    else stack.push(open);
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        tag = { tagName: html.slice(start, end).toLowerCase(), attrs: [], start: start - 1, end };
      },
      onattribname(start, end) {
        const name = html.slice(start, end).toLowerCase();
        attribute = { name, value: '', start, end };
        // Of two attributes with one name, a browser keeps the first.
        if (!tag!.attrs.some((a) => a.name === name)) tag!.attrs.push(attribute);
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
      onopentagend: (end) => startTag(end, false),
      onselfclosingtag: (end) => startTag(end, true),
      onclosetag(start, nameEnd) {
        const name = html.slice(start, nameEnd).toLowerCase();
        const at = stack.findLastIndex((o) => o.name === name);
        // An end tag with nothing open to close is ignored, as a browser ignores it.
        if (at === -1) return;
        const tagStart = start - 2;
        const gt = html.indexOf('>', nameEnd);
        const tagEnd = gt === -1 ? html.length : gt + 1;
        // Elements left open inside (an unclosed <li>) end where their ancestor's end tag starts.
        for (const open of stack.splice(at + 1).reverse()) close(open, tagStart, tagStart);
        const open = stack.pop()!;
        if (open.rename) edits.push({ start, end: nameEnd, text: open.rename });
        close(open, tagStart, tagEnd);
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
  for (const open of stack.reverse()) close(open, html.length, html.length);
  return edits;
}

/** `html` with the edits `visit` makes applied; see collectEdits(). */
export function editHtml(html: string, visit: Visitor): string {
  return applyEdits(html, collectEdits(html, visit));
}

/** Applies edits (made at source positions) to the source; edits inside a replaced element go with it. */
export function applyEdits(html: string, edits: readonly Edit[]): string {
  return applyEditsInPieces(html, edits, () => false)[0]!;
}

/**
 * applyEdits(), the result cut in pieces where the edits `cut` picks stand (their text is left out, and one that
 * falls inside a `whole` edit is dropped with the rest): a text that goes there later is put between the pieces,
 * never searched for in a page that could hold it already.
 */
export function applyEditsInPieces(html: string, edits: readonly Edit[], cut: (edit: Edit) => boolean): string[] {
  const wholes = edits.filter((e) => e.whole);
  const kept = wholes.length
    ? edits.filter((e) => !wholes.some((w) => w !== e && e.start >= w.start && e.end <= w.end))
    : edits;
  // Stable: insertions at one position keep the order they were made in.
  const sorted = kept
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.i - b.i)
    .map(({ e }) => e);
  const pieces: string[] = [];
  let parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
    parts.push(html.slice(at, edit.start));
    if (cut(edit)) {
      pieces.push(parts.join(''));
      parts = [];
    } else parts.push(edit.text);
    at = edit.end;
  }
  parts.push(html.slice(at));
  pieces.push(parts.join(''));
  return pieces;
}
