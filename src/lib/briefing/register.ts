// A collection's register (its index page) one page at a time: the groups of entries, or the sources table, that
// page shows, how it sits in the whole list, and where the whole list is (its CSV and a search of its kind).
import type { CollectionName } from '../../schemas/index.ts';
import { writeSearchState } from '../search/search-url.ts';
import type { Briefing } from './briefing.ts';
import { specOf } from './collections/index.ts';
import { type SourceRow, sourceRows } from './collections/sources.ts';
import type { RelatedGroup } from './collections/spec.ts';
import { groupedPageOf, pageCount, pageOf, type PageGroup, REGISTER_PAGE_SIZE } from './pagination.ts';
import { ENTRY_PAGE_COLLECTIONS } from './pages.ts';
import { collectionIndexView } from './views.ts';

/** A collection with a register: one whose entries have pages. */
export type RegisterCollection = CollectionName;

/** One page of a register. */
export interface RegisterView {
  collection: RegisterCollection;
  /** "documents/": the first page's path, which the others' paths start from. */
  base: string;
  /** Entries in the collection. */
  count: number;
  number: number;
  pages: number;
  /** Positions of the first and last row shown, counting from 1; rows, as an entry in two groups is listed twice. */
  first: number;
  last: number;
  rows: number;
  /** The page's groups of entries (every collection but sources). */
  groups: PageGroup<RelatedGroup>[];
  /** The page's rows of the sources table (sources only). */
  sources: SourceRow[];
  /** Entries (or, for sources, table rows) on a full page. */
  size: number;
  /** The whole list as open data ("data/documents.csv"), when the collection has a table. */
  csv?: string | undefined;
  /** A search for every entry of this kind, e.g. "search/?kind=Document". */
  search: string;
}

/**
 * Rows on one page of the sources index: a table of one short row per source, so twice a register's page of titles
 * with summaries; a briefing's own sources (75 for this summit) stay one table to scan and sort by eye.
 */
export const SOURCES_PAGE_SIZE = 100;

/** Entries or rows on one page of `collection`'s register. */
export function registerPageSize(collection: RegisterCollection): number {
  return collection === 'sources' ? SOURCES_PAGE_SIZE : REGISTER_PAGE_SIZE;
}

/** How many pages each collection's register has, for the routes: one page unless it holds more than a page. */
export function registerPages(b: Briefing): { collection: RegisterCollection; number: number }[] {
  return ENTRY_PAGE_COLLECTIONS.flatMap((collection) => {
    const pages = pageCount(rowsOf(b, collection), registerPageSize(collection));
    return Array.from({ length: pages }, (_, i) => ({ collection, number: i + 1 }));
  });
}

function rowsOf(b: Briefing, collection: RegisterCollection): number {
  if (collection === 'sources') return b.all('sources').length;
  return collectionIndexView(b, collection).reduce((n, g) => n + g.entries.length, 0);
}

/** Page `number` (from 1) of the register of `collection`. */
export function registerView(b: Briefing, collection: RegisterCollection, number = 1): RegisterView {
  const spec = specOf(collection);
  const common = {
    collection,
    base: `${collection}/`,
    count: b.all(collection).length,
    size: registerPageSize(collection),
    csv: spec.table ? `data/${collection}.csv` : undefined,
    search: `search/${writeSearchState({ query: '', filters: { kind: [spec.labels.singular] }, sort: 'relevance' })}`,
  };
  if (collection === 'sources') {
    const page = pageOf(sourceRows(b), number, SOURCES_PAGE_SIZE);
    return { ...common, ...place(page), groups: [], sources: page.items };
  }
  const page = groupedPageOf(collectionIndexView(b, collection), number, REGISTER_PAGE_SIZE);
  return { ...common, ...place(page), groups: page.items, sources: [] };
}

const place = (p: { number: number; pages: number; first: number; last: number; total: number }) => ({
  number: p.number,
  pages: p.pages,
  first: p.first,
  last: p.last,
  rows: p.total,
});
