// Marks the searched words on the page a result opened (`?highlight=…`), with Pagefind's highlighter.
import { HIGHLIGHT_PARAM } from '../../lib/search/search-keys.ts';
import { loadClassicScript, offlineRoot, siteRoot } from './engine.ts';

declare global {
  interface Window {
    PagefindHighlight?: new (options: { highlightParam: string; addStyles?: boolean; markContext?: string }) => unknown;
  }
}

/** Loads the highlighter (only on pages opened from a result) and marks the words in the page's indexed text. */
export async function highlightSearchTerms(): Promise<void> {
  const src = `${siteRoot()}pagefind/pagefind-highlight.js`;
  // A page opened from disk (the offline edition) may not import modules; there the highlighter is a classic script.
  if (offlineRoot() === undefined) await import(/* @vite-ignore */ src);
  else await loadClassicScript(src);
  const Highlight = window.PagefindHighlight;
  // The site's stylesheet styles .pagefind-highlight in both colour schemes; Pagefind's own style is light only.
  if (Highlight) new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
}
