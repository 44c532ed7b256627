// Reads a built site from disk, the way a reader's browser would see it: pages, links and anchors.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import * as cheerio from 'cheerio';

export const DIST = process.env.BRIEFING_OUT ?? 'dist';

export interface Page {
  /** URL path of the page, e.g. "/countries/kazakhstan/". */
  url: string;
  file: string;
  $: cheerio.CheerioAPI;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** Every HTML page of a built site, keyed by URL path. */
export function readSite(dist = DIST): Map<string, Page> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site in ${dist}: run npm run build first`);
  const pages = new Map<string, Page>();
  for (const file of htmlFiles(dist)) {
    const rel = relative(dist, file).split('\\').join('/');
    const url = `/${rel.replace(/index\.html$/, '')}`;
    pages.set(url, { url, file, $: cheerio.load(readFileSync(file, 'utf8')) });
  }
  return pages;
}

/** The site's own links on a page (external and mailto links left out), resolved against the page's URL. */
export function internalLinks(page: Page): { href: string; path: string; hash: string }[] {
  return page
    .$('a[href]')
    .toArray()
    .map((a) => page.$(a).attr('href')!)
    .filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//'))
    .map((href) => {
      const [withQuery = '', hash = ''] = href.split('#');
      // A query string (a search's filters) picks what a page shows, not which page it is.
      const pathPart = withQuery.split('?')[0]!;
      const path =
        pathPart === ''
          ? page.url
          : posix.resolve(posix.dirname(page.url + 'x'), pathPart) + (pathPart.endsWith('/') ? '/' : '');
      return { href, path: path.replace(/\/+/g, '/'), hash };
    });
}

/**
 * Text of the elements (a selector, or a selection already made) as a reader sees it: text nodes joined by spaces
 * (a browser separates blocks and list items; cheerio's .text() would run "Sources differ" and "9 agreements"
 * together), white space folded.
 */
export function text($: cheerio.CheerioAPI, selector: string | ReturnType<cheerio.CheerioAPI>): string {
  const parts: string[] = [];
  const walk = (nodes: ReturnType<cheerio.CheerioAPI>) =>
    nodes.contents().each((_, node) => {
      if (node.type === 'text') parts.push(node.data);
      else if (node.type === 'tag' && node.name !== 'script' && node.name !== 'style') walk($(node));
    });
  walk(typeof selector === 'string' ? $(selector) : selector);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
