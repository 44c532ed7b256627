// Structured data (JSON-LD, schema.org) for search engines and link previews: the summit and its events as
// Event, outcome documents as CreativeWork, every other page as WebPage within the briefing's WebSite. Pure.
import type { Briefing } from './briefing.ts';
import { entryPath } from './collections.ts';
import type { Entry } from './model.ts';

type JsonLd = Record<string, unknown>;

/** An absolute address on the site, or undefined when it has none (then no `url` is given: never a made-up host). */
const absolute = (siteUrl: string | undefined, path: string) => (siteUrl === undefined ? undefined : new URL(path, siteUrl).href);
const urlOf = (url: string | undefined): JsonLd => (url === undefined ? {} : { url });

function eventLd(b: Briefing, e: Entry<'events'>, url: string | undefined): JsonLd {
  const d = e.data;
  return {
    '@type': 'Event',
    name: d.title,
    description: d.summary,
    ...(d.start ? { startDate: d.start } : {}),
    ...(d.end ? { endDate: d.end } : {}),
    eventStatus: `https://schema.org/Event${d.status === 'cancelled' ? 'Cancelled' : 'Scheduled'}`,
    ...(d.place || d.country
      ? { location: { '@type': 'Place', name: d.place ?? b.get(d.country!).data.name, ...(d.country ? { address: { '@type': 'PostalAddress', addressCountry: b.get(d.country).data.iso2 } } : {}) } }
      : {}),
    ...(d.participants.length ? { attendee: d.participants.map((c) => ({ '@type': 'Country', name: b.get(c).data.name })) } : {}),
    ...urlOf(url),
  };
}

function documentLd(b: Briefing, e: Entry<'documents'>, url: string | undefined): JsonLd {
  const d = e.data;
  return {
    '@type': 'CreativeWork',
    name: d.title,
    ...(d.titleVariants.length ? { alternateName: d.titleVariants.map((v) => v.text) } : {}),
    description: d.summary,
    genre: d.kind,
    ...(d.date ? { dateCreated: d.date } : {}),
    ...(d.signatories.length ? { author: d.signatories.map((p) => ({ '@type': 'Person', name: b.get(p).data.name })) } : {}),
    about: d.themes.map((t) => b.get(t).data.title),
    spatialCoverage: d.parties.map((c) => ({ '@type': 'Country', name: b.get(c).data.name })),
    ...urlOf(url),
  };
}

/**
 * The JSON-LD graph of a page: the website, the page, and what the page is about where it is an event or document.
 * `siteUrl` is the absolute address of the site's root, undefined when the site has none; `path` is relative to it.
 */
export function structuredData(b: Briefing, siteUrl: string | undefined, path: string, title: string, description: string, entry?: Entry): JsonLd {
  const url = absolute(siteUrl, path);
  const home = absolute(siteUrl, '');
  const website = `${home ?? ''}#website`;
  const graph: JsonLd[] = [
    { '@type': 'WebSite', '@id': website, name: b.site.title, ...urlOf(home), inLanguage: b.site.language, publisher: { '@type': 'Organization', name: b.site.publisher }, license: b.site.licenseUrl },
    { '@type': 'WebPage', ...(url ? { '@id': url } : {}), name: title, description, ...urlOf(url), isPartOf: { '@id': website }, dateModified: b.site.updated },
  ];
  if (entry?.collection === 'events') graph.push(eventLd(b, entry as Entry<'events'>, url));
  if (entry?.collection === 'documents') graph.push(documentLd(b, entry as Entry<'documents'>, url));
  if (!entry && path === '') graph.push(eventLd(b, b.summit, absolute(siteUrl, entryPath('events', b.summit.id))));
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** Serialises JSON-LD for a <script> element: "<" is escaped so no text in the data can close the element. */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

