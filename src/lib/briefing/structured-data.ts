// Structured data (JSON-LD, schema.org) for search engines and link previews: the summit and its events as
// Event, outcome documents as CreativeWork, every other page as WebPage within the briefing's WebSite. Pure.
import type { Briefing } from './briefing.ts';
import { entryPath } from './collections.ts';
import { specOfEntry } from './collections/index.ts';
import type { JsonLd } from './collections/spec.ts';
import { urlOf } from './collections/helpers.ts';
import type { Entry } from './model.ts';

/** An absolute address on the site, or undefined when it has none (then no `url` is given: never a made-up host). */
const absolute = (siteUrl: string | undefined, path: string) =>
  siteUrl === undefined ? undefined : new URL(path, siteUrl).href;

/**
 * The JSON-LD graph of a page: the website, the page, and what the page is about where it is an event or document.
 * `siteUrl` is the absolute address of the site's root, undefined when the site has none; `path` is relative to it.
 */
export function structuredData(
  b: Briefing,
  siteUrl: string | undefined,
  path: string,
  title: string,
  description: string,
  entry?: Entry,
): JsonLd {
  const url = absolute(siteUrl, path);
  const home = absolute(siteUrl, '');
  const website = `${home ?? ''}#website`;
  const graph: JsonLd[] = [
    {
      '@type': 'WebSite',
      '@id': website,
      name: b.site.title,
      ...urlOf(home),
      inLanguage: b.site.language,
      publisher: { '@type': 'Organization', name: b.site.publisher },
      license: b.site.licenseUrl,
    },
    {
      '@type': 'WebPage',
      ...(url ? { '@id': url } : {}),
      name: title,
      description,
      ...urlOf(url),
      isPartOf: { '@id': website },
      dateModified: b.site.updated,
    },
  ];
  // What the page is about, where its collection's module describes it (an Event, a CreativeWork); the home page
  // is about the summit.
  const about = entry ?? (path === '' ? b.summit : undefined);
  const aboutUrl = entry ? url : about && absolute(siteUrl, entryPath(about.collection, about.id));
  const node = about && specOfEntry(about).jsonLd?.(b, about, aboutUrl);
  if (node) graph.push(node);
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** Serialises JSON-LD for a <script> element: "<" is escaped so no text in the data can close the element. */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
