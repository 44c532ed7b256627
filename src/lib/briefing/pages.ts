// Collections with pages of their own, and their index intros, as the collection modules define them.
import type { CollectionName } from '../../schemas/index.ts';
import { COLLECTION_SPECS, PAGE_COLLECTIONS } from './collections/index.ts';

/** Collections whose entries each have a page, in reading order; glossary terms are anchors on one page instead. */
export const ENTRY_PAGE_COLLECTIONS: readonly CollectionName[] = PAGE_COLLECTIONS;

/** One sentence under each index page's heading. */
export const INDEX_INTROS = Object.fromEntries(COLLECTION_SPECS.map((s) => [s.name, s.intro])) as Record<
  CollectionName,
  string
>;
