// What each page contributes to the search index besides its text: its kind, the filters it can be found by, the
// date it sorts by and the other spellings of its name. Everything here comes from typed fields, never from prose.
import { dateSortKey, formatDateRange } from '../format/format-date.ts';
import { moneyWords } from '../search/figures.ts';
import {
  ALIASES_META,
  DATE_SORT_KEY,
  FIGURES_META,
  PLACES_META,
  SEARCH_FILTERS,
  type SearchFilterKey,
} from '../search/search-keys.ts';
import { type Briefing, figuresOf, titleOf } from './briefing.ts';
import { PAGE_COLLECTIONS, specOfEntry } from './collections/index.ts';
import type { Entry } from './model.ts';

/** What one page tells Pagefind about itself. */
export interface SearchMeta {
  /** What the page is, as readers call it: "Document", "Country", "Glossary". Shown on each result; also a filter. */
  kind: string;
  /** Filter values by key, each without repeats, in content order; keys with no value are left out. */
  filters: { key: SearchFilterKey; values: string[] }[];
  /** Shown on a result: its date, as the page writes it ("19–20 December 2025"). */
  date?: string | undefined;
  /** Sorts by date: a key that orders partial dates as text ("2025-12-20", "2019-05-00"). */
  dateSort?: string | undefined;
  /** Other spellings of the name ("Tokaev", "CAJAD", "Türkmenistan"): searched as metadata, weighted like a title. */
  aliases: string[];
  /** Places the entry is known by that are not its name (a country's capital): ranked after the pages they name. */
  places?: string[];
  /** The entry's sums of money as search words ("figusd12000000000"), so "$12 billion" and "12bn" find it. */
  figures?: string[];
}

/** One `data-pagefind-*` attribute to put on an empty element of the page. */
export interface SearchTag {
  attribute: 'data-pagefind-filter' | 'data-pagefind-meta' | 'data-pagefind-sort';
  /** "key:value"; Pagefind splits at the first colon, so a value may hold colons and commas. */
  value: string;
}

const unique = (values: (string | undefined)[]): string[] => [...new Set(values.filter((v): v is string => !!v))];

/** Search metadata of an entry's page, from its typed fields. */
export function searchMetaOf(b: Briefing, entry: Entry): SearchMeta {
  const spec = specOfEntry(entry);
  const kind = spec.labels.singular;
  const facets = spec.search?.(b, entry) ?? { filters: [] };
  const filters: SearchMeta['filters'] = [{ key: 'kind', values: [kind] }, ...facets.filters];
  const { start, end } = facets;

  const title = titleOf(entry);
  const aliases = unique((entry.data as { aliases?: string[] }).aliases ?? []).filter((a) => a !== title);
  return {
    kind,
    filters,
    date: start ? formatDateRange(start, end) : undefined,
    dateSort: start ? dateSortKey(start) : undefined,
    aliases,
    ...(facets.places?.length ? { places: unique(facets.places) } : {}),
    figures: moneyWords(figuresOf(entry)),
  };
}

/** The kinds of the indexed pages that are not one entry's (src/pages/glossary.astro, about.astro). */
export const PAGE_KINDS = { glossary: 'Glossary', about: 'About' } as const;

/** Search metadata of a page that is not one entry's, e.g. the glossary or the method page. */
export function searchMetaOfPage(kind: (typeof PAGE_KINDS)[keyof typeof PAGE_KINDS]): SearchMeta {
  return { kind, filters: [{ key: 'kind', values: [kind] }], aliases: [] };
}

/**
 * Every value each filter takes over the indexed pages, in the order Pagefind lists them: the search page's
 * filters, drawn at build time, so they are there before the search's own data has loaded.
 */
export function filterValues(b: Briefing): { key: SearchFilterKey; param: string; values: string[] }[] {
  const found = new Map<SearchFilterKey, Set<string>>(SEARCH_FILTERS.map(({ key }) => [key, new Set()]));
  const metas = [
    ...PAGE_COLLECTIONS.flatMap((collection) => b.all(collection).map((entry) => searchMetaOf(b, entry))),
    ...Object.values(PAGE_KINDS).map(searchMetaOfPage),
  ];
  for (const meta of metas) for (const { key, values } of meta.filters) for (const v of values) found.get(key)!.add(v);
  return SEARCH_FILTERS.map(({ key, param }) => ({ key, param, values: [...found.get(key)!].sort() })).filter(
    (f) => f.values.length,
  );
}

/** The attributes that carry a page's search metadata, in a stable order (so the build output is deterministic). */
export function searchTags(meta: SearchMeta): SearchTag[] {
  return [
    { attribute: 'data-pagefind-meta', value: `kind:${meta.kind}` },
    ...(meta.date ? [{ attribute: 'data-pagefind-meta' as const, value: `date:${meta.date}` }] : []),
    ...(meta.aliases.length
      ? [{ attribute: 'data-pagefind-meta' as const, value: `${ALIASES_META}:${meta.aliases.join(' · ')}` }]
      : []),
    ...(meta.places?.length
      ? [{ attribute: 'data-pagefind-meta' as const, value: `${PLACES_META}:${meta.places.join(' · ')}` }]
      : []),
    ...(meta.figures?.length
      ? [{ attribute: 'data-pagefind-meta' as const, value: `${FIGURES_META}:${meta.figures.join(' ')}` }]
      : []),
    ...meta.filters.flatMap((f) =>
      f.values.map((v) => ({ attribute: 'data-pagefind-filter' as const, value: `${f.key}:${v}` })),
    ),
    ...(meta.dateSort
      ? [{ attribute: 'data-pagefind-sort' as const, value: `${DATE_SORT_KEY}:${meta.dateSort}` }]
      : []),
  ];
}
