// Components available in every MDX body without an import: <Cite>, and each chart under the tag the chart registry
// gives it (src/charts/registry.ts), which is also how the catalogue and check:content find charts in bodies.
import { createComponent, render, renderComponent } from 'astro/compiler-runtime';
import { CHART_KINDS, CHARTS, type ChartKind } from '../charts/registry.ts';
import Chart from './Chart.astro';
import Cite from './Cite.astro';
import Lang from './Lang.astro';

/** The generic chart component with its kind fixed, as MDX calls it: `<MoneyChart currency="EUR" />`. */
const chartTag = (kind: ChartKind) =>
  createComponent(
    (result: Parameters<typeof renderComponent>[0], props: Record<string, unknown>) =>
      render`${renderComponent(result, CHARTS[kind].tag, Chart, { ...props, kind })}`,
  );

export const mdxComponents: Record<string, unknown> = {
  Cite,
  Lang,
  ...Object.fromEntries(CHART_KINDS.map((kind) => [CHARTS[kind].tag, chartTag(kind)])),
};
