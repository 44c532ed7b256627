import type { Citation } from '../../schemas/citation.ts';
import type { CollectionName, Ref } from '../../schemas/index.ts';
import type { Site } from '../../schemas/site.ts';
import { extractBodyCitations } from './body-citations.ts';
import { COLLECTIONS, specOfEntry } from './collections/index.ts';
import { figuresOf, type Figure } from './entry.ts';
import type { Entry, RawBriefing } from './model.ts';
import { collectRefs } from './validate.ts';

/** A reference from one entry to another, found in a field of the referring entry. */
export interface Backlink {
  from: Entry;
  /** Dotted path of the field, e.g. "proposer.countries.0". */
  field: string;
}

// The entry helpers the collection specs use live in entry.ts, which imports only types, so the specs
// (and so the registry briefing.ts reads) never import this module back.
export { figuresOf, titleOf, type Figure } from './entry.ts';

const key = (collection: string, id: string) => `${collection}/${id}`;

/** Reading order within a collection, as its module defines it. */
const sortKeyOf = (entry: Entry): string => specOfEntry(entry).sortKey(entry);

/** The briefing: every entry, sorted, with indexes to follow references both ways. Pure; built once per build. */
export class Briefing {
  readonly site: Site;
  readonly #entries: RawBriefing;
  readonly #byKey = new Map<string, Entry>();
  readonly #backlinks = new Map<string, Backlink[]>();

  constructor(raw: RawBriefing, site: Site) {
    this.site = site;
    const sorted = {} as Record<CollectionName, Entry[]>;
    for (const c of COLLECTIONS) {
      sorted[c] = [...(raw[c] as Entry[])].sort((a, b) => sortKeyOf(a).localeCompare(sortKeyOf(b)));
      for (const e of sorted[c]) this.#byKey.set(key(c, e.id), e);
    }
    this.#entries = sorted as unknown as RawBriefing;
    for (const c of COLLECTIONS) {
      for (const from of sorted[c]) {
        for (const { field, ref } of collectRefs(from.data)) {
          const k = key(ref.collection, ref.id);
          const list = this.#backlinks.get(k) ?? [];
          if (!list.some((b) => b.from === from && b.field === field)) list.push({ from, field });
          this.#backlinks.set(k, list);
        }
      }
    }
  }

  /** All entries of a collection in reading order (countries and themes by `order`, events by date, …). */
  all<C extends CollectionName>(collection: C): Entry<C>[] {
    return this.#entries[collection];
  }

  /** The entry a reference points at; throws a short error on a dangling one (validation reports it first). */
  get<C extends CollectionName>(ref: Ref<C> | { collection: C; id: string }): Entry<C> {
    const entry = this.#byKey.get(key(ref.collection, ref.id));
    if (!entry) throw new Error(`unknown ${ref.collection} entry: "${ref.id}"`);
    return entry as Entry<C>;
  }

  find<C extends CollectionName>(collection: C, id: string): Entry<C> | undefined {
    return this.#byKey.get(key(collection, id)) as Entry<C> | undefined;
  }

  /** The summit the briefing is about (site.yaml `summit`). */
  get summit(): Entry<'events'> {
    return this.get({ collection: 'events', id: this.site.summit });
  }

  /** Entries that point at `ref`, optionally only from one collection and a field starting with `fieldPrefix`. */
  backlinks(ref: Ref, from?: CollectionName, fieldPrefix?: string): Entry[] {
    const links = this.#backlinks.get(key(ref.collection, ref.id)) ?? [];
    const out: Entry[] = [];
    for (const link of links) {
      if (from && link.from.collection !== from) continue;
      if (fieldPrefix && !(link.field === fieldPrefix || link.field.startsWith(`${fieldPrefix}.`))) continue;
      if (!out.includes(link.from)) out.push(link.from);
    }
    return out;
  }

  #citing: Map<string, { entry: Entry; at: string[] }[]> | undefined;

  /** Every entry whose frontmatter or body cites the source, with the locators it uses. */
  citing(sourceId: string): { entry: Entry; at: string[] }[] {
    if (!this.#citing) {
      // One pass over every entry, the first time any source asks.
      const index = new Map<string, { entry: Entry; at: string[] }[]>();
      for (const c of COLLECTIONS) {
        for (const entry of this.all(c) as Entry[]) {
          const bySource = new Map<string, Set<string>>();
          for (const cite of entryCitations(entry)) {
            const set = bySource.get(cite.source.id) ?? new Set<string>();
            if (cite.at) set.add(cite.at);
            bySource.set(cite.source.id, set);
          }
          for (const [id, at] of bySource) index.set(id, [...(index.get(id) ?? []), { entry, at: [...at] }]);
        }
      }
      this.#citing = index;
    }
    return this.#citing.get(sourceId) ?? [];
  }

  #figures: readonly Figure[] | undefined;

  /** Every sourced figure in the briefing, in collection order; listed once, since every figure page asks. */
  figures(): readonly Figure[] {
    if (!this.#figures) {
      const out: Figure[] = [];
      for (const c of COLLECTIONS) for (const entry of this.all(c) as Entry[]) out.push(...figuresOf(entry));
      this.#figures = out;
    }
    return this.#figures;
  }
}

function isCitation(value: unknown): value is Citation {
  if (!value || typeof value !== 'object') return false;
  const s = (value as { source?: { collection?: unknown } }).source;
  return !!s && typeof s === 'object' && s.collection === 'sources';
}

function collectCitations(value: unknown): Citation[] {
  if (isCitation(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(collectCitations);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectCitations);
  return [];
}

/**
 * Citations of an entry in the order its page shows them: its lead, the entry's own sources, other titles, the visit,
 * its figures, its body text, then where sources differ. Notes on the page are numbered in this order.
 */
export function entryCitations(entry: Entry): Citation[] {
  const d = entry.data as Record<string, unknown>;
  const head = ['lead', 'cite', 'titleVariants', 'visit', 'count', 'counts', 'value', 'money', 'statusHistory'];
  const body = extractBodyCitations(entry.body).flatMap((c) => c.cites ?? []);
  return [...head.flatMap((k) => collectCitations(d[k])), ...body, ...collectCitations(d.discrepancies)];
}
