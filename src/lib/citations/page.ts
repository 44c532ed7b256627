// The citation of one page of the briefing, built once from the model for both "Cite this page" and the head's
// meta tags, so the two can never disagree.
import type { Briefing } from '../briefing/briefing.ts';
import { ENTRY_PAGE_COLLECTIONS } from '../briefing/pages.ts';
import { keyPrefix, pageKey, pageRecord } from '../format/cite-page.ts';
import type { CitationRecord } from './record.ts';

/** Entry ids that two collections with pages both use: their keys keep the collection to stay unique. */
export function sharedEntryIds(b: Briefing): Set<string> {
  const seen = new Map<string, number>();
  for (const c of ENTRY_PAGE_COLLECTIONS) for (const e of b.all(c)) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([id]) => id));
}

const shared = new WeakMap<Briefing, Set<string>>();

/**
 * The record of the page at `path` (from the site root, after the base: "countries/kazakhstan/").
 * `pathname` is what a browser shows (with the base); `siteUrl` the public origin, or undefined for none.
 */
export function pageCitation(
  b: Briefing,
  {
    title,
    path,
    pathname,
    siteUrl,
    firstPublished,
  }: {
    title: string;
    path: string;
    pathname: string;
    siteUrl: string | undefined;
    firstPublished?: string | undefined;
  },
): CitationRecord {
  let ids = shared.get(b);
  if (!ids) shared.set(b, (ids = sharedEntryIds(b)));
  const key = pageKey(keyPrefix(b.site.shortTitle), path, ids);
  return pageRecord({
    title,
    path: pathname,
    key,
    site: b.site,
    siteUrl,
    firstPublished,
    type: path === 'book/' ? 'book' : 'webpage',
  });
}
