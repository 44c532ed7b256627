// Initiatives by proposer and status: the view the chart draws, from the briefing.
import { INITIATIVE_STATUSES } from '../../schemas/initiative.ts';
import type { Briefing } from '../../lib/briefing/briefing.ts';
import { initiativesByProposer } from '../../lib/briefing/views.ts';
import { chartCites, chartId, knownCountry, link } from '../shared/view.ts';
import type { ChartCite, ChartLink, ChartRequest, ViewBase } from '../shared/view.ts';

export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export type StatusItem = ChartLink & { status: InitiativeStatus; cites: ChartCite[] };

export interface StatusRow {
  country: ChartLink;
  /** Everything the country put forward: the row's heading counts them all. */
  initiatives: StatusItem[];
  /**
   * The squares the row draws: all of them up to INITIATIVES_CAP; beyond it, INITIATIVES_CAP shared among the
   * statuses in proportion to their counts (each status present keeps one), the rest counted in the row's words.
   */
  drawn: StatusItem[];
}

/** The most squares a proposer's row draws; its heading still counts every initiative, by status. */
export const INITIATIVES_CAP = 24;
/** The same in a page's summary (the real briefing's longest row, Uzbekistan's, has 13). */
export const INITIATIVES_SUMMARY_CAP = 14;

/** Up to `cap` items, shared among statuses by largest remainder, each status present keeping at least one. */
export function drawnItems(items: readonly StatusItem[], cap = INITIATIVES_CAP): StatusItem[] {
  if (items.length <= cap) return [...items];
  const statuses = [...new Set(items.map((i) => i.status))];
  const count = (s: InitiativeStatus) => items.filter((i) => i.status === s).length;
  const exact = statuses.map((s) => ({ s, q: (cap * count(s)) / items.length }));
  const quota = new Map(exact.map(({ s, q }) => [s, Math.max(1, Math.floor(q))]));
  let left = cap - [...quota.values()].reduce((a, b) => a + b, 0);
  for (const { s } of [...exact].sort((a, b) => (b.q % 1) - (a.q % 1))) {
    if (left <= 0) break;
    quota.set(s, quota.get(s)! + 1);
    left--;
  }
  // A status kept at one by the floor above may push the total over: the largest give one back.
  while (left < 0) {
    const s = [...quota.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    quota.set(s, quota.get(s)! - 1);
    left++;
  }
  return statuses.flatMap((s) => items.filter((i) => i.status === s).slice(0, quota.get(s)));
}

export interface InitiativeStatusView extends ViewBase {
  request: ChartRequest & { kind: 'initiatives' };
  statuses: { key: InitiativeStatus; label: string }[];
  rows: StatusRow[];
  /** Initiatives with more than one proposer, which appear in each proposer's row. */
  shared: ChartLink[];
  /** The most squares a row draws: INITIATIVES_CAP, or INITIATIVES_SUMMARY_CAP in a page's summary. */
  cap: number;
}

const STATUS_LABELS: Record<InitiativeStatus, string> = {
  proposed: 'Proposed',
  announced: 'Announced',
  agreed: 'Agreed',
  launched: 'Launched',
};

/** What each country put forward, and how far each item got: proposed, announced, agreed or launched. */
export function initiativeStatusView(
  b: Briefing,
  options: { country?: string | undefined; summary?: boolean | undefined } = {},
): InitiativeStatusView {
  const request = { kind: 'initiatives' as const, country: options.country, summary: options.summary };
  const id = chartId(request);
  const only = knownCountry(b, id, options.country);
  const cap = options.summary ? INITIATIVES_SUMMARY_CAP : INITIATIVES_CAP;
  const order = (s: InitiativeStatus) => INITIATIVE_STATUSES.indexOf(s);
  const rows: StatusRow[] = initiativesByProposer(b)
    .filter((g) => !only || g.country.id === only.id)
    .map((g) => {
      const initiatives = g.initiatives
        .map((i) => ({ ...link(i), status: i.data.status, cites: chartCites(b, i.data.cite) }))
        .sort((x, y) => order(x.status) - order(y.status));
      return { country: link(g.country), initiatives, drawn: drawnItems(initiatives, cap) };
    });
  const shown = new Set(rows.flatMap((r) => r.initiatives.map((i) => i.id)));
  return {
    id,
    request,
    statuses: INITIATIVE_STATUSES.map((key) => ({ key, label: STATUS_LABELS[key] })),
    rows,
    shared: b
      .all('initiatives')
      .filter((i) => shown.has(i.id) && i.data.proposer.countries.length > 1)
      .map(link),
    cap,
    sources: [],
  };
}
