// Helpers the collection specs share: fact rows, related lists and index groups, search filters, JSON-LD.
import type { Citation } from '../../../schemas/citation.ts';
import type { CollectionName, Ref } from '../../../schemas/index.ts';
import type { SearchFilterKey } from '../../search/search-keys.ts';
import type { Briefing } from '../briefing.ts';
import { figuresOf, titleOf } from '../entry.ts';
import type { Entry } from '../model.ts';
import type { Fact, JsonLd, RelatedGroup, SearchFacets } from './spec.ts';

export const humanise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ');

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

export function refs(b: Briefing, list: readonly Ref[] | undefined): Entry[] {
  return (list ?? []).map((r) => b.get(r) as Entry);
}

export function refFact(b: Briefing, label: string, list: readonly Ref[] | Ref | undefined): Fact[] {
  const arr = list === undefined ? [] : Array.isArray(list) ? list : [list as Ref];
  return arr.length ? [{ label, kind: 'refs', refs: refs(b, arr) }] : [];
}

export function textFact(label: string, text: string | undefined, cite?: Citation[]): Fact[] {
  return text ? [{ label, kind: 'text', text, cite }] : [];
}

export function group(heading: string, entries: Entry[]): RelatedGroup[] {
  return entries.length ? [{ heading, entries: unique(entries) }] : [];
}

/** Entries that point at `entry` from a collection, optionally through one field. */
export function backlinks(b: Briefing, entry: Entry, from: CollectionName, field?: string): Entry[] {
  return b.backlinks({ collection: entry.collection, id: entry.id } as Ref, from, field);
}

/** Index groups in a fixed order of headings; an entry may sit in several; empty groups are left out. */
export function groupBy(all: Entry[], keyOf: (e: Entry) => string[], order: string[]): RelatedGroup[] {
  return order
    .map((heading) => ({ heading, entries: all.filter((e) => keyOf(e).includes(heading)) }))
    .filter((g) => g.entries.length > 0);
}

/** Themes touched by a set of initiatives and documents, in theme order. */
export function themesOf(b: Briefing, entries: Entry[]): Entry[] {
  const ids = new Set(entries.flatMap((e) => ((e.data as { themes?: Ref[] }).themes ?? []).map((t) => t.id)));
  return b.all('themes').filter((t) => ids.has(t.id));
}

/** Countries that propose a set of initiatives or are party to a set of documents, in country order. */
export function countriesOf(b: Briefing, entries: Entry[]): Entry[] {
  const ids = new Set(
    entries.flatMap((e) => {
      const d = e.data as { proposer?: { countries: Ref[] }; parties?: Ref[] };
      return [...(d.proposer?.countries ?? []), ...(d.parties ?? [])].map((r) => r.id);
    }),
  );
  return b.all('countries').filter((c) => ids.has(c.id));
}

/** Fact rows for an entry's sourced figures. */
export function figureFacts(entry: Entry): Fact[] {
  const labels: Record<string, string> = { count: 'Number', value: 'Reported value', money: 'Money' };
  return figuresOf(entry).map((figure) => ({
    label:
      labels[figure.field] ??
      humanise(figure.variants[0] && 'unit' in figure.variants[0] ? String(figure.variants[0].unit) : 'Figure'),
    kind: 'figure' as const,
    figure,
  }));
}

/** Names of the entries references point at, without repeats. */
export function names(b: Briefing, list: readonly (Ref | undefined)[]): string[] {
  return unique(list.map((r) => (r ? titleOf(b.get(r) as Entry) : undefined)).filter((v): v is string => !!v));
}

/** One search filter, left out when it has no value. */
export function filter(key: SearchFilterKey, values: string[]): SearchFacets['filters'] {
  return values.length ? [{ key, values }] : [];
}

/** A `url` property for JSON-LD, or none when the site has no address. */
export const urlOf = (url: string | undefined): JsonLd => (url === undefined ? {} : { url });

/** Sort key of a date, or of "9999" for none; then the entry's title. */
export const sortKeyByTitle = (entry: Entry) => titleOf(entry).toLowerCase();
