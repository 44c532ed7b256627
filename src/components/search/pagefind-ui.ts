// Loads Pagefind's Component UI on demand (the first time a reader searches), and configures it for this site:
// the bundle and result links under the base path, highlighting on the opened page, aliases weighted like titles.
import { ROOT_DATASET_KEY } from '../../lib/offline/edition.ts';
import { folderIndex } from '../../lib/offline/paths.ts';
import { HIGHLIGHT_PARAM, META_WEIGHTS } from '../../lib/search/search-keys.ts';
import { installSmartSearch, type SearchReport } from './smart-search.ts';

/** The parts of a Pagefind Component UI instance this site uses (pagefind_ui/component/core/instance.ts). */
export interface SearchInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  searchSort: Record<string, 'asc' | 'desc'>;
  faceted: boolean;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
  on(event: 'results', callback: (result: { results: unknown[]; bfReport?: SearchReport }) => void): void;
  on(event: 'error', callback: (error: { message?: string }) => void): void;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  triggerFilters(filters: Record<string, string[]>): void;
  triggerLoad(): Promise<void>;
  setTranslations(strings: Record<string, string>): void;
}

interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): SearchInstance;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
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

let loading: Promise<SearchInstance> | undefined;

/**
 * The page's search instance, loading the Component UI's script and stylesheet the first time. Configures the
 * instance before any <pagefind-*> element connects (later configuration is ignored), so callers add those
 * elements only after this resolves.
 */
export function loadSearchUi(): Promise<SearchInstance> {
  loading ??= new Promise<SearchInstance>((resolve, reject) => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${bundlePath()}pagefind-component-ui.css`;
    // First in <head>, so where both set the same custom property, the site's stylesheet wins.
    document.head.prepend(css);
    const script = document.createElement('script');
    script.src = `${bundlePath()}pagefind-component-ui.js`;
    script.addEventListener('load', () => {
      const ui = window.PagefindComponents;
      if (!ui) return reject(new Error('the search interface did not start'));
      const instance = ui.configureInstance('default', {
        bundlePath: bundlePath(),
        // The index stores paths from the site's root; results link under the base path.
        baseUrl: siteRoot(),
        highlightParam: HIGHLIGHT_PARAM,
        excerptLength: 24,
        // Pagefind's search on the page's own thread, as in the offline edition: one file fewer to fetch before
        // the first result (pagefind-worker.js, 43 kB), and a search of this index takes milliseconds.
        noWorker: true,
        ranking: { metaWeights: META_WEIGHTS },
      });
      installSmartSearch(instance, bundlePath());
      instance.setTranslations({
        search_label: 'Search the briefing',
        placeholder: 'Search countries, documents, people…',
        input_hint: 'Results appear as you type',
        results_label: 'Search results',
      });
      resolve(instance);
    });
    script.addEventListener('error', () => reject(new Error('the search interface could not be loaded')));
    document.head.append(script);
  });
  // A failed load may be passing (a dropped connection): let the next search try again.
  loading.catch(() => (loading = undefined));
  return loading;
}
