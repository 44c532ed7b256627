// The page's one search: Pagefind's engine (pagefind.js, its low-level API), loaded the first time a reader
// searches, with the site's reading of queries (src/lib/search/query.ts) and its order of results (rank.ts) on top.
// Online the engine is imported as a module; in the offline edition (opened from a folder, where the browser
// refuses import() and fetch()) it loads through the edition's runtime (src/lib/offline/browser/pagefind-runtime.ts).
import { loadClassicScript } from '../../lib/classic-script.ts';
import { ROOT_DATASET_KEY } from '../../lib/offline/edition.ts';
import { OFFLINE_RUNTIME_FILE, RUNTIME_GLOBAL } from '../../lib/offline/pagefind-files.ts';
import { folderIndex } from '../../lib/offline/paths.ts';
import { type Change, type Lexicon, makeLexicon, readQuery } from '../../lib/search/query.ts';
import { rankResults } from '../../lib/search/rank.ts';
import { HIGHLIGHT_PARAM, META_WEIGHTS, NAMES_GLOBAL, TERMS_FILE, TERMS_GLOBAL } from '../../lib/search/search-keys.ts';
import { nameKeys, namesFile, type PageNames, phraseOf, type SearchTerms } from '../../lib/search/terms.ts';

/** A matching section of a page (Pagefind's sub result). */
export interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  locations?: number[];
}

/** What Pagefind holds about one result page (pagefind_web_js/types: PagefindSearchFragment). */
export interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}

export interface EngineResult {
  id: string;
  score: number;
  data: () => Promise<Fragment>;
}

/** Result counts by filter and value. */
export type FilterCounts = Record<string, Record<string, number>>;
export type Filters = Record<string, string[]>;
export type Sort = Record<string, 'asc' | 'desc'>;

interface EngineResults {
  results: EngineResult[];
  filters?: FilterCounts;
  totalFilters?: FilterCounts;
}

