// Charts stay the same size whatever the corpus: beyond a cap, a chart draws its largest rows by its own measure and
// one aggregate mark for the rest, its table shows what is drawn and says how many rows only the CSV holds.
import { collectionPath } from '../../lib/briefing/collections.ts';
import { COLLECTION_LABELS } from '../../lib/briefing/collections.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { ChartLink } from './view.ts';

/** The rows a chart draws, the largest `cap` by `measure` (ties keep their order), and the rest it folds away. */
export function topRows<T>(rows: readonly T[], cap: number, measure: (row: T) => number): { shown: T[]; rest: T[] } {
  if (rows.length <= cap) return { shown: [...rows], rest: [] };
  const order = rows.map((row, i) => ({ row, i, m: measure(row) })).sort((a, b) => b.m - a.m || a.i - b.i);
  const kept = new Set(order.slice(0, cap).map((o) => o.row));
  return { shown: rows.filter((r) => kept.has(r)), rest: rows.filter((r) => !kept.has(r)) };
}

/** "1 other amount", "412 other amounts". */
export function others(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} other ${n === 1 ? singular : plural}`;
}

/** The registers that list a chart's rows in full, once each, in the order their rows come: links for the table note. */
export function registersOf(links: readonly Pick<ChartLink, 'collection'>[]): { title: string; path: string }[] {
  const collections = [...new Set(links.map((l) => l.collection))] as CollectionName[];
  return collections.map((c) => ({
    title: `the ${COLLECTION_LABELS[c].plural.toLowerCase()} register`,
    path: collectionPath(c),
  }));
}
