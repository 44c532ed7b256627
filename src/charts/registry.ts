// The chart registry: one typed spec per chart, saying everything the site needs to know about it — its kind, the
// tag authors write in MDX, how its view is derived from the briefing, when it has anything to draw, and how it is
// laid out. Generic code (pages, MDX, downloads, the book, validation) iterates this registry instead of switching
// over chart kinds. Each chart's code lives in src/charts/<chart>/ (view.ts, layout.ts, chart.ts).
import type { Briefing } from '../lib/briefing/briefing.ts';
import type { ContentProblem } from '../lib/errors.ts';
import { memo } from '../lib/briefing/memo.ts';
import { timed } from '../lib/profile.ts';
import { buildDocumentCountsChart } from './documents/chart.ts';
import { documentCountsView, type DocumentCountsView } from './documents/view.ts';
import { buildInitiativesChart } from './initiatives/chart.ts';
import { initiativeStatusView, type InitiativeStatusView } from './initiatives/view.ts';
import { buildMapChart, NATURAL_EARTH } from './map/chart.ts';
import { mapProblems } from './map/layout.ts';
import { mapView, type MapView } from './map/view.ts';
import { buildMoneyChart } from './money/chart.ts';
import { moneyView, type MoneyView } from './money/view.ts';
import type { BuiltChart } from './shared/chart.ts';
import { type ChartNarrowing, chartId, type ChartRequest, type ViewBase } from './shared/view.ts';
import { buildThemeMatrixChart } from './themes/chart.ts';
import { themeMatrixView, type ThemeMatrixView } from './themes/view.ts';
import { buildTimelineChart } from './timeline/chart.ts';
import { timelineChartView, type TimelineChartView } from './timeline/view.ts';

/** Everything the site knows about one kind of chart. */
export interface ChartSpec<V extends ViewBase> {
  /** The component authors place in an MDX body, e.g. `<MoneyChart country="uzbekistan" />`. */
  tag: string;
  /** The attributes that tag takes, each narrowing the chart, with what it means for an author. */
  attributes: Partial<Record<ChartNarrowing, string>>;
  /** The view a request asks for: plain data from the briefing, with links and sources resolved. */
  view: (b: Briefing, request: ChartRequest) => V;
  /** Whether a view has anything to draw; pages leave out a chart with nothing in it. */
  hasData: (view: V) => boolean;
  /** Lays out and describes the chart: both frames, caption, table. */
  build: (view: V) => BuiltChart;
  /** What the chart needs of the content beyond its schema (check:content and the build report it, file and field). */
  rules?: (view: V) => ContentProblem[];
}

const documents: ChartSpec<DocumentCountsView> = {
  tag: 'DocumentsChart',
  attributes: { country: 'only this country’s counts: the id of a country, e.g. "kazakhstan"' },
  view: documentCountsView,
  hasData: (v) => v.groups.some((g) => g.rows.length > 0),
  build: buildDocumentCountsChart,
};

const money: ChartSpec<MoneyView> = {
  tag: 'MoneyChart',
  attributes: {
    country: 'only the money of this country’s documents and proposals: a country id, e.g. "uzbekistan"',
    currency:
      'everything on one scale in this currency, e.g. "EUR": the build fails for any amount without a sourced conversion',
  },
  view: moneyView,
  hasData: (v) => v.panels.length > 0,
  build: buildMoneyChart,
};

const themes: ChartSpec<ThemeMatrixView> = {
  tag: 'ThemesChart',
  attributes: {
    country: 'only this country’s column: a country id',
    theme: 'only this theme’s row: a theme id, e.g. "water"',
  },
  view: themeMatrixView,
  hasData: (v) => v.cells.some((c) => c.initiatives.length > 0),
  build: buildThemeMatrixChart,
};

const map: ChartSpec<MapView> = {
  tag: 'MapChart',
  attributes: {},
  view: (b) => mapView(b),
  hasData: (v) => v.countries.some((c) => c.isoNumeric !== undefined),
  build: buildMapChart,
  rules: (v) => mapProblems(v, NATURAL_EARTH),
};

const timeline: ChartSpec<TimelineChartView> = {
  tag: 'TimelineChart',
  attributes: {},
  view: (b) => timelineChartView(b),
  hasData: (v) => v.events.length > 0,
  build: buildTimelineChart,
};

const initiatives: ChartSpec<InitiativeStatusView> = {
  tag: 'InitiativesChart',
  attributes: { country: 'only what this country proposed: a country id' },
  view: initiativeStatusView,
  hasData: (v) => v.rows.length > 0,
  build: buildInitiativesChart,
};

/** Every chart, by kind, in the order the catalogue lists them. */
export const CHARTS = { documents, money, themes, map, timeline, initiatives };

export type ChartKind = keyof typeof CHARTS;
export const CHART_KINDS = Object.keys(CHARTS) as ChartKind[];

type ViewOf<S> = S extends ChartSpec<infer V> ? V : never;
/** Any chart's view. */
export type ChartView = { [K in ChartKind]: ViewOf<(typeof CHARTS)[K]> }[ChartKind];

/** The spec of a chart kind, typed for any view (the registry pairs each kind with its own view type). */
export const chartSpec = (kind: ChartKind) => CHARTS[kind] as unknown as ChartSpec<ChartView>;

/** Whether a view has anything to draw; pages leave out a chart with nothing in it. */
export const hasData = (view: ChartView): boolean => chartSpec(view.request.kind).hasData(view);

/** The view a request asks for, built once per briefing: every page and download that shows the chart shares it. */
export const chartView = <K extends ChartKind>(
  b: Briefing,
  request: ChartRequest & { kind: K },
): ViewOf<(typeof CHARTS)[K]> =>
  memo(
    b,
    `chart:${chartId(request)}${request.summary ? ':summary' : ''}`,
    () => chartSpec(request.kind).view(b, request) as ViewOf<(typeof CHARTS)[K]>,
  );

const built = new WeakMap<ChartView, BuiltChart>();

/**
 * Lays out and describes any chart view: used by the chart on pages and by the CSV and SVG downloads alike. Once
 * per view: chartView() hands every page the same view of a chart, so however many pages, MDX bodies and downloads
 * show it, its layout is computed once per build.
 */
export function buildChart(view: ChartView): BuiltChart {
  let chart = built.get(view);
  if (!chart) {
    chart = timed(`chart layout: ${view.request.kind}`, () => chartSpec(view.request.kind).build(view));
    built.set(view, chart);
  }
  return chart;
}

/** The chart components authors place in MDX bodies, by tag, and the kind of chart each draws. */
export const MDX_CHART_TAGS: Record<string, ChartKind> = Object.fromEntries(
  CHART_KINDS.map((kind) => [CHARTS[kind].tag, kind]),
);
