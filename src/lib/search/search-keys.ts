// The names search shares between the build (data-pagefind-* tags) and the browser (URL, sorting, highlighting).
// No imports: the header's script bundles this file, and it must not pull the content model into every page.

/** Filters a reader can narrow results by, in the order the search page offers them. */
export const SEARCH_FILTERS = [
  /** What the page is: Country, Initiative, Document, … */
  { key: 'kind', param: 'kind' },
  /** Countries the entry is about: a document's parties, an event's participants, a person's country. */
  { key: 'country', param: 'country' },
  /** Sectors of cooperation. */
  { key: 'theme', param: 'theme' },
  /** For documents: declaration, joint statement, agreement, … */
  { key: 'document kind', param: 'document-kind' },
  /** For initiatives: the countries that put them forward. */
  { key: 'proposer', param: 'proposer' },
] as const;

export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];

/** A filter's name as the site writes labels: "Document kind", not "document kind" or "DOCUMENT KIND". */
export const filterLabel = (key: string): string => `${key.charAt(0).toUpperCase()}${key.slice(1)}`;

/** The filter shown unfolded on the search page. */
export const OPEN_FILTER: SearchFilterKey = 'kind';

/** The one sort key: a date that sorts as text ("2025-12-20", "2019-05-00"). Pages without one are relevance-only. */
export const DATE_SORT_KEY = 'date';

/** How results can be ordered; "relevance" is Pagefind's own ranking. */
export const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Metadata key under which other spellings of a name are indexed. */
export const ALIASES_META = 'aliases';

/** Metadata key of the places an entry is known by that are not its name: a country's capital. */
export const PLACES_META = 'places';

/**
 * How much a match in each metadata field lifts a page (Pagefind's `ranking.metaWeights`). Pagefind boosts titles 5×;
 * another spelling of a name is as good a match as the name itself.
 */
export const META_WEIGHTS = { title: 5, [ALIASES_META]: 5, [PLACES_META]: 2, figures: 10 } as const;

/** Query parameter that carries the words to highlight on the page a result opens (`?highlight=middle+corridor`). */
export const HIGHLIGHT_PARAM = 'highlight';

/** Longest query kept; longer text is cut here so a pasted paragraph cannot stall the reader's browser. */
export const MAX_QUERY_LENGTH = 200;

/** Metadata key under which an entry's sums of money are indexed as figure words (src/lib/search/figures.ts). */
export const FIGURES_META = 'figures';

/**
 * How much a page's matches count, by its kind. A source page quotes what the entries state, so it comes after
 * the entry that holds a fact; everything else counts in full.
 */
export const KIND_WEIGHTS: Record<string, number> = { Source: 0.35 };

/** The global the search terms script sets (pagefind/bf-terms.js, built with the index). */
export const TERMS_GLOBAL = '__bfSearchTerms';

/** The global the name shards add themselves to (pagefind/bf-names-*.js). */
export const NAMES_GLOBAL = '__bfSearchNames';

/** The search terms script, in Pagefind's bundle folder. */
export const TERMS_FILE = 'bf-terms.js';

/** The global the figures script sets (pagefind/bf-figures.js). */
export const FIGURES_GLOBAL = '__bfSearchFigures';

/**
 * The figure words of the index, in their own script: loaded only by a query that holds a sum of money, since at
 * 10,000 documents they would be as large as the rest of the terms.
 */
export const FIGURES_FILE = 'bf-figures.js';

/** Kinds of page whose names have other spellings: people, countries and organisations. */
export const NAME_KINDS: readonly string[] = ['Person', 'Country', 'Organisation'];
