// The ordered registry of collections: reading order (the book's, the index pages', the search page's). Generic code
// iterates it; what differs between collections lives in each one's module.
import type { CollectionName } from '../../../schemas/index.ts';
import type { Entry } from '../model.ts';
import { countries } from './countries.ts';
import { documents } from './documents.ts';
import { events } from './events.ts';
import { glossary } from './glossary.ts';
import { initiatives } from './initiatives.ts';
import { organisations } from './organisations.ts';
import { people } from './people.ts';
import { sources } from './sources.ts';
import type { CollectionSpec } from './spec.ts';
import { themes } from './themes.ts';

export type { CollectionSpec } from './spec.ts';

/** Every collection's spec, in reading order. */
export const COLLECTION_SPECS = [
  countries,
  initiatives,
  documents,
  themes,
  events,
  people,
  organisations,
  glossary,
  sources,
] as const;

const byName = new Map<string, CollectionSpec>(COLLECTION_SPECS.map((s) => [s.name, s as unknown as CollectionSpec]));

/** The spec of a collection. */
export function specOf<C extends CollectionName>(collection: C): CollectionSpec<C> {
  const spec = byName.get(collection);
  if (!spec)
    throw new Error(
      `no collection module for "${collection}": add src/lib/briefing/collections/${collection}.ts to the registry`,
    );
  return spec as unknown as CollectionSpec<C>;
}

/** The spec of an entry's collection, typed for any entry. */
export const specOfEntry = (entry: Entry) => specOf(entry.collection) as unknown as CollectionSpec;

/** Collections whose entries each have a page, in reading order. */
export const PAGE_COLLECTIONS: CollectionName[] = COLLECTION_SPECS.filter((s) => s.pages).map((s) => s.name);
