// The offline edition's search runtime, in the reader's browser. The build writes it as the edition's
// pagefind/bf-offline.js (OFFLINE_RUNTIME_FILE), which the site's search loads before asking it for the engine.
// From disk the browser refuses fetch() and import() (origin "null"), and workers; classic <script src> still
// loads. So:
// - the search's import of the engine comes here: pagefind.js loads as a classic script, runs on the page's own
//   thread, and reads its index through this runtime;
// - the engine's fetch() of an index file is answered from the file's carrier script ("<file>.js", its bytes in
//   base64), loaded on demand as online: only the chunks a search needs. Nothing but Pagefind's files is served,
//   and the page's own fetch() is untouched;
// - result links, which the index stores from the site's root ("/documents/x/"), are made relative to the page
//   and name their index.html ("../../documents/x/index.html"), as a folder on disk needs.
import { loadClassicScript } from '../../classic-script.ts';
import { ROOT_DATASET_KEY } from '../edition.ts';
import { CARRIER_SUFFIX, ENGINE_GLOBAL, RUNTIME_GLOBAL } from '../pagefind-files.ts';
import { offlineResultUrl } from '../paths.ts';

/** The parts of a Pagefind result this runtime touches (pagefind_web_js/types). */
interface Fragment {
  url: string;
  sub_results?: { url: string }[];
}
interface Result {
  data: () => Promise<Fragment>;
}
interface Results {
  results: Result[];
}
type Instance = Record<string, unknown> & {
  search: (...args: unknown[]) => Promise<Results | null>;
  debouncedSearch: (...args: unknown[]) => Promise<Results | null>;
};
interface Engine {
  createInstance: (options: Record<string, unknown>) => Instance;
}

/** The bundle's folder (…/pagefind/), known once the search asks for the engine. */
let bundle: URL | undefined;
/** Bytes handed over by carrier scripts, by path inside the bundle, until the request that loaded them takes them. */
const arrived = new Map<string, string>();
/** Files being loaded or loaded, by path inside the bundle: each carrier loads once. */
const files = new Map<string, Promise<Uint8Array>>();

function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** One file of the bundle, from its carrier. */
function readFile(url: URL): Promise<Uint8Array> {
  if (!bundle || !url.href.startsWith(bundle.href)) {
    return Promise.reject(new Error(`the offline edition serves Pagefind's own files only, not ${url.href}`));
  }
  const path = url.href.slice(bundle.href.length);
  let file = files.get(path);
  if (!file) {
    file = loadClassicScript(`${bundle.href}${path}${CARRIER_SUFFIX}`).then(() => {
      const base64 = arrived.get(path);
      arrived.delete(path);
      if (base64 === undefined) throw new Error(`${path}${CARRIER_SUFFIX} did not carry ${path}`);
      return decodeBase64(base64);
    });
    // A failed load may be tried again.
    file.catch(() => files.delete(path));
    files.set(path, file);
  }
  return file;
}

/** The engine's fetch(): what it asks for comes from the carriers. The cache-busting query (?ts=) means nothing here. */
async function offlineFetch(input: RequestInfo | URL): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  url.search = '';
  url.hash = '';
  const bytes = await readFile(url);
  return new Response(bytes as Uint8Array<ArrayBuffer>);
}

/** The folder's root seen from this page ("../../"), which the offline page states on its <html>. */
const pageRoot = () => document.documentElement.dataset[ROOT_DATASET_KEY] ?? './';

function offlineFragment(fragment: Fragment): Fragment {
  const root = pageRoot();
  return {
    ...fragment,
    url: offlineResultUrl(fragment.url, root),
    ...(fragment.sub_results && {
      sub_results: fragment.sub_results.map((sub) => ({ ...sub, url: offlineResultUrl(sub.url, root) })),
    }),
  };
}

function offlineResults(found: Results | null): Results | null {
  if (!found) return found;
  return {
    ...found,
    results: found.results.map((result) => ({ ...result, data: async () => offlineFragment(await result.data()) })),
  };
}

/** Loads the engine for the search (in place of `import(…/pagefind.js)`), set up to run from this folder. */
async function importEngine(src: string): Promise<Engine> {
  const url = new URL(src, location.href);
  const folder = new URL('./', url);
  bundle = folder;
  await loadClassicScript(url.href);
  const engine = (window as unknown as Record<string, Engine | undefined>)[ENGINE_GLOBAL];
  if (!engine) throw new Error('the search engine did not start');
  return {
    ...engine,
    createInstance(options) {
      // The classic engine cannot find its own folder (it has no import.meta.url), and workers cannot start
      // from disk: Pagefind's noWorker runs the same engine on the page's thread.
      const instance = engine.createInstance({ ...options, basePath: folder.href, baseUrl: '/', noWorker: true });
      return {
        ...instance,
        search: async (...args: unknown[]) => offlineResults(await instance.search(...args)),
        debouncedSearch: async (...args: unknown[]) => offlineResults(await instance.debouncedSearch(...args)),
      };
    },
  };
}

(window as unknown as Record<string, unknown>)[RUNTIME_GLOBAL] = {
  /** Called by each carrier script with the path and bytes it carries. */
  data: (path: string, base64: string) => arrived.set(path, base64),
  fetch: offlineFetch,
  importEngine,
};
