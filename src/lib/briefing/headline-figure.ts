import type { Citation } from '../../schemas/citation.ts';
import { formatCount } from '../format/format-count.ts';
import { formatMoney, formatNature } from '../format/format-money.ts';
import type { Figure } from './briefing.ts';

/** One way a figure is reported, in words, with its citations. */
export interface FigureAccount {
  text: string;
  /** What the source says it is or covers, e.g. "a target for business projects". */
  detail?: string | undefined;
  cite: Citation[];
}

/** A figure as a card shows it: the value most sources give, how many give it, and every other account beneath. */
export interface HeadlineFigure {
  figure: Figure;
  /** The value most sources give, e.g. "about ¥3 trillion". */
  value: string;
  /** A conversion those same sources give, e.g. "about $19 billion"; absent when none does. */
  equivalent?: FigureAccount | undefined;
  /** Citations of every source that gives the headline value. */
  cite: Citation[];
  /** How many distinct sources give the headline value. */
  sourceCount: number;
  /** Every account, the headline's own ones first; the card shows them behind a disclosure. */
  accounts: FigureAccount[];
  /** true when some source gives another value (not only other wording of the same value). */
  differ: boolean;
}

const sourcesOf = (cites: readonly Citation[]) => new Set(cites.map((c) => c.source.id));

/**
 * The headline of a figure: its variants grouped by the value they give (amount, currency and qualifier, or count
 * and qualifier; a different unit such as "deals" against "documents" still counts as another value), the group
 * that the most distinct sources support first. Ties keep the order of the content.
 */
export function headlineFigure(figure: Figure): HeadlineFigure {
  const rows =
    figure.kind === 'count'
      ? figure.variants.map((v) => ({
          // "more than 60 bilateral agreements" and "more than 60 agreements" give the same value.
          key: `${v.qualifier} ${v.value}`,
          text: formatCount(v),
          account: { text: formatCount(v), detail: v.scope, cite: [...v.cite] },
          equivalents: [] as FigureAccount[],
        }))
      : figure.variants.map((v) => ({
          key: `${v.qualifier} ${v.amount} ${v.currency}`,
          text: formatMoney(v),
          account: {
            text: formatMoney(v),
            // The source's own description where the content records one; else the kind of money in our words.
            detail: v.scope ?? (v.nature === 'unspecified' ? undefined : formatNature(v.nature)),
            cite: [...v.cite],
          },
          equivalents: v.equivalents.map((e) => ({ text: formatMoney(e), cite: [...e.cite] })),
        }));
  const groups = new Map<string, typeof rows>();
  for (const r of rows) groups.set(r.key, [...(groups.get(r.key) ?? []), r]);
  const ranked = [...groups.values()].sort(
    (a, b) => sourcesOf(b.flatMap((r) => r.account.cite)).size - sourcesOf(a.flatMap((r) => r.account.cite)).size,
  );
  const top = ranked[0]!;
  const cite = top.flatMap((r) => r.account.cite);
  const equivalents = top.flatMap((r) => r.equivalents);
  // A conversion that only one source gives, when most give another, is left to the disclosure.
  const equivalent = [...equivalents].sort((a, b) => sourcesOf(b.cite).size - sourcesOf(a.cite).size)[0];
  return {
    figure,
    value: top[0]!.text,
    equivalent,
    cite,
    sourceCount: sourcesOf(cite).size,
    accounts: ranked.flat().map((r) => ({
      ...r.account,
      text: r.account.text + r.equivalents.map((e) => `, converted by the source to ${e.text}`).join(''),
    })),
    differ: ranked.length > 1,
  };
}
