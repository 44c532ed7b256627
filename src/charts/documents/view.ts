// Documents signed, by country: the view the chart draws, from the briefing.
import { formatCount } from '../../lib/format/format-count.ts';
import { type Briefing, titleOf } from '../../lib/briefing/briefing.ts';
import type { Entry } from '../../lib/briefing/model.ts';
import type { Qualifier } from '../../schemas/primitives.ts';
import { topRows } from '../shared/cap.ts';
import { chartCites, chartId, hostOf, knownCountry, link, uniqueCites } from '../shared/view.ts';
import type { ChartCite, ChartLink, ChartRequest, ViewBase } from '../shared/view.ts';

/** One source's count of documents. */
export interface CountRow {
  value: number;
  qualifier: Qualifier;
  unit: string;
  /** As the page writes it: "more than 60 bilateral agreements". */
  text: string;
  /** What this count covers, where sources count different things. */
  scope?: string | undefined;
  cites: ChartCite[];
  /** The package the count belongs to. */
  document: ChartLink;
}

/** The counts for one country (or, for a package with several partners, for that package). */
export interface CountGroup {
  key: string;
  label: string;
  link: ChartLink;
  rows: CountRow[];
}

export interface DocumentCountsView extends ViewBase {
  request: ChartRequest & { kind: 'documents' };
  /** The host, whose partners the chart counts (Japan); undefined when the summit names no country. */
  host?: ChartLink | undefined;
  groups: CountGroup[];
  /**
   * Beyond DOCUMENTS_CAP counts, `groups` keep the largest DOCUMENTS_CAP (a group left with none of them is left
   * out) and these the rest: one aggregate mark, counted, never added up (sources count different sets or
   * disagree), listed in full in the CSV.
   */
  folded?: { group: CountGroup; row: CountRow }[] | undefined;
  /** The most counts the chart draws one by one: DOCUMENTS_CAP, or DOCUMENTS_SUMMARY_CAP in a page's summary. */
  cap: number;
}

/** The most counts the chart draws one by one; the rest share one aggregate mark. */
export const DOCUMENTS_CAP = 16;
/** The same in a page's summary (the real briefing has 11 counts). */
export const DOCUMENTS_SUMMARY_CAP = 12;

/**
 * Counted packages of documents, by the partner country they were signed with: every count each source gives,
 * with its qualifier. Participants with no reported count are listed with no rows, so the gap shows.
 */
export function documentCountsView(
  b: Briefing,
  options: { country?: string | undefined; summary?: boolean | undefined } = {},
): DocumentCountsView {
  const request = { kind: 'documents' as const, country: options.country, summary: options.summary };
  const id = chartId(request);
  const only = knownCountry(b, id, options.country);
  const host = hostOf(b);
  const packages = b.all('documents').filter((d) => d.data.kind === 'package' && d.data.count);
  const partnersOf = (d: Entry<'documents'>) => d.data.parties.map((p) => p.id).filter((p) => p !== host?.id);
  const rowsOf = (d: Entry<'documents'>): CountRow[] =>
    d.data.count!.map((c) => ({
      value: c.value,
      qualifier: c.qualifier,
      unit: c.unit,
      text: formatCount(c),
      scope: c.scope,
      cites: chartCites(b, c.cite),
      document: link(d),
    }));

  const byCountry: CountGroup[] = b
    .all('countries')
    .filter((c) => c.data.role === 'participant' && c.id !== host?.id)
    .map((c) => ({
      key: c.id,
      label: c.data.name,
      link: link(c),
      rows: packages.filter((d) => partnersOf(d).length === 1 && partnersOf(d)[0] === c.id).flatMap(rowsOf),
    }));
  const shared: CountGroup[] = packages
    .filter((d) => partnersOf(d).length > 1)
    .map((d) => ({ key: d.id, label: titleOf(d), link: link(d), rows: rowsOf(d) }));

  const all = only ? byCountry.filter((g) => g.key === only.id && g.rows.length > 0) : [...byCountry, ...shared];
  const cap = options.summary ? DOCUMENTS_SUMMARY_CAP : DOCUMENTS_CAP;
  const { groups, folded } = capGroups(all, cap);
  return {
    id,
    request,
    host: host && link(host),
    groups,
    folded,
    cap,
    sources: uniqueCites(groups.flatMap((g) => g.rows.flatMap((r) => r.cites))),
  };
}

/** Keeps the `cap` largest counts in their groups, in the groups' order; the rest are folded. */
function capGroups(groups: CountGroup[], cap: number): { groups: CountGroup[]; folded?: DocumentCountsView['folded'] } {
  const all = groups.flatMap((group) => group.rows.map((row) => ({ group, row })));
  const { shown, rest } = topRows(all, cap, (r) => r.row.value);
  if (!rest.length) return { groups };
  const kept = new Set(shown.map((r) => r.row));
  return {
    groups: groups
      .filter((g) => !g.rows.length || g.rows.some((r) => kept.has(r)))
      .map((g) => ({ ...g, rows: g.rows.filter((r) => kept.has(r)) })),
    folded: rest,
  };
}
