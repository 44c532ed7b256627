// One entry point from a view to a finished chart, whichever kind it is: used by the chart list on pages and by
// the CSV and SVG downloads, so both always come from the same layout.
import type {
  ChartView,
  DocumentCountsView,
  InitiativeStatusView,
  MapView,
  MoneyView,
  ThemeMatrixView,
  TimelineChartView,
} from '../lib/briefing/chart-views.ts';
import { buildDocumentCountsChart } from './documents/chart.ts';
import { buildInitiativesChart } from './initiatives/chart.ts';
import { buildMapChart } from './map/chart.ts';
import { buildMoneyChart } from './money/chart.ts';
import type { BuiltChart } from './shared/chart.ts';
import { buildThemeMatrixChart } from './themes/chart.ts';
import { buildTimelineChart } from './timeline/chart.ts';
import { timed } from '../lib/profile.ts';

/** Lays out and describes any chart view. */
export function buildChart(view: ChartView): BuiltChart {
  return timed(`chart layout: ${view.request.kind}`, () => layoutChart(view));
}

function layoutChart(view: ChartView): BuiltChart {
  switch (view.request.kind) {
    case 'documents':
      return buildDocumentCountsChart(view as DocumentCountsView);
    case 'money':
      return buildMoneyChart(view as MoneyView);
    case 'themes':
      return buildThemeMatrixChart(view as ThemeMatrixView);
    case 'map':
      return buildMapChart(view as MapView);
    case 'timeline':
      return buildTimelineChart(view as TimelineChartView);
    case 'initiatives':
      return buildInitiativesChart(view as InitiativeStatusView);
  }
}
