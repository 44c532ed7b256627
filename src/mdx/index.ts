// Components available in every MDX body without an import.
import Cite from './Cite.astro';
import DocumentsChart from './DocumentsChart.astro';
import InitiativesChart from './InitiativesChart.astro';
import MapChart from './MapChart.astro';
import MoneyChart from './MoneyChart.astro';
import ThemesChart from './ThemesChart.astro';
import TimelineChart from './TimelineChart.astro';

/** Charts keep these names in the chart registry (src/charts/registry.ts), which finds them in bodies. */
export const mdxComponents = {
  Cite,
  DocumentsChart,
  MoneyChart,
  ThemesChart,
  MapChart,
  TimelineChart,
  InitiativesChart,
};
