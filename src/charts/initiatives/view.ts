// Initiatives by proposer and status: the view the chart draws, from the briefing.
import { INITIATIVE_STATUSES } from '../../schemas/initiative.ts';
import type { Briefing } from '../../lib/briefing/briefing.ts';
import { initiativesByProposer } from '../../lib/briefing/views.ts';
import { chartCites, chartId, knownCountry, link } from '../shared/view.ts';
import type { ChartCite, ChartLink, ChartRequest, ViewBase } from '../shared/view.ts';

export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export interface StatusRow {
  country: ChartLink;
  initiatives: (ChartLink & { status: InitiativeStatus; cites: ChartCite[] })[];
}

export interface InitiativeStatusView extends ViewBase {
  request: ChartRequest & { kind: 'initiatives' };
  statuses: { key: InitiativeStatus; label: string }[];
  rows: StatusRow[];
  /** Initiatives with more than one proposer, which appear in each proposer's row. */
  shared: ChartLink[];
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
  options: { country?: string | undefined } = {},
): InitiativeStatusView {
  const request = { kind: 'initiatives' as const, country: options.country };
  const id = chartId(request);
  const only = knownCountry(b, id, options.country);
  const order = (s: InitiativeStatus) => INITIATIVE_STATUSES.indexOf(s);
  const rows: StatusRow[] = initiativesByProposer(b)
    .filter((g) => !only || g.country.id === only.id)
    .map((g) => ({
      country: link(g.country),
      initiatives: g.initiatives
        .map((i) => ({ ...link(i), status: i.data.status, cites: chartCites(b, i.data.cite) }))
        .sort((x, y) => order(x.status) - order(y.status)),
    }));
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
    sources: [],
  };
}
