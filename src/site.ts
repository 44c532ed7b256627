// Site-wide constants and URL helpers (the one place that knows the base path).
import type { CollectionName } from './schemas/index.ts';

/** Links in the header, in order. */
export const NAV: { path: string; label: string; collection?: CollectionName }[] = [
  { path: 'countries/', label: 'Countries', collection: 'countries' },
  { path: 'initiatives/', label: 'Initiatives', collection: 'initiatives' },
  { path: 'documents/', label: 'Documents', collection: 'documents' },
  { path: 'themes/', label: 'Themes', collection: 'themes' },
  { path: 'timeline/', label: 'Timeline' },
  { path: 'tracker/', label: 'Tracker' },
  { path: 'sources/', label: 'Sources', collection: 'sources' },
  { path: 'about/', label: 'About' },
];

/** A path inside the site ("countries/kazakhstan/") as a link under the configured base ("/briefing/countries/…"). */
export function href(path: string): string {
  return `${__BRIEFING_BASE__}${path.replace(/^\/+/, '')}`;
}
