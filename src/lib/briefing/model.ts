import type { CollectionName, EntryData } from '../../schemas/index.ts';

/** One content entry as the rest of the site sees it: plain data, no Astro types. */
export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  /** From the file name, e.g. "tokyo-declaration". */
  id: string;
  data: EntryData<C>;
  /** Raw MDX body (for the citation pre-pass); empty for YAML entries. */
  body: string;
  /** Path of the file relative to the project root, for error messages. */
  file: string;
}

/** Every collection's entries, as loaded. */
export type RawBriefing = { [C in CollectionName]: Entry<C>[] };