/** The parts of a Pagefind instance (pagefind.js createInstance()) this site uses. */
interface PagefindInstance {
  search(term: string | null, options?: { filters?: Filters; sort?: Sort }): Promise<EngineResults | null>;
  preload(term: string, options?: { filters?: Filters }): Promise<void>;
  filters(): Promise<FilterCounts>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** What a search did with the query, for the page to say. */
export interface SearchReport {
  /** The query as typed. */
  typed: string;
  /** Words read as others (spellings, typos), and sums of money read as figures. */
  changes: Change[];
  /** What was searched for, when it differs from what was typed. */
  searched?: string;
  /** How many weaker results wait behind "more results" (0 once shown). */
  more: number;
  /** All results, shown or waiting. */
  total: number;
}

/** One search a reader asks for. */
export interface SearchRequest {
  term: string;
  filters: Filters;
  sort: Sort;
  /** Search the words as typed, not as read (the reader chose "Search instead for …"). */
  verbatim?: boolean;
  /** Every result, the weak ones too (the reader chose "Show all"). */
  all?: boolean;
}

export interface Found {
  results: EngineResult[];
  /** Counts of each filter value within this search. */
  filters: FilterCounts;
  report?: SearchReport;
}

export interface SearchEngine {
  search(request: SearchRequest): Promise<Found>;
  /** Fetches what a search for `term` needs while the reader is still typing. */
  preload(term: string): void;
  /** Counts of each filter value over the whole index. */
  filters(): Promise<FilterCounts>;
}

declare global {
  interface Window {
    [TERMS_GLOBAL]?: SearchTerms;
    [NAMES_GLOBAL]?: Record<string, PageNames>;
  }
}

/** In the offline edition (opened from a folder), the folder's root relative to this page ("../../"); online, undefined. */
export const offlineRoot = (): string | undefined => document.documentElement.dataset[ROOT_DATASET_KEY];

/**
 * The site's root, ending in "/": under the base path online ("/" or "/briefing/"); in the offline edition, the
 * folder's address (file:///…/), which src/lib/offline/ gives each page.
 */
export const siteRoot = (): string => {
  const offline = offlineRoot();
  return offline === undefined ? import.meta.env.BASE_URL.replace(/\/?$/, '/') : new URL(offline, location.href).href;
};

/** A page of the site by its path ("search/"); from a folder, which has no web server, its index.html is named. */
export const pageHref = (path: string): string =>
  `${siteRoot()}${offlineRoot() === undefined ? path : folderIndex(path)}`;

const bundlePath = () => `${siteRoot()}pagefind/`;

export { loadClassicScript };

/** pagefind.js: imported online; from a folder, through the offline edition's runtime. */
async function importPagefind(): Promise<PagefindModule> {
  const src = `${bundlePath()}pagefind.js`;
  if (offlineRoot() === undefined) return (await import(/* @vite-ignore */ src)) as PagefindModule;
  await loadClassicScript(`${bundlePath()}${OFFLINE_RUNTIME_FILE}`);
  const runtime = (window as unknown as Record<string, { importEngine(src: string): Promise<PagefindModule> }>)[
    RUNTIME_GLOBAL
  ];
  if (!runtime) throw new Error('the offline search did not start');
  return runtime.importEngine(src);
}

/** Loads the search terms (a classic script, so it loads from disk too); without them, queries go as typed. */
function loadLexicon(): Promise<Lexicon | undefined> {
  return loadClassicScript(`${bundlePath()}${TERMS_FILE}`)
    .then(() => (window[TERMS_GLOBAL] ? makeLexicon(window[TERMS_GLOBAL]) : undefined))
    .catch(() => undefined);
}

/** Name shards loaded or loading, by key: each loads once, when a query first has a word filed under it. */
const shards = new Map<string, Promise<PageNames>>();

function loadShard(key: string): Promise<PageNames> {
  let shard = shards.get(key);
  if (!shard) {
    shard = loadClassicScript(`${bundlePath()}${namesFile(key)}`).then(() => window[NAMES_GLOBAL]?.[key] ?? {});
    // Without a shard, its pages rank by Pagefind's score alone; a later query tries again.
    shard = shard.catch(() => {
      shards.delete(key);
      return {};
    });
    shards.set(key, shard);
  }
  return shard;
}

/** The names of the pages a query's words could name, from the shards of those words. */
function namesFor(lexicon: Lexicon, words: string): Promise<PageNames[]> {
  const have = new Set(lexicon.terms.shards);
  const keys = nameKeys(phraseOf(words).split(' ')).filter((key) => have.has(key));
  return Promise.all(keys.map(loadShard));
}

/** The engine's search, reading the query first and ordering what comes back. */
async function smartSearch(
  pagefind: PagefindInstance,
  lexicon: Lexicon | undefined,
  request: SearchRequest,
): Promise<Found> {
  const { term, filters, sort } = request;
  const options = { filters, sort };
  const words = term.trim();
  if (!words || !lexicon) {
    const found = await pagefind.search(words || null, options);
    return { results: found?.results ?? [], filters: found?.filters ?? {} };
  }
  const read = request.verbatim ? { query: term, words: term, changes: [] } : readQuery(lexicon, term, true);
  // The names of the pages the words could name load while Pagefind searches.
  const named = namesFor(lexicon, read.words);
  const found = await pagefind.search(read.query, options);
  let results = found?.results ?? [];
  let figureIds = new Set<string>();
  if (read.words !== read.query) {
    // The entries holding the figure, then the pages that report it in words.
    figureIds = new Set(results.map((r) => r.id));
    const reported = (await pagefind.search(read.words, options))?.results ?? [];
    results = [...results, ...reported.filter((r) => !figureIds.has(r.id))];
  }
  // Ordered by date, the reader asked for every dated page in that order: no ranking, nothing held back.
  let ranked: { shown: EngineResult[]; more: EngineResult[] } = { shown: results, more: [] };
  if (!Object.keys(sort).length) {
    const loaded = await named;
    // A page in no shard of the query's words has no name the query could cover: only its weight counts.
    const pages: PageNames = {};
    for (const { id } of results)
      pages[id] = loaded.find((shard) => shard[id])?.[id] ?? [lexicon.terms.weights[id] ?? 1, [], []];
    ranked = rankResults(results, read.words, pages, figureIds);
  }
  const report: SearchReport = {
    typed: term,
    changes: read.changes,
    ...(read.changes.some((c) => c.why !== 'figure') && { searched: read.words }),
    more: request.all ? 0 : ranked.more.length,
    total: results.length,
  };
  return {
    results: request.all ? [...ranked.shown, ...ranked.more] : ranked.shown,
    filters: found?.filters ?? {},
    report,
  };
}

let loading: Promise<SearchEngine> | undefined;

/** The page's search engine, loading Pagefind the first time (a failed load is tried again next time). */
export function loadSearch(): Promise<SearchEngine> {
  loading ??= importPagefind().then((module) => {
    const pagefind = module.createInstance({
      basePath: bundlePath(),
      // The index stores paths from the site's root; results link under the base path.
      baseUrl: siteRoot(),
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 24,
      // Pagefind's search on the page's own thread, as in the offline edition: one file fewer to fetch before
      // the first result (pagefind-worker.js, 43 kB), and a search of this index takes milliseconds.
      noWorker: true,
      ranking: { metaWeights: META_WEIGHTS },
    });
    // The words the query is read with load as soon as the engine has, not at the first keystroke: the first
    // search runs on that keystroke and would otherwise wait for them. The engine itself loads after
    // DOMContentLoaded (the search page) or when the header box is first used, so this never delays the page.
    let lexicon: Promise<Lexicon | undefined> | undefined;
    const lex = () => (lexicon ??= loadLexicon());
    void lex();
    return {
      search: async (request) => smartSearch(pagefind, request.term.trim() ? await lex() : undefined, request),
      preload: (term) => {
        if (term.trim()) void pagefind.preload(term).catch(() => undefined);
      },
      filters: () => pagefind.filters(),
    };
  });
  loading.catch(() => (loading = undefined));
  return loading;
}
