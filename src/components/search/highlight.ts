// Marks the searched words on the page a result opened (`?highlight=…`), with Pagefind's highlighter.
import { HIGHLIGHT_PARAM } from '../../lib/search/search-keys.ts';
import { siteRoot } from './pagefind-ui.ts';

declare global {
  interface Window {
    PagefindHighlight?: new (options: { highlightParam: string; addStyles?: boolean; markContext?: string }) => unknown;
  }
}

/** Loads the highlighter (only on pages opened from a result) and marks the words in the page's indexed text. */
export async function highlightSearchTerms(): Promise<void> {
  await import(/* @vite-ignore */ `${siteRoot()}pagefind/pagefind-highlight.js`);
  const Highlight = window.PagefindHighlight;
  // The site's stylesheet styles .pagefind-highlight in both colour schemes; Pagefind's own style is light only.
  if (Highlight) new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
}
