// Sums of money as readers type them ("$3.7 billion", "3.7bn", "3,700 million", "¥3 trillion") and as the index
// holds them: one search word per amount, so every way of writing it finds the entry whose figure it is. Pagefind
// splits "$3.7 billion" into "3", "7" and "billion", words that match any page with a number in it.
import type { Figure } from '../briefing/briefing.ts';

/** Currency codes by what readers type before or after the number. */
const CURRENCY_WORDS: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  '¥': 'JPY',
  jpy: 'JPY',
  yen: 'JPY',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
};

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  t: 1e12,
};

/** The search word for an amount, with its currency or without: "figusd3700000000", "fig3700000000". */
export function figureWord(amount: number, currency?: string): string {
  return `fig${currency ? currency.toLowerCase() : ''}${Math.round(amount)}`;
}

/** The words an entry's sum of money is indexed under: with its currency and without. */
export function figureWords(amount: number, currency: string): string[] {
  return [figureWord(amount, currency), figureWord(amount)];
}

/** The figure words of an entry's sums of money, each as reported and in every sourced conversion. */
export function moneyWords(figures: Figure[]): string[] {
  const words = figures.flatMap((f) =>
    f.kind === 'money'
      ? f.variants.flatMap((v) => [v, ...v.equivalents]).flatMap((m) => figureWords(m.amount, m.currency))
      : [],
  );
  return [...new Set(words)];
}

const currencyPattern = Object.keys(CURRENCY_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[$]/g, '\\$'))
  .join('|');
const scalePattern = Object.keys(SCALES)
  .sort((a, b) => b.length - a.length)
  .join('|');
// A currency before, a number with thousands separators or a decimal point, a scale, a currency after.
const FIGURE = new RegExp(
  `(?<![\\p{L}\\d])(?:(${currencyPattern})\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s?(?:(${scalePattern})(?![\\p{L}]))?(?:\\s?(${currencyPattern})(?![\\p{L}]))?`,
  'giu',
);

/** One figure found in a query: where it is, and the search word for it. */
export interface QueryFigure {
  /** The text as typed: "$3.7 billion". */
  text: string;
  index: number;
  /** "figusd3700000000", or without a currency "fig3700000000". */
  word: string;
}

/**
 * The sums of money in a query. A bare number ("2025", "60") is not one: it needs a currency or a scale word, so
 * years and counts stay words.
 */
export function queryFigures(query: string): QueryFigure[] {
  const out: QueryFigure[] = [];
  // Every sum has a digit; without one, the pattern is not run at all: its first use compiles it (a Unicode,
  // case-blind pattern), 10–15 ms on the keystroke that starts the first search.
  if (!/\d/.test(query)) return out;
  for (const m of query.matchAll(FIGURE)) {
    const [text, before, whole, fraction, scale, after] = m;
    if (!before && !scale && !after) continue;
    const currency = CURRENCY_WORDS[(before ?? after ?? '').toLowerCase()];
    const amount =
      Number(`${whole!.replace(/,/g, '')}.${fraction ?? '0'}`) * (scale ? SCALES[scale.toLowerCase()]! : 1);
    out.push({ text: text.trim(), index: m.index, word: figureWord(amount, currency) });
  }
  return out;
}
