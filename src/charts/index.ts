// One entry point from a view to a finished chart, whichever kind it is (the registry's spec says how).
export { buildChart } from './registry.ts';
