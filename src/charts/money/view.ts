// Money on the table: the view the chart draws, from the briefing.
import type { Money } from '../../schemas/money.ts';
import type { Qualifier } from '../../schemas/primitives.ts';
import type { ContentProblem } from '../../lib/errors.ts';
import { formatMoney, formatNature } from '../../lib/format/format-money.ts';
import type { Briefing } from '../../lib/briefing/briefing.ts';
import type { Entry } from '../../lib/briefing/model.ts';
import { ChartError, chartCites, chartId, knownCountry, link, requestError, uniqueCites } from '../shared/view.ts';
import type { ChartCite, ChartLink, ChartRequest, ViewBase } from '../shared/view.ts';
import { splitScale } from './layout.ts';
import { topRows } from '../shared/cap.ts';

/** One amount as a source gives it, or a source's conversion of it into another currency. */
export interface MoneyRow {
  amount: number;
  currency: string;
  qualifier: Qualifier;
  nature: Money['nature'];
  /** "a target for business projects", "private money", … */
  natureText: string;
  /** "about ¥3 trillion" */
  text: string;
  scope?: string | undefined;
  cites: ChartCite[];
  /** Where the figure sits in its entry: "money.1" or, for a conversion, "money.0.equivalents.0". */
  field: string;
  /** For a sourced conversion: the amount it converts, as the source gives it ("about ¥3 trillion"). */
  convertedFrom?: string | undefined;
  /** Why the briefing judges the figure wrong (content's `flagged`): drawn off the scale, so it never sets one. */
  flagged?: string | undefined;
}

/** One entry's figure within a currency panel. */
export interface MoneyGroup {
  entry: ChartLink;
  rows: MoneyRow[];
}

/** Amounts in one currency: the only ones a chart may put on one scale. */
export interface MoneyPanel {
  currency: string;
  /** "Japanese yen (JPY)" */
  label: string;
  groups: MoneyGroup[];
  /**
   * On a chart narrowed to a country: the largest figure the whole briefing draws on this currency's scale, so the
   * panel keeps the scale of the briefing's own money chart instead of stretching its few bars to full width.
   */
  context?: { entry: ChartLink; row: MoneyRow } | undefined;
  /**
   * Beyond MONEY_CAP amounts in a currency, `groups` hold the largest MONEY_CAP (as reported, the entry with the
   * largest first) and these the rest: drawn as one aggregate mark, counted, never summed (the kinds of money and
   * the sources differ), listed in full in the CSV.
   */
  folded?: { entry: ChartLink; row: MoneyRow }[] | undefined;
}

export interface MoneyView extends ViewBase {
  request: ChartRequest & { kind: 'money' };
  /** The country the chart is narrowed to, if any. */
  country?: ChartLink | undefined;
  panels: MoneyPanel[];
  /** The most amounts a panel draws one by one: MONEY_CAP, or MONEY_SUMMARY_CAP in a page's summary. */
  cap: number;
}

/** The most amounts a currency's panel draws one by one; the rest share one aggregate mark. */
export const MONEY_CAP = 12;
/** The same in a page's summary (the real briefing's largest panel, yen, has 5). */
export const MONEY_SUMMARY_CAP = 6;

const CURRENCY_NAMES = new Intl.DisplayNames('en', { type: 'currency' });

/** "Japanese Yen (JPY)", from the runtime's own currency names. */
function currencyLabel(code: string): string {
  return `${CURRENCY_NAMES.of(code) ?? code} (${code})`;
}

function relatesTo(entry: Entry, country: string): boolean {
  const d = entry.data as { parties?: { id: string }[]; proposer?: { countries: { id: string }[] } };
  return [...(d.parties ?? []), ...(d.proposer?.countries ?? [])].some((c) => c.id === country);
}

/**
 * Every sum of money, each in the currency its source uses. A currency gets its own panel and scale; a sourced
 * conversion ("¥3 trillion ≈ €17.9 billion", S1) also appears, marked as such, in the panel of its currency, which
 * is the only way amounts in different currencies meet on one scale. With `currency`, the chart draws everything in
 * that currency, and an amount with no sourced conversion to it is an error: no exchange rate is ever computed.
 */
