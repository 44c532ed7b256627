// How the offline edition makes Pagefind's own files load from disk, where the browser refuses fetch() and module
// scripts (Pagefind issues #202 and #241). The same engine and the same index, carried differently:
// - each index file (entry, metadata, WebAssembly, index, filter and fragment chunks) rides in a classic script
//   beside it, "<file>.js", which hands its bytes (base64) to the offline runtime;
// - pagefind.js and pagefind-highlight.js become classic scripts; the engine reads files through the runtime;
// - the runtime is a classic script of its own (OFFLINE_RUNTIME_FILE), which the site's search loads first and
//   asks for the engine instead of import().

/** The offline runtime's global (src/lib/offline/browser/pagefind-runtime.ts). */
export const RUNTIME_GLOBAL = '__bfOffline';

/** The offline runtime's script, in the edition's pagefind/ folder. */
export const OFFLINE_RUNTIME_FILE = 'bf-offline.js';

/** The global the classic engine script sets to what pagefind.js exports. */
export const ENGINE_GLOBAL = '__bfPagefind';

/** The suffix of a carrier script: "fragment/en_1a2b.pf_fragment" → "fragment/en_1a2b.pf_fragment.js". */
export const CARRIER_SUFFIX = '.js';

/** Whether a file of the bundle (path inside pagefind/) is index data the engine fetches. */
export function isPagefindData(path: string): boolean {
  return /(^|\/)pagefind-entry\.json$|\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/.test(path);
}

/** The classic script that carries one index file, by its path inside pagefind/ ("fragment/en_1a2b.pf_fragment"). */
export function carrierScript(path: string, bytes: Uint8Array): string {
  return `${RUNTIME_GLOBAL}.data(${JSON.stringify(path)},"${Buffer.from(bytes).toString('base64')}");\n`;
}

/** The bytes a carrier script holds, and the path it names (the inverse of carrierScript, for tests and checks). */
export function readCarrier(script: string): { path: string; bytes: Uint8Array } {
  const m = new RegExp(`^${RUNTIME_GLOBAL}\\.data\\(("(?:[^"\\\\]|\\\\.)*"),"([A-Za-z0-9+/=]*)"\\);\\n$`).exec(script);
  if (!m) throw new Error('not a carrier script');
  return { path: JSON.parse(m[1]!) as string, bytes: new Uint8Array(Buffer.from(m[2]!, 'base64')) };
}
