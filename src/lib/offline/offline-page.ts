// Turns one page of the online build into its offline form: relative addresses that name their files, the site's
// module scripts replaced by one classic script (file:// pages may not load modules), the edition's own parts.
// Inline scripts are left byte for byte, so the hashes in the page's Content-Security-Policy still match them.
import { EDITION_ATTRIBUTE, ROOT_ATTRIBUTE } from './edition.ts';
import { attribute, elementEnd, scanTags, type StartTag } from './html-tags.ts';
import { offlineHref, type OfflineSite, relativeRoot } from './paths.ts';

/** Attributes that hold one address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'xlink:href']);

/** The scripts of a page that are modules: external ones by path from the site's root, inline ones by their code. */
export interface PageModules {
  external: string[];
  inline: string[];
}

const isModule = (tag: StartTag) => tag.name === 'script' && attribute(tag, 'type') === 'module';

/** The site path of a root address under `base` ("/briefing/_astro/a.js" → "_astro/a.js"). */
function sitePath(url: string, base: string): string {
  if (!url.startsWith(base)) throw new Error(`script ${url} is not under the base path ${base}`);
  return decodeURIComponent(url.slice(base.length));
}

/** The module scripts of a page, in document order. */
export function pageModules(html: string, base: string): PageModules {
  const modules: PageModules = { external: [], inline: [] };
  const tags = scanTags(html);
  tags.forEach((tag, i) => {
    if (tag.kind !== 'start' || !isModule(tag)) return;
    const src = attribute(tag, 'src');
    if (src !== undefined) modules.external.push(sitePath(src, base));
    else modules.inline.push(html.slice(tag.end, tags[i + 1]!.start));
  });
  return modules;
}

export interface OfflinePageOptions extends OfflineSite {
  /** The page's path from the edition's root: "countries/kazakhstan/index.html". */
  pagePath: string;
  /** Path from the root of the classic script that does the work of the page's external module scripts. */
  classicScript?: string | undefined;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Where an attribute's value sits in the page (inside its quotes). */
function valueRange(html: string, attr: { value: string | undefined; end: number }): { start: number; end: number } {
  const quoted = html[attr.end - 1] === '"' || html[attr.end - 1] === "'";
  const end = attr.end - (quoted ? 1 : 0);
  return { start: end - (attr.value ?? '').length, end };
}

/** "a.png 1x, /b.png 2x": each candidate's address rewritten. */
function offlineSrcset(srcset: string, rewrite: (url: string) => string): string {
  return srcset.replace(/(^|,)(\s*)(\S+)/g, (_, comma: string, space: string, url: string) => `${comma}${space}${rewrite(url)}`);
}

/** The offline form of one page. */
export function offlinePage(html: string, options: OfflinePageOptions): string {
  const tags = scanTags(html);
  const root = relativeRoot(options.pagePath);
  const edits: Edit[] = [];
  /** Whole elements replaced: by nothing, or (the first module script) by the classic script. */
  const elements: Edit[] = [];
  const rewrite = (url: string) => offlineHref(url, options.pagePath, options);
  let scriptPlaced = false;

  for (const [i, tag] of tags.entries()) {
    if (tag.kind !== 'start') continue;
    const remove = () => elements.push({ start: tag.start, end: elementEnd(tags, i), text: '' });

    if (tag.name === 'html') {
      edits.push({ start: tag.end - 1, end: tag.end - 1, text: ` ${ROOT_ATTRIBUTE}="${root}"` });
    }
    const edition = attribute(tag, EDITION_ATTRIBUTE);
    if (edition === 'online') {
      remove();
      continue;
    }
    if (edition === 'offline') {
      const hidden = tag.attributes.find((a) => a.name === 'hidden');
      if (hidden) edits.push({ start: /\s/.test(html[hidden.start - 1] ?? '') ? hidden.start - 1 : hidden.start, end: hidden.end, text: '' });
    }
    if (tag.name === 'link' && (attribute(tag, 'rel') ?? '').split(/\s+/).includes('modulepreload')) {
      remove();
      continue;
    }
    if (isModule(tag) && attribute(tag, 'src') !== undefined) {
      if (!options.classicScript) throw new Error(`${options.pagePath} loads module scripts but no classic script replaces them`);
      // One classic script does the work of all of them, where the first stood; `defer` keeps the modules' timing.
      if (scriptPlaced) remove();
      else elements.push({ start: tag.start, end: elementEnd(tags, i), text: `<script defer src="${root}${options.classicScript}"></script>` });
      scriptPlaced = true;
      continue;
    }
    for (const attr of tag.attributes) {
      if (attr.value === undefined || !(URL_ATTRIBUTES.has(attr.name) || attr.name === 'srcset')) continue;
      const next = attr.name === 'srcset' ? offlineSrcset(attr.value, rewrite) : rewrite(attr.value);
      if (next !== attr.value) edits.push({ ...valueRange(html, attr), text: next });
    }
  }

  // Edits inside a removed element go with it.
  const inside = (e: Edit, outer: Edit) => e !== outer && e.start >= outer.start && e.end <= outer.end;
  const all = [...edits, ...elements].filter((e) => !elements.some((outer) => inside(e, outer)));
  all.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const edit of all) {
    parts.push(html.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(html.slice(at));
  return parts.join('');
}
