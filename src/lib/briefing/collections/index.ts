// The ordered registry of collections: reading order (the book's, the index pages', the search page's). Generic code
// iterates it; what differs between collections lives in each one's module. The one list of collections: Astro's
// (src/content.config.ts), the schemas', the data export's and the CLIs' are all read from it.
import type { z } from 'zod';
import { correctionsField } from '../../../schemas/correction.ts';
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

// Lists that run across collections (a source's citing entries, the figure and discrepancy tables, the data page)
// still follow the order the collections were first declared in; a collection not named here comes last.
const DECLARED = ['sources', 'events', 'countries', 'people', 'organisations', 'initiatives', 'documents', 'themes'];
const declared = (name: string) => (DECLARED.includes(name) ? DECLARED.indexOf(name) : DECLARED.length);

/** Every collection's name. */
export const COLLECTIONS: readonly CollectionName[] = COLLECTION_SPECS.map((s) => s.name).sort(
  (a, b) => declared(a) - declared(b),
);

// A schema file that names a collection (src/schemas/reference.ts) without a spec here fails the type check.
type Unlisted = Exclude<CollectionName, (typeof COLLECTION_SPECS)[number]['name']>;
const everyCollectionListed: [Unlisted] extends [never] ? true : { 'missing from COLLECTION_SPECS': Unlisted } = true;
void everyCollectionListed;

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

const entrySchemas = new Map<CollectionName, z.ZodType>();

/** The schema an entry of the collection is parsed with: its spec's, plus the corrections editions made to it. */
export function entrySchemaOf(collection: CollectionName): z.ZodType {
  let schema = entrySchemas.get(collection);
  if (!schema) {
    schema = (specOf(collection).schema as z.ZodObject).extend(correctionsField);
    entrySchemas.set(collection, schema);
  }
  return schema;
}
