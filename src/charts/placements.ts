// Which charts the site shows, and where: the home page, entry and index pages (as each collection's spec lists
// them), the timeline page, and wherever an author places a chart in an MDX body.
import { COLLECTIONS } from '../lib/briefing/collections/index.ts';
import type { CollectionName } from '../schemas/index.ts';
import type { Briefing } from '../lib/briefing/briefing.ts';
import { specOf } from '../lib/briefing/collections/index.ts';
import type { Entry } from '../lib/briefing/model.ts';
import { chartView, type ChartView, hasData, MDX_CHART_TAGS } from './registry.ts';
import type { ChartRequest } from './shared/view.ts';

const withData = (views: ChartView[]) => views.filter(hasData);
const viewsOf = (b: Briefing, requests: readonly ChartRequest[] | undefined) =>
  withData((requests ?? []).map((r) => chartView(b, r)));

/**
 * Charts on the home page, by the section they sit in: the map by the countries, counts and money by the numbers.
 * Each is its summary (a smaller cap): home stays the same size whatever the corpus.
 */
export function homeCharts(b: Briefing): { countries: ChartView[]; numbers: ChartView[]; initiatives: ChartView[] } {
  return {
    countries: viewsOf(b, [{ kind: 'map' }]),
    numbers: viewsOf(b, [
      { kind: 'documents', summary: true },
      { kind: 'money', summary: true },
    ]),
    initiatives: viewsOf(b, [{ kind: 'initiatives', summary: true }]),
  };
}

/** Charts on an entry's page, as its collection's spec lists them, each narrowed to the entry. */
export function entryCharts(b: Briefing, entry: Entry): ChartView[] {
  const charts = specOf(entry.collection).charts?.entry ?? [];
  return viewsOf(
    b,
    charts.map((c) => ({ kind: c.kind, [c.narrow]: entry.id, summary: c.summary })),
  );
}

/** Charts on a collection's index page. */
export function indexCharts(b: Briefing, collection: CollectionName): ChartView[] {
  return viewsOf(b, specOf(collection).charts?.index);
}

/** Charts at the head of a collection's part of the book: its index page's, unless its spec says otherwise. */
export function bookPartCharts(b: Briefing, collection: CollectionName): ChartView[] {
  const charts = specOf(collection).charts;
  return viewsOf(b, charts?.book ?? charts?.index);
}

/** The timeline page's chart. */
export function timelineCharts(b: Briefing): ChartView[] {
  return viewsOf(b, [{ kind: 'timeline' }]);
}

// Made when first needed, not on import: the registry and the briefing model import each other through validation.
let chartTag: RegExp | undefined;
const ATTR = /\b(country|theme|currency)=(?:"([^"]*)"|'([^']*)')/g;

/** The charts an MDX body places, e.g. `<MoneyChart country="uzbekistan" />`, as requests (a pre-pass, like citations'). */
export function bodyChartRequests(body: string): ChartRequest[] {
  chartTag ??= new RegExp(`<(${Object.keys(MDX_CHART_TAGS).join('|')})\\b([^>]*?)/?>`, 'g');
  return [...body.matchAll(chartTag)].map((m) => {
    const request: ChartRequest = { kind: MDX_CHART_TAGS[m[1]!]! };
    for (const a of (m[2] ?? '').matchAll(ATTR)) request[a[1] as 'country' | 'theme' | 'currency'] = a[2] ?? a[3];
    return request;
  });
}

/**
 * Every chart the site shows — on its pages and in MDX bodies — once each: each gets a CSV and an SVG to download.
 * A bad request in a body (an unknown country) fails here with the same error the page would give.
 */
export function chartCatalogue(b: Briefing): ChartView[] {
  const bodies = COLLECTIONS.flatMap((c) => (b.all(c) as Entry[]).flatMap((e) => bodyChartRequests(e.body)));
  // A summary (home's, a country's, a register's) shares its full chart's id: the downloads are the full chart's.
  const full = (v: ChartView) => (v.request.summary ? chartView(b, { ...v.request, summary: undefined }) : v);
  const views = [
    ...Object.values(homeCharts(b)).flat(),
    ...COLLECTIONS.flatMap((c) => (b.all(c) as Entry[]).flatMap((e) => entryCharts(b, e))),
    ...COLLECTIONS.flatMap((c) => indexCharts(b, c)),
    ...timelineCharts(b),
    ...withData(bodies.map((r) => chartView(b, r))),
  ].map(full);
  return [...new Map(views.map((v) => [v.id, v])).values()];
}
