// Related lists as an entry's page shows them: the first RELATED_LIMIT entries, then how many more and where they
// all are, so that a country's page stays one size however many documents name the country.
import { writeSearchState } from '../search/search-url.ts';
import type { Briefing } from './briefing.ts';
import { specOf, specOfEntry } from './collections/index.ts';
import type { RelatedGroup } from './collections/spec.ts';
import type { Entry } from './model.ts';

/** Entries a related list shows before it links to the rest. */
export const RELATED_LIMIT = 20;

/** A related list, cut to its first entries. */
export interface BoundedGroup extends RelatedGroup {
  /** How many entries are left out (0 when the list is whole). */
  more: number;
  /** Every entry of the list, and others like them: a search of their kind narrowed as the page's entry is. */
  search?: string | undefined;
  /** The register of the entries' collection, e.g. "documents/", when they all come from one. */
  register?: string | undefined;
  /** What the entries are, in the plural: "documents". */
  plural?: string | undefined;
}

/**
 * The entry's related lists with each cut to `limit` entries. A cut list links to a search for the entries of its
 * kind filtered by what the page's entry is (a country's documents: kind Document, country Kazakhstan), which finds
 * the whole list, and to the register, which reads without JavaScript.
 */
export function boundedRelated(
  b: Briefing,
  entry: Entry,
  groups: readonly RelatedGroup[],
  limit = RELATED_LIMIT,
): BoundedGroup[] {
  return groups.map((g) => {
    if (g.entries.length <= limit) return { ...g, more: 0 };
    const collections = new Set(g.entries.map((e) => e.collection));
    const only = collections.size === 1 ? specOf([...collections][0]!) : undefined;
    const filters: Record<string, string[]> = only ? { kind: [only.labels.singular] } : {};
    for (const f of specOfEntry(entry).search?.(b, entry as never).filters ?? []) filters[f.key] = f.values;
    return {
      ...g,
      entries: g.entries.slice(0, limit),
      more: g.entries.length - limit,
      search: `search/${writeSearchState({ query: '', filters, sort: 'relevance' })}`,
      register: only && `${only.name}/`,
      plural: only?.labels.plural.toLowerCase(),
    };
  });
}
