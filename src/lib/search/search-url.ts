// A search as a URL, so it can be linked, bookmarked and shared: `/search/?q=middle+corridor&kind=Document&sort=newest`.
import { DATE_SORT_KEY, MAX_QUERY_LENGTH, SEARCH_FILTERS, SEARCH_SORTS, type SearchSort } from './search-keys.ts';

/** What the search page shows: the words, the chosen filter values (by filter key) and the order. */
export interface SearchState {
  query: string;
  filters: Record<string, string[]>;
  sort: SearchSort;
}

/** A query as the engine gets it: white space folded, at most MAX_QUERY_LENGTH characters. Never HTML: plain text. */
export function cleanQuery(text: string): string {
  return text.replace(/\s+/g, ' ').trimStart().slice(0, MAX_QUERY_LENGTH);
}

/** Reads a search from a URL's query string ("?q=…"); unknown parameters (such as `highlight`) are ignored. */
export function readSearchState(queryString: string): SearchState {
  const params = new URLSearchParams(queryString);
  const filters: Record<string, string[]> = {};
  for (const { key, param } of SEARCH_FILTERS) {
    const values = [...new Set(params.getAll(param).filter(Boolean))];
    if (values.length) filters[key] = values;
  }
  const sort = params.get('sort');
  return {
    query: cleanQuery(params.get('q') ?? '').trim(),
    filters,
    sort: (SEARCH_SORTS as readonly string[]).includes(sort ?? '') ? (sort as SearchSort) : 'relevance',
  };
}

/** Writes a search as a query string, "" for an empty one; filters in the order the page offers them. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const query = cleanQuery(state.query).trim();
  if (query) params.set('q', query);
  for (const { key, param } of SEARCH_FILTERS) {
    for (const value of state.filters[key] ?? []) params.append(param, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's `sort` option for an order; relevance is Pagefind's default ranking, so no option. */
export function sortOption(sort: SearchSort): Record<string, 'asc' | 'desc'> {
  if (sort === 'newest') return { [DATE_SORT_KEY]: 'desc' };
  if (sort === 'oldest') return { [DATE_SORT_KEY]: 'asc' };
  return {};
}

/** Whether any filter value is chosen. */
export function hasFilters(filters: Record<string, string[]>): boolean {
  return Object.values(filters).some((values) => values.length > 0);
}
