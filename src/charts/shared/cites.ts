import type { ChartCite } from './view.ts';

/** Source labels as a chart writes them beside a value: "S1 ¶5", "S54, S55", "S21, weak source". */
export function citeText(cites: readonly ChartCite[]): string {
  return cites.map((c) => (c.weak ? `${c.label}, weak source` : c.label)).join('; ');
}
