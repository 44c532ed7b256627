// What the charts rely on in the content, checked in the validation pass that check:content and the build share
// (src/lib/briefing/validate.ts): every chart the site shows can be derived (known countries and themes, sourced
// conversions), each kind's own rules hold (the map's ISO codes and waypoints), and a chart an author places in an
// MDX body has something to draw.
import type { ContentProblem } from '../lib/errors.ts';
import type { Briefing } from '../lib/briefing/briefing.ts';
import type { Entry } from '../lib/briefing/model.ts';
import { COLLECTIONS } from '../lib/briefing/collections/index.ts';
import { bodyChartRequests, chartCatalogue } from './placements.ts';
import { CHARTS, chartSpec, chartView, type ChartView, hasData } from './registry.ts';
import { ChartError, chartId, type ChartRequest } from './shared/view.ts';

/** Runs `f`; a ChartError becomes its problems, and the result is undefined. */
function collect<T>(problems: ContentProblem[], f: () => T): T | undefined {
  try {
    return f();
  } catch (error) {
    if (!(error instanceof ChartError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}

/** How an author wrote the request: `<MoneyChart country="japan" />`. */
function tagOf(request: ChartRequest): string {
  const attrs = (['country', 'theme', 'currency'] as const)
    .filter((a) => request[a] !== undefined)
    .map((a) => ` ${a}="${request[a]}"`);
  return `<${CHARTS[request.kind].tag}${attrs.join('')} />`;
}

/** Every problem that would keep a chart of the site from being drawn truthfully; empty when all can be drawn. */
export function chartProblems(b: Briefing): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const views = new Map<string, ChartView>();
  for (const collection of COLLECTIONS) {
    for (const entry of b.all(collection) as Entry[]) {
      bodyChartRequests(entry.body).forEach((request, i) => {
        const view = collect(problems, () => chartView(b, request));
        if (!view) return;
        views.set(view.id, view);
        if (!hasData(view)) {
          problems.push({
            collection: entry.collection,
            id: entry.id,
            file: entry.file,
            field: `body (chart ${i + 1})`,
            message: `${tagOf(request)} has nothing to draw (chart "${chartId(request)}")`,
            hint: 'remove the chart from the body, narrow it to something the content holds, or add the entries it draws on.',
          });
        }
      });
    }
  }
  // The charts pages show; a bad body request has been reported above, so the catalogue is read without bodies' errors.
  if (!problems.length) for (const view of collect(problems, () => chartCatalogue(b)) ?? []) views.set(view.id, view);
  for (const view of views.values()) {
    const own = chartSpec(view.request.kind).rules?.(view) ?? [];
    if (own.length) problems.push(...new ChartError(view.id, own).problems);
  }
  return problems;
}
