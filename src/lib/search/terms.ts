// What the browser needs besides Pagefind's index to read a query the way the reader meant it, built from that
// index once per build: the words the pages use (for typos), the other spellings the content gives for names, the
// figures the entries hold, and each page's kind and names (for ranking). Shipped as one classic script, which
// loads from a web server and from a folder on disk alike.
import { ALIASES_META, KIND_WEIGHTS, NAME_KINDS, TERMS_GLOBAL } from './search-keys.ts';
import { foldWord, skeleton } from './spelling.ts';
import { distance } from 'fastest-levenshtein';

/** The search terms of a build, as the browser receives them. */
export interface SearchTerms {
  /** The words of the indexed text (titles and prose), folded, most widely used first. */
  words: string[];
  /** Words of the content's other spellings ("tokaev", "kirghizia"), and the words searched instead. */
  aliases: Record<string, string>;
  /** The figure words the index holds ("figusd12000000000"). */
  figures: string[];
  /**
   * Each page by its Pagefind id: how much its matches count; its names as phrases, its title first (other names
   * only for people, countries and organisations); and the other words it is found by (a theme's "gallium").
   */
  pages: Record<string, [weight: number, names: string[], keywords: string[]]>;
}

/** One page as Pagefind indexed it (a fragment of its bundle). */
export interface IndexedPage {
  id: string;
  content: string;
  meta: Record<string, string | undefined>;
}

/** Words of a text as search compares them: folded, split at anything but letters and digits. */
export function wordsOf(text: string): string[] {
  // An apostrophe inside a word is a letter's mark (Uzbek Oʻzbekiston, O'zbekiston), not a break.
  return foldWord(text)
    .replace(/(?<=\p{L})['ʻ’](?=\p{L})/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A name as a phrase search compares it: "Kassym-Jomart Tokayev" → "kassym jomart tokayev". */
export const phraseOf = (text: string): string => wordsOf(text).join(' ');

/** How far (in edits) a word may be from the one it is read as: none for short words, where a guess is a gamble. */
export function editsAllowed(word: string): number {
  if (word.length < 4) return 0;
  return word.length <= 5 ? 1 : 2;
}

const aliasesOf = (page: IndexedPage) => (page.meta[ALIASES_META] ?? '').split(' · ').filter(Boolean);

/** The search terms of an index's pages. */
export function buildSearchTerms(pages: IndexedPage[]): SearchTerms {
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    for (const word of new Set(wordsOf(`${page.meta.title ?? ''} ${page.content}`)))
      pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
  }
  const known = (w: string) => pagesWith.has(w);
  // Numbers are matched as typed; words of one or two letters carry no spelling to correct.
  const words = [...pagesWith.entries()]
    .filter(([w]) => w.length > 2 && !/^\d+$/.test(w))
    .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))
    .map(([w]) => w);

  const aliases: Record<string, string> = {};
  const figures = new Set<string>();
  const byId: SearchTerms['pages'] = {};
  for (const page of [...pages].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const title = page.meta.title ?? '';
    const named = NAME_KINDS.includes(page.meta.kind ?? '');
    const phrases = (texts: string[]) => [...new Set(texts.map(phraseOf).filter(Boolean))];
    byId[page.id] = [
      KIND_WEIGHTS[page.meta.kind ?? ''] ?? 1,
      phrases([title, ...(named ? aliasesOf(page) : [])]),
      named ? [] : phrases(aliasesOf(page)),
    ];
    for (const word of (page.meta.figures ?? '').split(' ')) if (word) figures.add(word);
    const titleWords = wordsOf(title);
    for (const alias of aliasesOf(page)) {
      const aliasWords = wordsOf(alias);
      for (const word of aliasWords) {
        if (word in aliases || titleWords.includes(word)) continue;
        // Another spelling of a word of the title ("Tokaev" of "Tokayev", "Qazaqstan" of "Kazakhstan") stands for
        // that word; a name of another shape ("Kirghizia", "PRC", "東京宣言") stands for the whole title.
        const own = skeleton(word);
        const closest = own
          ? titleWords.map((t) => ({ t, d: distance(own, skeleton(t)) })).sort((a, b) => a.d - b.d)[0]
          : undefined;
        // A word the pages also use ("Berdimuhamedow" in a source's title) is read as the name only when it is
        // another spelling of a person's, country's or organisation's name that few pages use: a theme's "aid"
        // and the "Russian" of "Russian Federation" keep their own meaning.
        const spelling = closest && closest.d <= (word.length >= 9 ? 2 : 1);
        const rare = closest?.d === 0 || (pagesWith.get(word) ?? 0) <= 2;
        if (spelling && (!known(word) || (named && word.length >= 5 && rare))) aliases[word] = closest.t;
        else if (!known(word) && aliasWords.length === 1 && titleWords.length) aliases[word] = titleWords.join(' ');
      }
    }
  }
  return {
    words,
    aliases: Object.fromEntries(Object.entries(aliases).sort()),
    figures: [...figures].sort(),
    pages: byId,
  };
}

/** The classic script that hands the terms to the browser's search. */
export function termsScript(terms: SearchTerms): string {
  return `window.${TERMS_GLOBAL}=${JSON.stringify(terms)};\n`;
}
