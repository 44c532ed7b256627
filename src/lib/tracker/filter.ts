// The tracker's in-page filter: shows the rows whose status, proposing countries and themes match. Rows carry
// their values in data attributes; an empty choice matches every row.
export interface TrackerFilter {
  status: string;
  country: string;
  theme: string;
}

/** Hides rows that do not match; returns how many are shown. */
export function filterTracker(table: HTMLTableElement, filter: TrackerFilter): number {
  let shown = 0;
  for (const row of table.tBodies[0]?.rows ?? []) {
    const match =
      (!filter.status || row.dataset.status === filter.status) &&
      (!filter.country || (row.dataset.countries ?? '').split(' ').includes(filter.country)) &&
      (!filter.theme || (row.dataset.themes ?? '').split(' ').includes(filter.theme));
    row.hidden = !match;
    if (match) shown++;
  }
  return shown;
}
