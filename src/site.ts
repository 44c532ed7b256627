// Site-wide constants and URL helpers (the one place that knows the base path).
import { COLLECTION_SPECS } from './lib/briefing/collections/index.ts';
import type { CollectionName } from './schemas/index.ts';

/** Links in the header, in order: the collections whose module gives them a place (`nav`), and these pages. */
const PAGES: { path: string; label: string; nav: number }[] = [
  { path: 'timeline/', label: 'Timeline', nav: 5 },
  { path: 'tracker/', label: 'Tracker', nav: 6 },
  { path: 'about/', label: 'About', nav: 8 },
];
export const NAV: { path: string; label: string; collection?: CollectionName }[] = [
  ...COLLECTION_SPECS.flatMap((s) =>
    s.nav === undefined ? [] : [{ path: `${s.name}/`, label: s.labels.plural, collection: s.name, nav: s.nav }],
  ),
  ...PAGES,
]
  .sort((x, y) => x.nav - y.nav)
  .map(({ nav: _nav, ...item }) => item);

/** A path inside the site ("countries/kazakhstan/") as a link under the configured base ("/briefing/countries/…"). */
export function href(path: string): string {
  return `${__BRIEFING_BASE__}${path.replace(/^\/+/, '')}`;
}
