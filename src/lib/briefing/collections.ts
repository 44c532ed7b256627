import type { CollectionName } from '../../schemas/index.ts';
import { COLLECTION_SPECS, specOf } from './collections/index.ts';

/** How each collection is named to readers (from each collection's module). */
export const COLLECTION_LABELS = Object.fromEntries(COLLECTION_SPECS.map((s) => [s.name, s.labels])) as Record<
  CollectionName,
  { singular: string; plural: string }
>;

/**
 * Path of an entry's page relative to the site's root, always ending in "/": `countries/kazakhstan/`.
 * Entries of a collection without pages (glossary terms) are anchors on its page: `glossary/#ca-jad`.
 */
export function entryPath(collection: CollectionName, id: string): string {
  return specOf(collection).pages ? `${collection}/${id}/` : `${collection}/#${id}`;
}

/** Path of a collection's index page: `countries/`. */
export function collectionPath(collection: CollectionName): string {
  return `${collection}/`;
}
