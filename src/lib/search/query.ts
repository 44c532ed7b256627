// Reads a query the way the reader meant it, before Pagefind sees it: another spelling of a name becomes the one
// the pages use ("Tokaev" → "tokayev"), so it finds what the name finds, ranked the same; a word no page uses
// becomes the nearest one that a page does (Pagefind has no typo tolerance: its issue #756); a sum of money
// becomes the figure word entries are indexed under. Every change is reported, so the page can say so.
import { distance } from 'fastest-levenshtein';
import { queryFigures } from './figures.ts';
import { skeleton } from './spelling.ts';
import { editsAllowed, type SearchTerms, weightsById, wordsOf } from './terms.ts';

/** The search terms, ready to look words up in. */
export interface Lexicon {
  terms: SearchTerms;
  known: Set<string>;
  /** The words in order, for prefix look-ups (a word being typed is a prefix of the one meant). */
  sorted: string[];
  /** The skeleton of each word, in the order of `terms.words`. */
  skeletons: string[];
  /** The most widely used word of each skeleton. */
  bySkeleton: Map<string, string>;
  /** Each page's weight other than 1, by its Pagefind id. */
  weights: Map<string, number>;
  /** The figure words the index holds; a sum of money is read as one only if it is here. */
  figures: Set<string>;
}

export function makeLexicon(terms: SearchTerms, figures: readonly string[] = []): Lexicon {
  const skeletons = terms.words.map(skeleton);
  const bySkeleton = new Map<string, string>();
  skeletons.forEach((s, i) => bySkeleton.has(s) || bySkeleton.set(s, terms.words[i]!));
  return {
    terms,
    known: new Set(terms.words),
    sorted: [...terms.words].sort(),
    skeletons,
    bySkeleton,
    weights: weightsById(terms.weights),
    figures: new Set(figures),
  };
}

/** A word of the query read as another. */
export interface Change {
  from: string;
  to: string;
  /** "spelling": another spelling of a name; "typo": the nearest word the pages use; "figure": a sum of money. */
  why: 'spelling' | 'typo' | 'figure';
}

export interface ReadQuery {
  /** What to search for. */
  query: string;
  /** The same, with sums of money as typed: the sources that report a figure are found by its words. */
  words: string;
  changes: Change[];
}

function isPrefix(lexicon: Lexicon, word: string): boolean {
  const { sorted } = lexicon;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.startsWith(word);
}

/** The nearest word the pages use, by edits to the word or to its skeleton; the more widely used on a tie. */
function nearest(lexicon: Lexicon, word: string): string | undefined {
  const allowed = editsAllowed(word);
  if (!allowed) return undefined;
  const own = skeleton(word);
  let best: string | undefined;
  let bestD = allowed + 1;
  const { words } = lexicon.terms;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (Math.abs(w.length - word.length) > allowed) continue;
    const d = Math.min(distance(word, w), distance(own, lexicon.skeletons[i]!) + 0.5);
    if (d < bestD) {
      bestD = d;
      best = w;
    }
  }
  return best;
}

/** One word of the query as the pages spell it, or undefined if it stands as typed. */
function readWord(lexicon: Lexicon, word: string, typing: boolean): Omit<Change, 'from'> | undefined {
  const alias = lexicon.terms.aliases[word];
  if (alias) return { to: alias, why: 'spelling' };
  if (word.length < 3 || /^\d+$/.test(word) || lexicon.known.has(word)) return undefined;
  // A word still being typed, or cut short, finds the words it begins, as Pagefind matches them.
  if ((typing || word.length >= 4) && isPrefix(lexicon, word)) return undefined;
  const same = lexicon.bySkeleton.get(skeleton(word));
  if (same) return { to: same, why: 'spelling' };
  const near = nearest(lexicon, word);
  return near ? { to: near, why: 'typo' } : undefined;
}

/**
 * A query as the reader meant it. `typing`: the last word may be unfinished. A quoted query is searched exactly as
 * typed: the quotes ask for those words.
 */
export function readQuery(lexicon: Lexicon, text: string, typing = false): ReadQuery {
  const changes: Change[] = [];
  if (text.includes('"')) return { query: text, words: text, changes };
  // Sums of money first, while "$3.7 billion" is still one piece of text.
  let withFigures = '';
  let at = 0;
  for (const f of queryFigures(text)) {
    if (!lexicon.figures.has(f.word)) continue;
    withFigures += `${text.slice(at, f.index)} ${f.word} `;
    at = f.index + f.text.length;
    changes.push({ from: f.text, to: f.text, why: 'figure' });
  }
  withFigures += text.slice(at);

  const read = (source: string, record: boolean) => {
    const pieces = source.split(/\s+/).filter(Boolean);
    return pieces
      .map((piece, i) => {
        if (/^fig[a-z]*\d+$/.test(piece)) return piece;
        const words = wordsOf(piece);
        let changed = false;
        const read = words.map((word, j) => {
          const last = i === pieces.length - 1 && j === words.length - 1;
          const change = readWord(lexicon, word, typing && last && !/\s$/.test(text));
          if (!change) return word;
          changed = true;
          if (record) changes.push({ from: word, ...change });
          return change.to;
        });
        // A piece with nothing to change goes to Pagefind as typed ("C5+1", "CA+JAD").
        return changed ? read.join(' ') : piece;
      })
      .filter(Boolean)
      .join(' ');
  };
  const query = read(withFigures, true);
  const words = changes.some((c) => c.why === 'figure') ? read(text, false) : query;
  return { query, words, changes };
}
