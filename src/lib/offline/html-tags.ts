// Finds the tags of an HTML page with their exact positions, so the offline edition can change an attribute or
// drop an element and leave every other byte as Astro wrote it (a parse-and-serialise round trip would reformat
// the page and change the inline scripts whose hashes the page's Content-Security-Policy lists).

/** An attribute as written: its value raw (entities not decoded), undefined when it has none (`hidden`). */
export interface Attribute {
  name: string;
  value: string | undefined;
  /** Where the attribute starts (its name) and ends (after its value and closing quote). */
  start: number;
  end: number;
}

export interface StartTag {
  kind: 'start';
  /** Lower-case tag name. */
  name: string;
  start: number;
  /** Just after the closing ">". */
  end: number;
  attributes: Attribute[];
  /** Written `<x />`. */
  selfClosing: boolean;
}

export interface EndTag {
  kind: 'end';
  name: string;
  start: number;
  end: number;
}

export type Tag = StartTag | EndTag;

/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** Elements that have no end tag. */
export const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);

const ATTRIBUTE = /([\s/]*)([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

function readStartTag(html: string, start: number): StartTag {
  const nameMatch = /<([a-zA-Z][^\s/>]*)/y;
  nameMatch.lastIndex = start;
  const name = nameMatch.exec(html)![1]!.toLowerCase();
  let at = nameMatch.lastIndex;
  const attributes: Attribute[] = [];
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const m = ATTRIBUTE.exec(html);
    if (!m) break;
    attributes.push({ name: m[2]!.toLowerCase(), value: m[3] ?? m[4] ?? m[5], start: m.index + m[1]!.length, end: ATTRIBUTE.lastIndex });
    at = ATTRIBUTE.lastIndex;
  }
  const close = html.indexOf('>', at);
  if (close === -1) throw new Error(`unclosed <${name}> tag at offset ${start}`);
  return { kind: 'start', name, start, end: close + 1, attributes, selfClosing: html[close - 1] === '/' };
}

/** Every start and end tag of a page, in order; comments, doctype and the text of scripts and styles are skipped. */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let at = 0;
  while ((at = html.indexOf('<', at)) !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? html.length : end + 3;
    } else if (html[at + 1] === '!' || html[at + 1] === '?') {
      const end = html.indexOf('>', at);
      at = end === -1 ? html.length : end + 1;
    } else if (html[at + 1] === '/' && /[a-zA-Z]/.test(html[at + 2] ?? '')) {
      const end = html.indexOf('>', at);
      if (end === -1) throw new Error(`unclosed end tag at offset ${at}`);
      const name = /^<\/([^\s/>]+)/.exec(html.slice(at, end + 1))![1]!.toLowerCase();
      tags.push({ kind: 'end', name, start: at, end: end + 1 });
      at = end + 1;
    } else if (/[a-zA-Z]/.test(html[at + 1] ?? '')) {
      const tag = readStartTag(html, at);
      tags.push(tag);
      at = tag.end;
      if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
        const close = new RegExp(`</${tag.name}[\\s/>]`, 'ig');
        close.lastIndex = at;
        const found = close.exec(html);
        // The end tag itself is the next tag read.
        at = found ? found.index : html.length;
      }
    } else {
      at += 1;
    }
  }
  return tags;
}

/** An attribute's value by name; undefined when absent, "" when present without a value. */
export function attribute(tag: StartTag, name: string): string | undefined {
  const found = tag.attributes.find((a) => a.name === name);
  return found ? (found.value ?? '') : undefined;
}

/**
 * Where the element that `tags[index]` opens ends: after its matching end tag (nested elements of the same name
 * counted), or after the start tag for void and self-closing elements.
 */
export function elementEnd(tags: Tag[], index: number): number {
  const open = tags[index];
  if (open?.kind !== 'start') throw new Error(`no start tag at ${index}`);
  if (open.selfClosing || VOID_ELEMENTS.has(open.name)) return open.end;
  let depth = 0;
  for (let i = index; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag.name !== open.name) continue;
    if (tag.kind === 'start' && !tag.selfClosing) depth += 1;
    else if (tag.kind === 'end' && --depth === 0) return tag.end;
  }
  throw new Error(`<${open.name}> at offset ${open.start} is never closed`);
}
