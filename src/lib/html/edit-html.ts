// Changes a few tags of an HTML page and leaves every other byte as it was written. The page is read once by
// parse5's tokenizer, driven as the WHATWG tree builder drives it (parse5-sax-parser: script, style and comment
// text, foreign content and quoting are read as a browser reads them), and each change is made at the source
// position parse5 reports for a tag or an attribute. Serialising a parsed tree instead would rewrite the whole
// page (quoting, entities and, worse, inline scripts, whose hashes the page's Content-Security-Policy lists), and
// building the tree costs about three times the tokenizing, which is most of the offline edition's work on a
// briefing of thousands of pages.
import type { Token } from 'parse5';
import { SAXParser, type EndTag, type StartTag } from 'parse5-sax-parser';

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

/** An attribute's name as written ("xlink:href" for SVG's namespaced one), which keys parse5's positions. */
const writtenName = (attr: Token.Attribute) => (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name);

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
  readonly #location: Token.LocationWithAttributes;
  readonly #open: Open;

  constructor(html: string, edits: Edit[], tag: StartTag, open: Open) {
    this.#html = html;
    this.#edits = edits;
    this.#tag = tag;
    this.#location = tag.sourceCodeLocation as Token.LocationWithAttributes;
    this.#open = open;
  }

  /** Lower-case tag name. */
  get tagName(): string {
    return this.#tag.tagName;
  }

  /** An attribute's value (entities decoded), undefined when absent. */
  attribute(name: string): string | undefined {
    return this.#tag.attrs.find((a) => writtenName(a) === name)?.value;
  }

  /** The element's attributes by their written names, with decoded values, in source order. */
  attributes(): { name: string; value: string }[] {
    return this.#tag.attrs.map((a) => ({ name: writtenName(a), value: a.value }));
  }

  /** Writes the attribute with a new value (double-quoted); the attribute must exist. */
  setAttribute(name: string, value: string): void {
    const at = this.#location.attrs?.[name];
    if (!at) throw new Error(`<${this.tagName}> has no attribute ${name} to change`);
    const written = this.#html.slice(at.startOffset, at.startOffset + name.length);
    this.#edits.push({ start: at.startOffset, end: at.endOffset, text: `${written}="${escapeAttribute(value)}"` });
  }

  /** Removes an attribute and the space before it. */
  removeAttribute(name: string): void {
    const at = this.#location.attrs?.[name];
    if (!at) return;
    const start = /\s/.test(this.#html[at.startOffset - 1] ?? '') ? at.startOffset - 1 : at.startOffset;
    this.#edits.push({ start, end: at.endOffset, text: '' });
  }

  /** Adds text (` name="value"`) at the end of the start tag, before its ">" or " />". */
  appendToStartTag(text: string): void {
    let at = this.#location.endOffset - 1;
    if (this.#html[at - 1] === '/') at -= /\s/.test(this.#html[at - 2] ?? '') ? 2 : 1;
    this.#edits.push({ start: at, end: at, text });
  }

  /** Writes the element's start and end tags under another name (`<h2 …>…</h2>` → `<h3 …>…</h3>`). */
  renameTo(name: string): void {
    const start = this.#location.startOffset + 1;
    this.#edits.push({ start, end: start + this.tagName.length, text: name });
    this.#open.rename = name;
  }

  /** Replaces the whole element, from its start tag to its end tag, with `text` (nothing, to remove it). */
  replaceWith(text: string): void {
    const start = this.#location.startOffset;
    this.#open.onClose.push(({ end }) => this.#edits.push({ start, end, text, whole: true }));
  }

  /** Calls `use` with the source text inside the element (a script's code, as written) once it is read. */
  withInnerSource(use: (source: string) => void): void {
    const start = this.#location.endOffset;
    this.#open.onClose.push(({ innerEnd }) => use(this.#html.slice(start, innerEnd)));
  }
}

/** Called with each element's start tag, in document order. Returning `false` skips the element's children. */
export type Visitor = (element: ElementEdits) => boolean | void;

/** The edits `visit` makes to `html` (a whole page, or a part of one such as a component's output). */
export async function collectEdits(html: string, visit: Visitor): Promise<Edit[]> {
  const edits: Edit[] = [];
  const stack: Open[] = [];
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  const close = (open: Open, innerEnd: number, end: number) => open.onClose.forEach((f) => f({ innerEnd, end }));

  parser.on('startTag', (tag: StartTag) => {
    const skipped = stack.some((o) => o.skip);
    const foreign = FOREIGN.has(tag.tagName) || (stack.at(-1)?.foreign ?? false);
    const open: Open = { name: tag.tagName, foreign, onClose: [], skip: false };
    const location = tag.sourceCodeLocation!;
    if (!skipped) {
      open.skip = visit(new ElementEdits(html, edits, tag, open)) === false;
    }
    if (VOID.has(tag.tagName) || (tag.selfClosing && foreign)) close(open, location.endOffset, location.endOffset);
    else stack.push(open);
  });
  parser.on('endTag', (tag: EndTag) => {
    const at = stack.findLastIndex((o) => o.name === tag.tagName);
    // An end tag with nothing open to close is ignored, as a browser ignores it.
    if (at === -1) return;
    const location = tag.sourceCodeLocation!;
    // Elements left open inside (an unclosed <li>) end where their ancestor's end tag starts.
    for (const open of stack.splice(at + 1).reverse()) close(open, location.startOffset, location.startOffset);
    const open = stack.pop()!;
    if (open.rename)
      edits.push({
        start: location.startOffset + 2,
        end: location.startOffset + 2 + tag.tagName.length,
        text: open.rename,
      });
    close(open, location.startOffset, location.endOffset);
  });
  await new Promise<void>((resolve, reject) => {
    parser.on('error', reject);
    parser.on('finish', resolve);
    // The parser is a stream that passes its input on; nothing reads it here.
    parser.resume();
    parser.end(html);
  });
  for (const open of stack.reverse()) close(open, html.length, html.length);
  return edits;
}

/** `html` with the edits `visit` makes applied; see collectEdits(). */
export async function editHtml(html: string, visit: Visitor): Promise<string> {
  return applyEdits(html, await collectEdits(html, visit));
}

/** Applies edits (made at source positions) to the source; edits inside a replaced element go with it. */
export function applyEdits(html: string, edits: readonly Edit[]): string {
  const wholes = edits.filter((e) => e.whole);
  const kept = wholes.length
    ? edits.filter((e) => !wholes.some((w) => w !== e && e.start >= w.start && e.end <= w.end))
    : edits;
  // Stable: insertions at one position keep the order they were made in.
  const sorted = kept
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.i - b.i)
    .map(({ e }) => e);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
    parts.push(html.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(html.slice(at));
  return parts.join('');
}
