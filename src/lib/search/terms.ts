// What the browser needs besides Pagefind's index to read a query the way the reader meant it, built from that
// index once per build: the words the pages use (for typos), the other spellings the content gives for names, the
// figures the entries hold, and each page's weight and names (for ranking). Shipped as classic scripts, which load
// from a web server and from a folder on disk alike: the terms in one, read at the first keystroke; the figures in
// another, read by the first query that holds a sum of money; the pages' names in shards by the words of the
// names, so a query loads only the shards of its own words (at 1,000 documents the names are 156 kB, most of what
// the first query would otherwise fetch).
import {
  ALIASES_META,
  FIGURES_GLOBAL,
  KIND_WEIGHTS,
  NAME_KINDS,
  NAMES_GLOBAL,
  PLACES_META,
  TERMS_GLOBAL,
} from './search-keys.ts';
import { foldWord, skeleton } from './spelling.ts';
import { distance } from 'fastest-levenshtein';

/** The search terms of a build, as the browser receives them. */
export interface SearchTerms {
  /** The words of the indexed text (titles and prose), folded, most widely used first. */
  words: string[];
  /** Words of the content's other spellings ("tokaev", "kirghizia"), and the words searched instead. */
  aliases: Record<string, string>;
  /**
   * The pages whose matches count other than fully (sources): by weight ("0.35"), their Pagefind ids, separated by
   * spaces (at 10,000 documents, half the size of an object keyed by id).
   */
  weights: Record<string, string>;
  /** The keys of the name shards there are (nameKeys()). */
  shards: string[];
}

/**
 * Pages by their Pagefind id: how much its matches count; its names as phrases, its title first (other names only
 * for people, countries and organisations); and the other words it is found by (a theme's "gallium").
 */
/** Per page: its weight, its names, its keywords, and (only when it has any) the places it is known by. */
export type PageNames = Record<string, [weight: number, names: string[], keywords: string[], places?: string[]]>;

/** The terms, the figure words the index holds ("figusd12000000000"), and every page's names (shipped in shards). */
export interface BuiltTerms {
  terms: SearchTerms;
  figures: string[];
  pages: PageNames;
}

/** Words that name nothing by themselves: a page is not filed under them, and a query looks under its other words. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and as at between by for from in into its of on or over the to under with'.split(' '),
);

/** The shard a word is filed under: its first two letters or digits ("kazakhstan" → "ka"), "_" for other scripts. */
function shardOf(word: string): string {
  const key = /^[a-z0-9]{1,2}/.exec(word)?.[0];
  return key ?? '_';
}

/**
 * The shards to look in for names holding all of `words`: those of its words that name something ("talks",
 * "tokayev", not "between"), or of every word if none does. A page is filed under the same keys of each of its
 * names, so any page one of whose names holds every word of a query is in each shard the query looks in.
 */
export function nameKeys(words: string[]): string[] {
  const naming = words.filter((w) => w && !STOP_WORDS.has(w));
  return [...new Set((naming.length ? naming : words.filter(Boolean)).map(shardOf))].sort();
}

/** The pages' names in shards, by nameKeys() of each of their names. */
export function nameShards(pages: PageNames): Map<string, PageNames> {
  const shards = new Map<string, PageNames>();
  for (const [id, entry] of Object.entries(pages)) {
    const [, names, keywords, places = []] = entry;
    const keys = new Set([...names, ...keywords, ...places].flatMap((n) => nameKeys(n.split(' '))));
    for (const key of keys) {
      if (!shards.has(key)) shards.set(key, {});
      shards.get(key)![id] = entry;
    }
  }
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The file of a name shard, in Pagefind's bundle folder. */
export const namesFile = (key: string): string => `bf-names-${key}.js`;

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

/** The ids of the pages of each weight other than 1, in id order, as SearchTerms.weights holds them. */
function weightLists(pages: PageNames): Record<string, string> {
  const lists: Record<string, string[]> = {};
  for (const [id, [weight]] of Object.entries(pages)) if (weight !== 1) (lists[String(weight)] ??= []).push(id);
  return Object.fromEntries(Object.entries(lists).map(([weight, ids]) => [weight, ids.join(' ')]));
}

/** Each page's weight, by its Pagefind id, from SearchTerms.weights (pages not there weigh 1). */
export function weightsById(weights: SearchTerms['weights']): Map<string, number> {
  const byId = new Map<string, number>();
  for (const [weight, ids] of Object.entries(weights))
    for (const id of ids.split(' ')) if (id) byId.set(id, Number(weight));
  return byId;
}

/** The search terms of an index's pages. */
export function buildSearchTerms(pages: IndexedPage[]): BuiltTerms {
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
  const byId: PageNames = {};
  for (const page of [...pages].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const title = page.meta.title ?? '';
    const named = NAME_KINDS.includes(page.meta.kind ?? '');
    const phrases = (texts: string[]) => [...new Set(texts.map(phraseOf).filter(Boolean))];
    const places = phrases((page.meta[PLACES_META] ?? '').split(' · '));
    const entry: PageNames[string] = [
      KIND_WEIGHTS[page.meta.kind ?? ''] ?? 1,
      phrases([title, ...(named ? aliasesOf(page) : [])]),
      named ? [] : phrases(aliasesOf(page)),
    ];
    // Places only where a page has any: most have none, and the shards ship every page's entry.
    if (places.length) entry[3] = places;
    byId[page.id] = entry;
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
    terms: {
      words,
      aliases: Object.fromEntries(Object.entries(aliases).sort()),
      weights: weightLists(byId),
      shards: [...nameShards(byId).keys()],
    },
    figures: [...figures].sort(),
    pages: byId,
  };
}

/** The classic script that hands the terms to the browser's search. */
export function termsScript(terms: SearchTerms): string {
  return `window.${TERMS_GLOBAL}=${JSON.stringify(terms)};\n`;
}

/** The classic script that hands the figure words to the browser's search. */
export function figuresScript(figures: string[]): string {
  return `window.${FIGURES_GLOBAL}=${JSON.stringify(figures)};\n`;
}

/** The classic script of one name shard, which adds it to the shards the browser has. */
export function namesScript(key: string, pages: PageNames): string {
  return `(window.${NAMES_GLOBAL}=window.${NAMES_GLOBAL}||{})[${JSON.stringify(key)}]=${JSON.stringify(pages)};\n`;
}
