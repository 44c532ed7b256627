// The order results are shown in, on top of Pagefind's relevance: a page whose title is the query comes first,
// then one whose other name or keyword is, then pages holding a sum of money the query names, then pages whose name holds every word of it; a source page counts less than the entry that states what it reports; results far weaker than the
// best wait behind "more results", so a common word does not bury the few pages about it.
import type { PageNames } from './terms.ts';
import { phraseOf } from './terms.ts';

/** The parts of a Pagefind result the order needs. */
export interface Scored {
  id: string;
  score: number;
}

/** Results shown first, and those behind "more results". */
export interface Ranked<T> {
  shown: T[];
  more: T[];
}

/** A result scoring below this share of the best one waits behind "more results". */
export const WEAK_SHARE = 0.25;
/** At least this many results are shown when there are that many. */
export const MIN_SHOWN = 5;

/**
 * Orders results for a query (as searched, after spelling is read): exact names first, then Pagefind's score times
 * the page's weight. `figureIds`: pages that hold a sum of money the query names, which come next after names.
 */
export function rankResults<T extends Scored>(
  results: T[],
  query: string,
  pages: PageNames,
  figureIds: ReadonlySet<string> = new Set(),
): Ranked<T> {
  const phrase = phraseOf(query);
  const words = phrase.split(' ');
  const tier = (r: T) => {
    const [, names = [], keywords = [], places = []] = pages[r.id] ?? [];
    if (names[0] === phrase) return 0;
    if (names.includes(phrase)) return 0.25;
    if (keywords.includes(phrase)) return 0.5;
    if (figureIds.has(r.id)) return 1;
    // Every word of the query is a word of a name: "Tokayev" of "Kassym-Jomart Tokayev", "Tokyo" of "Tokyo
    // Declaration". The name the query covers most comes first: the person before "Talks between Takaichi and Tokayev".
    const covered = [...names, ...keywords].filter((n) => phrase && words.every((w) => ` ${n} `.includes(` ${w} `)));
    if (covered.length) return 2 - Math.max(...covered.map((n) => words.length / n.split(' ').length));
    // A place the page is known by ("Bishkek" of Kyrgyzstan): after the pages it names, before mere mentions.
    if (places.includes(phrase)) return 2.5;
    return 3;
  };
  const weighted = results.map((r, i) => ({ r, i, tier: tier(r), score: r.score * (pages[r.id]?.[0] ?? 1) }));
  weighted.sort((a, b) => a.tier - b.tier || b.score - a.score || a.i - b.i);
  const best = Math.max(0, ...weighted.map((w) => w.score));
  const strong = weighted.filter((w, i) => w.tier < 3 || i < MIN_SHOWN || w.score >= best * WEAK_SHARE);
  return { shown: strong.map((w) => w.r), more: weighted.slice(strong.length).map((w) => w.r) };
}
