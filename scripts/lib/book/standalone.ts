// The book page as one self-contained HTML file, to e-mail or carry: its styles inlined, no scripts (the book
// needs none), nothing that would make a browser fetch anything, and links to the rest of the site made absolute.
import * as cheerio from 'cheerio';

/** Reads a file of the built site by its path from the site's root ("_astro/notes.css"), whatever the base path. */
export type ReadAsset = (path: string) => string;

/** A policy that lets the file load nothing at all: a browser enforces what the tests check. */
export const STANDALONE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The address of the online edition's root, from the page's canonical URL (".../book/" → "..."); undefined when the
 * site was built without an address (then it has no canonical URL).
 */
export function siteUrlOf($: cheerio.CheerioAPI): string | undefined {
  const canonical = $('link[rel="canonical"]').attr('href');
  return canonical ? new URL('..', canonical).href : undefined;
}

/** Addresses a piece of CSS or an attribute loads with url(), other than fragments and data: URLs. */
const urlsIn = (text: string) =>
  [...text.matchAll(/url\(\s*['"]?([^'")\s]+)/g)]
    .map((m) => m[1]!)
    .filter((u) => !u.startsWith('#') && !u.startsWith('data:'));

/** Fails on a style sheet that refers to another file: inlined, it would lose it (or fetch it). */
function checkCss(text: string, href: string): string {
  // The site's typeface is files of its own: here the fallback faces (local fonts sized like it, fonts.css) stand in.
  const css = text.replace(/@font-face\s*{[^}]*url\([^}]*}/g, '');
  const refs = urlsIn(css);
  if (refs.length || /@import\b/.test(css)) {
    throw new Error(
      `${href} refers to other files (${refs.join(', ') || '@import'}); the single-file book cannot include them`,
    );
  }
  return css;
}

/** Turns the built book page into the single HTML file. */
export function standaloneHtml(page: string, readAsset: ReadAsset): string {
  const $ = cheerio.load(page);
  const siteUrl = siteUrlOf($);
  // The book page names the base path it was built under (the canonical URL, which also holds it, may be absent).
  const base = $('[data-base]').attr('data-base') ?? (siteUrl ? new URL(siteUrl).pathname : '/');
  $('link[rel~="stylesheet"]').each((_, el) => {
    const href = $(el).attr('href')!;
    if (!href.startsWith(base)) throw new Error(`the style sheet ${href} is not part of the site under ${base}`);
    $(el).replaceWith($('<style>').text(checkCss(readAsset(href.slice(base.length)), href)));
  });
  // Scripts only enhance the online page; links and social metadata in the head are for the web, not a file.
  $('script, link, meta[http-equiv], meta[property^="og:"], meta[name^="twitter:"], meta[name="robots"]').remove();
  $('meta[charset]').after(`<meta http-equiv="content-security-policy" content="${STANDALONE_CSP}">`);
  // Downloads are files of the online edition; the chart and its sources are in the file itself.
  $('.bf-chart__downloads').remove();
  $('details.bf-chart__sources').attr('open', '');
  // Links to pages the book does not hold (open data, search, the home page) go to the online edition; with no
  // address to send them to, they are left as their text.
  $('a[href]').each((_, el) => {
    const href = $(el).attr('href')!;
    if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return;
    if (!siteUrl) {
      $(el).replaceWith($(el).contents());
      return;
    }
    $(el).attr('href', new URL(href, siteUrl).href);
    const rel = new Set(($(el).attr('rel') ?? '').split(/\s+/).filter(Boolean));
    rel.add('external');
    $(el).attr('rel', [...rel].join(' '));
  });
  const loads = $('[src], [srcset], [poster], object, embed, iframe, base').toArray();
  if (loads.length)
    throw new Error(`the book page loads other files: ${loads.map((el) => $.html(el).slice(0, 80)).join('; ')}`);
  return $.html();
}

/**
 * What in a single HTML file would reach outside it: scripts, linked files, sources of images and frames, styles
 * and SVG paint that load files, and links that are neither within the file nor to a web address marked as leaving
 * it. Empty for a self-contained file.
 */
export function externalReferences(html: string): string[] {
  const $ = cheerio.load(html);
  const found: string[] = [];
  const show = (el: Parameters<typeof $>[0]) => $.html(el).slice(0, 100);
  $(
    'script, link, object, embed, iframe, base, [src], [srcset], [poster], [data], [action], meta[http-equiv="refresh"]',
  ).each((_, el) => {
    found.push(`loads: ${show(el)}`);
  });
  $('style').each((_, el) => {
    const css = $(el).text();
    found.push(...urlsIn(css).map((u) => `style loads: ${u}`));
    if (/@import\b/.test(css)) found.push('style imports another style sheet');
  });
  $('*').each((_, el) => {
    if (el.type !== 'tag') return;
    for (const [name, value] of Object.entries(el.attribs)) {
      found.push(...urlsIn(value).map((u) => `${name} loads: ${u}`));
      if (name !== 'href' && name !== 'xlink:href') continue;
      if (value.startsWith('#')) continue;
      if (el.name === 'a' && /^https?:\/\//.test(value) && ($(el).attr('rel') ?? '').split(/\s+/).includes('external'))
        continue;
      found.push(`refers to: ${show(el)}`);
    }
  });
  return found;
}