export function moneyView(
  b: Briefing,
  options: { country?: string | undefined; currency?: string | undefined; summary?: boolean | undefined } = {},
): MoneyView {
  const request = {
    kind: 'money' as const,
    country: options.country,
    currency: options.currency,
    summary: options.summary,
  };
  const id = chartId(request);
  const cap = options.summary ? MONEY_SUMMARY_CAP : MONEY_CAP;
  const only = knownCountry(b, id, options.country);
  if (options.currency !== undefined && !/^[A-Z]{3}$/.test(options.currency)) {
    throw requestError(
      id,
      `"${options.currency}" is not a currency code`,
      'write an ISO 4217 code in capitals, e.g. currency="EUR".',
    );
  }
  const figures = b.figures().filter((f) => f.kind === 'money' && (!only || relatesTo(f.entry, only.id)));
  const rows: { entry: Entry; row: MoneyRow }[] = [];
  const problems: ContentProblem[] = [];
  for (const figure of figures) {
    if (figure.kind !== 'money') continue;
    figure.variants.forEach((m, i) => {
      const own: MoneyRow = {
        amount: m.amount,
        currency: m.currency,
        qualifier: m.qualifier,
        nature: m.nature,
        natureText: m.terms ?? formatNature(m.nature),
        text: formatMoney(m),
        scope: m.scope,
        cites: chartCites(b, m.cite),
        field: `${figure.field}.${i}`,
        flagged: m.flagged,
      };
      const conversions = m.equivalents.map((e, j) => ({
        ...own,
        amount: e.amount,
        currency: e.currency,
        qualifier: e.qualifier,
        text: formatMoney(e),
        cites: chartCites(b, e.cite),
        field: `${figure.field}.${i}.equivalents.${j}`,
        convertedFrom: own.text,
      }));
      if (options.currency === undefined) {
        rows.push(...[own, ...conversions].map((row) => ({ entry: figure.entry, row })));
        return;
      }
      const inCurrency = [own, ...conversions].filter((r) => r.currency === options.currency);
      if (!inCurrency.length) {
        problems.push({
          collection: figure.entry.collection,
          id: figure.entry.id,
          file: figure.entry.file,
          field: own.field,
          message: `${own.text} has no sourced conversion to ${options.currency}`,
          hint: `add an equivalent in ${options.currency} with the citation of the source that states it, or draw the chart without currency="${options.currency}" (each currency on its own scale).`,
        });
      }
      rows.push(...inCurrency.map((row) => ({ entry: figure.entry, row })));
    });
  }
  if (problems.length) throw new ChartError(id, problems);

  const currencies = [...new Set(rows.map((r) => r.row.currency))];
  const panels = currencies.map((currency): MoneyPanel => {
    // By entry, in the order each first appears (a Map keeps it): one lookup per row, not a search of the groups.
    const byEntry = new Map<string, MoneyGroup>();
    for (const { entry, row } of rows.filter((r) => r.row.currency === currency)) {
      const key = `${entry.collection}/${entry.id}`;
      const group = byEntry.get(key);
      if (group) group.rows.push(row);
      else byEntry.set(key, { entry: link(entry), rows: [row] });
    }
    const groups = [...byEntry.values()];
    return capPanel({ currency, label: currencyLabel(currency), groups }, cap);
  });
  if (only && options.currency === undefined) {
    // A country's few figures keep the scale of the briefing's whole chart: the largest figure drawn to scale there
    // is shown for comparison, unless it is one of the country's own. (In one currency, the briefing's whole chart
    // may not exist: not every amount has a sourced conversion.)
    const whole = moneyView(b);
    for (const panel of panels) {
      const all = whole.panels.find((p) => p.currency === panel.currency)!;
      const largest = splitScale(all.groups.flatMap((g) => g.rows)).on[0]!;
      const home = all.groups.find((g) => g.rows.includes(largest))!;
      const same = (g: MoneyGroup) => g.entry.collection === home.entry.collection && g.entry.id === home.entry.id;
      const own = panel.groups.some((g) => same(g) && g.rows.some((r) => r.field === largest.field));
      if (!own) panel.context = { entry: home.entry, row: largest };
    }
  }
  return {
    id,
    request,
    country: only && link(only),
    panels,
    cap,
    // The sources of the amounts drawn: the folded ones' are in the CSV, with each row.
    sources: uniqueCites(panels.flatMap((p) => p.groups.flatMap((g) => g.rows.flatMap((r) => r.cites)))),
  };
}

/**
 * A panel with more than `cap` amounts keeps the largest `cap`, its entries ordered by their largest amount, and
 * folds the rest away; a panel within the cap is unchanged.
 */
function capPanel(panel: MoneyPanel, cap: number): MoneyPanel {
  const all = panel.groups.flatMap((g) => g.rows.map((row) => ({ entry: g.entry, row })));
  const { shown, rest } = topRows(all, cap, (r) => r.row.amount);
  if (!rest.length) return panel;
  const kept = new Set(shown.map((r) => r.row));
  const groups = panel.groups
    .map((g) => ({ ...g, rows: g.rows.filter((r) => kept.has(r)) }))
    .filter((g) => g.rows.length > 0)
    .sort((a, b) => Math.max(...b.rows.map((r) => r.amount)) - Math.max(...a.rows.map((r) => r.amount)));
  return { ...panel, groups, folded: rest };
}
