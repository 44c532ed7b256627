// Puts the site's reading of queries (src/lib/search/query.ts) and its order of results (rank.ts) between
// Pagefind's Component UI and its engine, online and in the offline edition alike: the UI searches, this decides
// what the engine is asked and in which order the results come back.
import { type Change, type Lexicon, makeLexicon, readQuery } from '../../lib/search/query.ts';
import { rankResults } from '../../lib/search/rank.ts';
import { TERMS_FILE, TERMS_GLOBAL } from '../../lib/search/search-keys.ts';
import type { SearchTerms } from '../../lib/search/terms.ts';

interface EngineResult {
  id: string;
  score: number;
}
interface EngineResults {
  results: EngineResult[];
  [key: string]: unknown;
}
interface Engine {
  search(term: string | null, options?: unknown): Promise<EngineResults | null>;
}

/** What a search did with the query, carried on its results for the page to say. */
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

/** The report on a results object the UI hands to its 'results' listeners. */
export const REPORT_KEY = 'bfReport';

declare global {
  interface Window {
    [TERMS_GLOBAL]?: SearchTerms;
  }
}

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}

/** What the reader asked for beyond the query: a query searched as typed, and all results rather than the best. */
export const searchOptions = { verbatim: '', showAll: '' };

/** Loads the search terms (a classic script, so it loads from disk too); without them, queries go as typed. */
function loadLexicon(bundlePath: string): Promise<Lexicon | undefined> {
  return loadClassicScript(`${bundlePath}${TERMS_FILE}`)
    .then(() => (window[TERMS_GLOBAL] ? makeLexicon(window[TERMS_GLOBAL]) : undefined))
    .catch(() => undefined);
}

/** The engine's search, reading the query first and ordering what comes back. */
function smartEngine(engine: Engine, lexicon: () => Promise<Lexicon | undefined>): Engine {
  const search = engine.search.bind(engine);
  // The engine keeps its own state (loaded chunks, filters): its search is replaced in place.
  return Object.assign(engine, {
    async search(term: string | null, options?: unknown): Promise<EngineResults | null> {
      if (!term?.trim()) return search(term, options);
      const lex = await lexicon();
      if (!lex) return search(term, options);
      const read =
        term === searchOptions.verbatim ? { query: term, words: term, changes: [] } : readQuery(lex, term, true);
      const found = await search(read.query, options);
      if (!found) return found;
      let results = found.results;
      let figureIds = new Set<string>();
      if (read.words !== read.query) {
        // The entries holding the figure, then the pages that report it in words.
        figureIds = new Set(results.map((r) => r.id));
        const reported = (await search(read.words, options))?.results ?? [];
        results = [...results, ...reported.filter((r) => !figureIds.has(r.id))];
      }
      // Ordered by date, the reader asked for every dated page in that order: no ranking, nothing held back.
      const sort = (options as { sort?: Record<string, string> } | undefined)?.sort;
      const ranked =
        sort && Object.keys(sort).length
          ? { shown: results, more: [] }
          : rankResults(results, read.words, lex.terms.pages, figureIds);
      const all = searchOptions.showAll === term;
      const report: SearchReport = {
        typed: term,
        changes: read.changes,
        ...(read.changes.some((c) => c.why !== 'figure') && { searched: read.words }),
        more: all ? 0 : ranked.more.length,
        total: results.length,
      };
      return { ...found, results: all ? [...ranked.shown, ...ranked.more] : ranked.shown, [REPORT_KEY]: report };
    },
  });
}

/**
 * Routes an instance's searches through the site's reading of queries. The Component UI keeps its engine in
 * `__pagefind__` (pagefind_ui/component/core/instance.ts) and has no option to supply one; the property is caught
 * as the UI sets it, so no search goes past it.
 */
export function installSmartSearch(instance: object, bundlePath: string): void {
  // Loaded when first needed, not with the page: the reader's first keystroke (the search itself waits for typing
  // to pause, and for the terms) or the first search with words, such as one restored from the address.
  let loaded: Promise<Lexicon | undefined> | undefined;
  const lexicon = () => (loaded ??= loadLexicon(bundlePath));
  document.addEventListener('input', () => void lexicon(), { capture: true, once: true });
  let engine: Engine | undefined;
  Object.defineProperty(instance, '__pagefind__', {
    configurable: true,
    get: () => engine,
    set: (value: Engine | undefined) => {
      engine = value ? smartEngine(value, lexicon) : value;
    },
  });
}
