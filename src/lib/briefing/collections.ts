import type { CollectionName } from '../../schemas/index.ts';

/** How each collection is named to readers. */
export const COLLECTION_LABELS: Record<CollectionName, { singular: string; plural: string }> = {
  sources: { singular: 'Source', plural: 'Sources' },
  events: { singular: 'Event', plural: 'Events' },
  countries: { singular: 'Country', plural: 'Countries' },
  people: { singular: 'Person', plural: 'People' },
  organisations: { singular: 'Organisation', plural: 'Organisations' },
  initiatives: { singular: 'Initiative', plural: 'Initiatives' },
  documents: { singular: 'Document', plural: 'Documents' },
  themes: { singular: 'Theme', plural: 'Themes' },
  glossary: { singular: 'Glossary term', plural: 'Glossary' },
};

/**
 * Path of an entry's page relative to the site's root, always ending in "/": `countries/kazakhstan/`.
 * Glossary terms share one page and are anchors on it: `glossary/#ca-jad`.
 */
export function entryPath(collection: CollectionName, id: string): string {
  return collection === 'glossary' ? `glossary/#${id}` : `${collection}/${id}/`;
}

/** Path of a collection's index page: `countries/`. */
export function collectionPath(collection: CollectionName): string {
  return `${collection}/`;
}
