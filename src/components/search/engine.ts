// The page's one search: Pagefind's engine (pagefind.js, its low-level API), loaded the first time a reader
// searches, with the site's reading of queries (src/lib/search/query.ts) and its order of results (rank.ts) on top.
// Online the engine is imported as a module; in the offline edition (opened from a folder, where the browser
// refuses import() and fetch()) it loads through the edition's runtime (src/lib/offline/browser/pagefind-runtime.ts).
import { loadClassicScript } from '../../lib/classic-script.ts';
import { ROOT_DATASET_KEY } from '../../lib/offline/edition.ts';
import { OFFLINE_RUNTIME_FILE, RUNTIME_GLOBAL } from '../../lib/offline/pagefind-files.ts';
import { folderIndex } from '../../lib/offline/paths.ts';
import { queryFigures } from '../../lib/search/figures.ts';
import { type Change, type Lexicon, makeLexicon, type ReadQuery, readQuery } from '../../lib/search/query.ts';
import { rankResults } from '../../lib/search/rank.ts';
import {
  FIGURES_FILE,
  FIGURES_GLOBAL,
  HIGHLIGHT_PARAM,
  META_WEIGHTS,
  NAMES_GLOBAL,
  TERMS_FILE,
  TERMS_GLOBAL,
} from '../../lib/search/search-keys.ts';
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
  report?: SearchReport;
}

export interface SearchEngine {
  search(request: SearchRequest): Promise<Found>;
  /** Fetches what a search for `term` needs while the reader is still typing. */
  preload(term: string): void;
  /** Counts of each filter value over the whole index. */
  filters(): Promise<FilterCounts>;
  /** Counts of each filter value within the results of a search. */
  counts(request: SearchRequest): Promise<FilterCounts>;
}

declare global {
  interface Window {
    [TERMS_GLOBAL]?: SearchTerms;
    [FIGURES_GLOBAL]?: string[];
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

let figures: Promise<void> | undefined;

/**
 * Adds the index's figure words to the lexicon, loading them the first time a query holds a sum of money (without
 * them, sums are searched as the words typed; a failed load is tried again by the next such query).
 */
function loadFigures(lexicon: Lexicon): Promise<void> {
  figures ??= loadClassicScript(`${bundlePath()}${FIGURES_FILE}`).then(
    () => {
      for (const word of window[FIGURES_GLOBAL] ?? []) lexicon.figures.add(word);
    },
    () => {
      figures = undefined;
    },
  );
  return figures;
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

/**
 * A request's words as the search reads them: as typed when the reader asked for that, otherwise through the
 * lexicon, with the index's figure words loaded first when the words hold a sum of money.
 */
async function readRequest(lexicon: Lexicon, request: SearchRequest): Promise<ReadQuery> {
  const { term } = request;
  if (request.verbatim) return { query: term, words: term, changes: [] };
  if (queryFigures(term).length) await loadFigures(lexicon);
  return readQuery(lexicon, term, true);
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
    return { results: found?.results ?? [] };
  }
  const read = await readRequest(lexicon, request);
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
      pages[id] = loaded.find((shard) => shard[id])?.[id] ?? [lexicon.weights.get(id) ?? 1, [], []];
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
    report,
  };
}

/** How many results of a search each filter value holds: Pagefind's counts for the words as the search reads them. */
async function countResults(
  pagefind: PagefindInstance,
  lexicon: Lexicon | undefined,
  request: SearchRequest,
): Promise<FilterCounts> {
  const words = request.term.trim();
  const query = words && lexicon ? (await readRequest(lexicon, request)).query : words || null;
  return (await pagefind.search(query, { filters: request.filters }))?.filters ?? {};
}

let loading: Promise<SearchEngine> | undefined;

/** The page's search engine, loading Pagefind the first time (a failed load is tried again next time). */
export function loadSearch(): Promise<SearchEngine> {
  loading ??= importPagefind().then((module) => {
    const options = {
      basePath: bundlePath(),
      // The index stores paths from the site's root; results link under the base path.
      baseUrl: siteRoot(),
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 24,
      ranking: { metaWeights: META_WEIGHTS },
    };
    // Pagefind's search on the page's own thread, as in the offline edition: one file fewer to fetch before the
    // first result (pagefind-worker.js, 43 kB), and a search takes milliseconds, as long as this instance never
    // holds the filter data (unless the reader filters): with it, Pagefind also counts the results under every
    // filter value, at 10,000 pages 300 ms of a 380 ms search.
    const pagefind = module.createInstance({ ...options, noWorker: true });
    // The counts come from an instance of their own, in a worker (online; from a folder there are no workers),
    // created the first time the page asks for counts.
    let counter: PagefindInstance | undefined;
    const counting = () => (counter ??= module.createInstance(options));
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
      filters: () => counting().filters(),
      counts: async (request) => countResults(counting(), request.term.trim() ? await lex() : undefined, request),
    };
  });
  loading.catch(() => (loading = undefined));
  return loading;
}
