// The briefing book: the whole briefing as one document, in reading order, derived from the same model and views
// as the site's pages. Pure; src/pages/book/ renders it, and `npm run book` prints it.
import type { Citation } from '../../schemas/citation.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { type Briefing, type Figure, titleOf } from './briefing.ts';
import { bodyChartRequests, bookPartCharts, entryCharts, homeCharts } from '../../charts/placements.ts';
import { type ChartView } from '../../charts/registry.ts';
import { chartId } from '../../charts/shared/view.ts';
import { COLLECTION_LABELS } from './collections.ts';
import { COLLECTION_SPECS, specOf } from './collections/index.ts';
import type { Entry } from './model.ts';
import { collectionIndexView, entryView, type EntryView, keyFigures } from './views.ts';
import { slugify } from '../slug.ts';

/** The collections of the book, in reading order after the summit (the registry's). */
export const BOOK_COLLECTIONS: readonly CollectionName[] = COLLECTION_SPECS.map((s) => s.name);
type BookCollection = CollectionName;

/** Parts whose entries each get a line in the table of contents; the others (directories) are listed as one line. */
const LISTED_IN_CONTENTS: ReadonlySet<string> = new Set([
  'summit',
  'countries',
  'initiatives',
  'documents',
  'themes',
  'events',
]);

/** One unit of the book, rendered in order; an item's citation marks are numbered from its own notes. */
export type BookItem =
  | {
      kind: 'part';
      anchor: string;
      title: string;
      /** A sentence under the part's heading (the index page's); empty for none. */
      intro: string;
      /** Charts about the whole part (documents: counts and money), each shown once in the book. */
      charts: ChartView[];
      citations: Citation[];
    }
  | { kind: 'group'; anchor: string; title: string; citations: Citation[] }
  | {
      /** The summit at a glance: what the home page leads with. */
      kind: 'overview';
      anchor: string;
      title: string;
      summit: Entry<'events'>;
      figures: Figure[];
      charts: ChartView[];
      citations: Citation[];
    }
  | {
      kind: 'entry';
      anchor: string;
      view: EntryView;
      /** Heading level of the entry's title: 3 directly under a part, 4 under a group. */
      level: 3 | 4;
      charts: ChartView[];
      citations: Citation[];
    }
  | { kind: 'glossary'; anchor: string; terms: Entry<'glossary'>[]; citations: Citation[] };

/** A line of the table of contents. */
export interface ContentsLine {
  anchor: string;
  title: string;
}

/** A part in the table of contents, with a line for each of its entries where the part lists them. */
export interface ContentsPart extends ContentsLine {
  entries: ContentsLine[];
}

export interface BookView {
  summit: Entry<'events'>;
  contents: ContentsPart[];
  items: BookItem[];
}

/** Anchor of an entry's section in the book: "countries-kazakhstan"; a glossary term sits in the glossary's section. */
export function bookAnchor(collection: CollectionName, id: string): string {
  return collection === 'glossary' ? `glossary--${id}` : `${collection}-${id}`;
}

/** Anchor of a part: "part-countries". */
export const partAnchor = (name: string) => `part-${name}`;

/**
 * A collection's entries in the groups its index page shows (initiatives by proposer, documents by kind…), each
 * entry once: in the first group that holds it. Entries no group holds come last, under "Other".
 */
export function bookGroups(b: Briefing, collection: CollectionName): { heading: string; entries: Entry[] }[] {
  const placed = new Set<Entry>();
  const groups = collectionIndexView(b, collection).map((g) => ({
    heading: g.heading,
    entries: g.entries.filter((e) => !placed.has(e) && (placed.add(e), true)),
  }));
  const rest = (b.all(collection) as Entry[]).filter((e) => !placed.has(e));
  return [...groups, ...(rest.length ? [{ heading: 'Other', entries: rest }] : [])].filter((g) => g.entries.length > 0);
}

