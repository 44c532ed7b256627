// Turns one page of the online build into its offline form: relative addresses that name their files, the site's
// module scripts replaced by one classic script (file:// pages may not load modules), the edition's own parts.
// Each page is parsed and rewritten once (rewriteOfflinePage, which also lists the modules it loads); the classic
// script's name is known only once every page's modules are, so it goes in afterwards (finishOfflinePage). Inline
// scripts are left byte for byte, so the hashes in the page's Content-Security-Policy still match them.
import { applyEditsInPieces, collectEdits } from '../html/edit-html.ts';
import { EDITION_ATTRIBUTE, ROOT_ATTRIBUTE } from './edition.ts';
import { offlineHref, type OfflineSite, relativeRoot } from './paths.ts';

/** Attributes that hold one address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'xlink:href']);

/** The scripts of a page that are modules: external ones by path from the site's root, inline ones by their code. */
export interface PageModules {
  external: string[];
  inline: string[];
}

/**
 * A page in its offline form but for one thing: the classic script that does the work of its external module scripts,
 * whose name is known once every page has been rewritten. `pieces`: the page's UTF-8 bytes, cut in two where that
 * script goes (one piece when it loads no external module). Plain data, so a worker thread can make it and hand it
 * over without a copy.
 */
export interface RewrittenPage {
  modules: PageModules;
  pieces: Uint8Array[];
}

/** The edit text that marks where the classic script goes; the page is cut there (never searched for). */
const CLASSIC_SCRIPT = '\u0000classic-script\u0000';

export interface OfflinePageOptions extends OfflineSite {
  /** The page's path from the edition's root: "countries/kazakhstan/index.html". */
  pagePath: string;
  /** Path from the root of the classic script that does the work of the page's external module scripts. */
  classicScript?: string | undefined;
}

/** The site path of a root address under `base` ("/briefing/_astro/a.js" → "_astro/a.js"). */
function sitePath(url: string, base: string): string {
  if (!url.startsWith(base)) throw new Error(`script ${url} is not under the base path ${base}`);
  return decodeURIComponent(url.slice(base.length));
}

/** "a.png 1x, /b.png 2x": each candidate's address rewritten. */
function offlineSrcset(srcset: string, rewrite: (url: string) => string): string {
  return srcset.replace(
    /(^|,)(\s*)(\S+)/g,
    (_, comma: string, space: string, url: string) => `${comma}${space}${rewrite(url)}`,
  );
}

/** Parses a page once and makes its offline form, but for the classic script (finishOfflinePage() adds it). */
export function rewriteOfflinePage(html: string, options: Omit<OfflinePageOptions, 'classicScript'>): RewrittenPage {
  const root = relativeRoot(options.pagePath);
  const rewrite = (url: string) => offlineHref(url, options.pagePath, options);
  const modules: PageModules = { external: [], inline: [] };

  const edits = collectEdits(html, (el) => {
    const name = el.tagName;
    if (name === 'html') el.appendToStartTag(` ${ROOT_ATTRIBUTE}="${root}"`);
    const edition = el.attribute(EDITION_ATTRIBUTE);
    if (edition === 'online') {
      el.replaceWith('');
      return false;
    }
    if (edition === 'offline') el.removeAttribute('hidden');
    if (name === 'link' && (el.attribute('rel') ?? '').split(/\s+/).includes('modulepreload')) {
      el.replaceWith('');
      return false;
    }
    if (name === 'script' && el.attribute('type') === 'module') {
      const src = el.attribute('src');
      if (src === undefined) {
        const at = modules.inline.push('') - 1;
        el.withInnerSource((code) => (modules.inline[at] = code));
        return false;
      }
      modules.external.push(sitePath(src, options.base));
      // One classic script does the work of all of them, where the first stood.
      el.replaceWith(modules.external.length === 1 ? CLASSIC_SCRIPT : '');
      return false;
    }
    for (const { name: attr, value } of el.attributes()) {
      if (!(URL_ATTRIBUTES.has(attr) || attr === 'srcset')) continue;
      const next = attr === 'srcset' ? offlineSrcset(value, rewrite) : rewrite(value);
      if (next !== value) el.setAttribute(attr, next);
    }
    return true;
  });
  const encoder = new TextEncoder();
  const pieces = applyEditsInPieces(html, edits, (e) => e.text === CLASSIC_SCRIPT).map((p) => encoder.encode(p));
  return { modules, pieces };
}

/** The offline page's bytes, with the classic script (path from the root) that replaces its module scripts. */
export function finishOfflinePage(
  page: RewrittenPage,
  pagePath: string,
  classicScript: string | undefined,
): Uint8Array {
  const [before, after, ...more] = page.pieces;
  if (more.length) throw new Error(`${pagePath} has more than one place for its classic script`);
  if (!page.modules.external.length) return before!;
  if (!classicScript) throw new Error(`${pagePath} loads module scripts but no classic script replaces them`);
  // Its first module script stood inside an element the edition leaves out: no place for the classic script.
  if (!after) return before!;
  // `defer` keeps the modules' timing.
  const script = new TextEncoder().encode(`<script defer src="${relativeRoot(pagePath)}${classicScript}"></script>`);
  return Buffer.concat([before!, script, after]);
}

/** The offline form of one page. */
export function offlinePage(html: string, options: OfflinePageOptions): string {
  const page = finishOfflinePage(rewriteOfflinePage(html, options), options.pagePath, options.classicScript);
  return new TextDecoder().decode(page);
}

/** The module scripts of a page, in document order. */
export function pageModules(html: string, base: string): PageModules {
  return rewriteOfflinePage(html, { base, hasFile: () => false, pagePath: 'index.html' }).modules;
}
