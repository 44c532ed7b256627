import type { Citation } from '../../schemas/citation.ts';
import type { Discrepancy } from '../../schemas/discrepancy.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { type Briefing, entryCitations, type Figure, figuresOf, titleOf } from './briefing.ts';
import { COLLECTION_SPECS, type CollectionSpec, specOf, specOfEntry } from './collections/index.ts';
import type { Fact, RelatedGroup } from './collections/spec.ts';
import { memo } from './memo.ts';
import type { Entry } from './model.ts';

export type { Fact, RelatedGroup } from './collections/spec.ts';

/** Everything an entry's page shows, derived from the content; the page only renders it. */
export interface EntryView {
  entry: Entry;
  kindLabel: string;
  title: string;
  summary: string;
  /** One or two sentences for search engines and link previews: the summary, or a description made from the data. */
  description: string;
  facts: Fact[];
  related: RelatedGroup[];
  /** Disagreements between sources: recorded ones, and other names under which the entry is reported. */
  discrepancies: Discrepancy[];
  /** Citations in the order the page shows them; the page's notes are numbered from this. */
  citations: Citation[];
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function titleVariantDiscrepancy(entry: Entry): Discrepancy[] {
  const d = entry.data as { title?: string; titleVariants?: { text: string; cite: Citation[] }[]; cite: Citation[] };
  if (!d.titleVariants?.length || !d.title) return [];
  return [
    {
      topic: 'Name',
      accounts: [{ says: d.title, cite: d.cite }, ...d.titleVariants.map((v) => ({ says: v.text, cite: v.cite }))],
      note: undefined,
    },
  ];
}

/**
 * What the page of `entry` shows: the fact rows and related lists its collection's module gives, and the rest.
 * Computed once per entry (its page and the book share it).
 */
export function entryView(b: Briefing, entry: Entry): EntryView {
  return memo(b, `entry:${entry.collection}/${entry.id}`, () => computeEntryView(b, entry));
}

function computeEntryView(b: Briefing, entry: Entry): EntryView {
  const spec = specOfEntry(entry);
  const discrepancies = [
    ...titleVariantDiscrepancy(entry),
    ...((entry.data as { discrepancies?: Discrepancy[] }).discrepancies ?? []),
  ];
  const summary = (entry.data as { summary?: string; definition?: string }).summary ?? '';
  return {
    entry,
    kindLabel: spec.labels.singular,
    title: titleOf(entry),
    summary,
    // Named, so that two entries with the same one-line summary still have distinct descriptions.
    description: summary ? `${titleOf(entry)}: ${summary}` : (spec.describe?.(entry) ?? titleOf(entry)),
    facts: spec.facts?.(b, entry) ?? [],
    related: spec.related?.(b, entry) ?? [],
    discrepancies,
    citations: entryCitations(entry),
  };
}

/** The index page of a collection: its entries in groups a reader scans, e.g. initiatives by proposing country. */
export function collectionIndexView(b: Briefing, collection: CollectionName): RelatedGroup[] {
  const spec = specOf(collection) as unknown as CollectionSpec;
  const all = b.all(collection) as Entry[];
  if (spec.indexGroups) return spec.indexGroups(b, all);
  return all.length ? [{ heading: spec.labels.plural, entries: all }] : [];
}

/** The figures the home page leads with: every sourced amount of money and every counted package or total. */
export function keyFigures(b: Briefing): Figure[] {
  return b
    .figures()
    .filter(
      (f) =>
        f.kind === 'money' ||
        (f.entry.collection === 'documents' && (f.entry as Entry<'documents'>).data.kind === 'package'),
    );
}

/** Every place where sources differ, entry by entry, for the method page: recorded disagreements, names, figures. */
export function discrepancyIndex(b: Briefing): { entry: Entry; topics: string[] }[] {
  const out: { entry: Entry; topics: string[] }[] = [];
  for (const { name } of COLLECTION_SPECS) {
    for (const entry of b.all(name) as Entry[]) {
      const d = entry.data as { discrepancies?: Discrepancy[]; titleVariants?: unknown[] };
      const topics = [
        ...(d.titleVariants?.length ? ['Name or title'] : []),
        ...figuresOf(entry)
          .filter((f) => f.variants.length > 1)
          .map((f) => (f.kind === 'money' ? 'Amount of money' : `Number of ${f.variants[0]!.unit}`)),
        ...(d.discrepancies ?? []).map((x) => x.topic),
      ];
      if (topics.length) out.push({ entry, topics: unique(topics) });
    }
  }
  return out;
}

/** Events grouped by year, oldest first, for the timeline page. */
export function timelineView(b: Briefing): { year: string; events: Entry<'events'>[] }[] {
  const years = new Map<string, Entry<'events'>[]>();
  for (const e of b.all('events')) {
    const year = e.data.start?.slice(0, 4) ?? 'Not yet dated';
    years.set(year, [...(years.get(year) ?? []), e]);
  }
  return [...years].map(([year, events]) => ({ year, events }));
}

const DOCUMENT_KIND_ORDER = ['declaration', 'joint-statement', 'treaty', 'agreement', 'memorandum', 'package'];

/** Documents of the summit: linked to it or to its side events, or dated in its month; the declaration first. */
export function summitDocuments(b: Briefing): Entry<'documents'>[] {
  const summit = b.summit;
  const month = summit.data.start?.slice(0, 7);
  const isSummitEvent = (id: string | undefined) =>
    !!id && (id === summit.id || b.find('events', id)?.data.partOf?.id === summit.id);
  return b
    .all('documents')
    .filter((d) => isSummitEvent(d.data.event?.id) || (!!month && (d.data.date ?? '').startsWith(month)))
    .sort((x, y) => DOCUMENT_KIND_ORDER.indexOf(x.data.kind) - DOCUMENT_KIND_ORDER.indexOf(y.data.kind));
}

/** Initiatives grouped by proposing country, in country order; an initiative with two proposers is in both. */
export function initiativesByProposer(
  b: Briefing,
): { country: Entry<'countries'>; initiatives: Entry<'initiatives'>[] }[] {
  return b
    .all('countries')
    .map((country) => ({
      country,
      initiatives: b.all('initiatives').filter((i) => i.data.proposer.countries.some((c) => c.id === country.id)),
    }))
    .filter((g) => g.initiatives.length > 0);
}