/** The whole briefing as a book: its contents, and every item in reading order. */
export function bookView(b: Briefing): BookView {
  const shown = new Set<string>();
  /** Each chart once in the book: the first place that asks for it keeps it. */
  const once = (views: ChartView[]) => views.filter((v) => !shown.has(v.id) && (shown.add(v.id), true));
  const items: BookItem[] = [];
  const contents: ContentsPart[] = [];
  const listIn = (line: ContentsLine) => contents.at(-1)!.entries.push(line);
  const summit = b.summit;

  const addEntry = (entry: Entry, level: 3 | 4, listed: boolean) => {
    // Charts an author placed in the body are drawn there; the same chart is not repeated after it.
    for (const r of bodyChartRequests(entry.body)) shown.add(chartId(r));
    const view = entryView(b, entry);
    items.push({
      kind: 'entry',
      anchor: bookAnchor(entry.collection, entry.id),
      view,
      level,
      charts: once(entryCharts(b, entry)),
      citations: view.citations,
    });
    if (listed) listIn({ anchor: bookAnchor(entry.collection, entry.id), title: titleOf(entry) });
  };

  // The summit first: the figures and charts the home page leads with, then the summit's own account.
  const home = homeCharts(b);
  const figures = keyFigures(b);
  items.push({ kind: 'part', anchor: partAnchor('summit'), title: 'The summit', intro: '', charts: [], citations: [] });
  contents.push({ anchor: partAnchor('summit'), title: 'The summit', entries: [] });
  items.push({
    kind: 'overview',
    anchor: 'overview',
    title: 'At a glance',
    summit,
    figures,
    charts: once([...home.numbers, ...home.countries, ...home.initiatives]),
    citations: [
      ...summit.data.cite,
      ...figures.flatMap((f) =>
        f.variants.flatMap((v) => [...v.cite, ...('equivalents' in v ? v.equivalents.flatMap((e) => e.cite) : [])]),
      ),
    ],
  });
  listIn({ anchor: 'overview', title: 'At a glance' });
  addEntry(summit, 3, true);

  for (const collection of BOOK_COLLECTIONS) {
    const entries = (b.all(collection) as Entry[]).filter((e) => e !== summit);
    if (entries.length === 0) continue;
    const title = COLLECTION_LABELS[collection].plural;
    const listed = LISTED_IN_CONTENTS.has(collection);
    const partCharts = once(bookPartCharts(b, collection));
    items.push({
      kind: 'part',
      anchor: partAnchor(collection),
      title,
      intro: partIntro(collection),
      charts: partCharts,
      citations: [],
    });
    contents.push({ anchor: partAnchor(collection), title, entries: [] });
    if (!specOf(collection).pages) {
      const terms = entries as Entry<'glossary'>[];
      items.push({ kind: 'glossary', anchor: 'glossary', terms, citations: terms.flatMap((t) => t.data.cite) });
      continue;
    }
    const groups = bookGroups(b, collection)
      .map((g) => ({ ...g, entries: g.entries.filter((e) => e !== summit) }))
      .filter((g) => g.entries.length > 0);
    // One group named like its part ("Themes") adds nothing: its entries sit directly under the part.
    const flat = groups.length === 1;
    for (const g of groups) {
      if (!flat)
        items.push({
          kind: 'group',
          anchor: `group-${collection}-${slugify(g.heading)}`,
          title: g.heading,
          citations: [],
        });
      for (const entry of g.entries) addEntry(entry, flat ? 3 : 4, listed);
    }
  }

  return { summit, contents, items };
}

/** One sentence under a part's heading: the index page's, where the site has one. */
function partIntro(collection: BookCollection): string {
  return specOf(collection).intro;
}

/**
 * Where a link to a page of the site leads inside the book: an entry's section, a part, a glossary term. `path` is
 * relative to the site's root, as entryPath() writes it ("countries/kazakhstan/", "glossary/#ca-jad"). Pages the book
 * does not hold (open data, search, downloads) have no target: their links stay links to the site.
 */
export function bookTarget(b: Briefing, path: string): string | undefined {
  const [page = '', hash = ''] = path.replace(/^\/+/, '').split('#');
  if (page === '' && hash === '') return '#cover';
  if (page === 'glossary/')
    return hash
      ? b.find('glossary', hash)
        ? `#${bookAnchor('glossary', hash)}`
        : undefined
      : `#${partAnchor('glossary')}`;
  if (page === 'timeline/') return `#${partAnchor('events')}`;
  const m = /^([a-z]+)\/(?:([^/]+)\/)?$/.exec(page);
  if (!m || hash) return undefined;
  const collection = m[1] as CollectionName;
  if (!(BOOK_COLLECTIONS as readonly string[]).includes(collection)) return undefined;
  if (!m[2]) return `#${partAnchor(collection)}`;
  const entry = b.find(collection, decodeURIComponent(m[2]));
  if (!entry) return undefined;
  return `#${bookAnchor(collection, entry.id)}`;
}
