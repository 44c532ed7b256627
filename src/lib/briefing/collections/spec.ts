// What a collection module says about its collection: one typed spec per collection (collections/<name>.ts), read by
// the pages, search, structured data, the data export, `npm run import` and `npm run new`. Generic code iterates the
// registry (collections/index.ts) instead of switching over collection names.
import type { ChartKind, ChartRequest } from '../../../charts/shared/view.ts';
import type { Citation } from '../../../schemas/citation.ts';
import type { CollectionName, CollectionSchemas } from '../../../schemas/index.ts';
import type { SearchFilterKey } from '../../search/search-keys.ts';
import type { Briefing } from '../briefing.ts';
import type { Figure } from '../entry.ts';
import type { Entry } from '../model.ts';

/** One row of an entry's fact box. */
export type Fact =
  | { label: string; kind: 'text'; text: string; cite?: Citation[] | undefined }
  | { label: string; kind: 'refs'; refs: Entry[] }
  | { label: string; kind: 'link'; href: string; text: string }
  | { label: string; kind: 'links'; links: { href: string; text: string }[] }
  | { label: string; kind: 'figure'; figure: Figure; note?: string | undefined };

/** A list of related entries under a heading. */
export interface RelatedGroup {
  heading: string;
  entries: Entry[];
  /** For a source's page: the locators each entry cites. */
  locators?: Map<Entry, string[]>;
  /** Under each entry, in place of its summary: lists of other entries, each with its label ("Proposed"). */
  details?: Map<Entry, { label: string; entries: Entry[] }[]>;
}

/** A value in a data table's cell. */
export type Cell = string | number | boolean | null;

/** How `npm run import` fills a frontmatter field from a column (a dotted path for nested fields). */
export interface ImportField {
  field: string;
  kind: 'text' | 'list' | 'bool' | 'ref' | 'cites';
  required?: boolean;
}

/** One column of a collection's data table: its name and meaning, its cell, and (when importable) its field. */
export interface TableColumn<C extends CollectionName = CollectionName> {
  name: string;
  /** What the column holds, with its unit or format. */
  description: string;
  cell: (entry: Entry<C>, b: Briefing) => Cell;
  import?: ImportField;
}

/** Optional import columns for one sourced figure per row: value_amount, value_currency, … or count_value, … */
export interface ImportFigure {
  prefix: string;
  field: string;
  kind: 'money' | 'count';
}

/**
 * The import columns of one sourced figure, by the figure's field each fills: a money figure's `amount` comes from
 * the column <prefix>_amount, its `cite` from <prefix>_citations (value_amount, value_citations, count_value, …).
 */
export const IMPORT_FIGURE_PARTS: Record<ImportFigure['kind'], Record<string, string>> = {
  money: { amount: 'amount', currency: 'currency', qualifier: 'qualifier', nature: 'nature', cite: 'citations' },
  count: { value: 'value', qualifier: 'qualifier', unit: 'unit', cite: 'citations' },
};

/** A collection's table in the published dataset (data/<name>.csv and .json), one row per entry. */
export interface TableSpec<C extends CollectionName = CollectionName> {
  /** Position among the dataset's tables on the data page and in the zip (the figure tables sit at 3–5). */
  order: number;
  title: string;
  description: string;
  columns: TableColumn<C>[];
  /** Present when `npm run import` reads this table's CSV back into entries. */
  importFigures?: ImportFigure[];
}

/** Filter values of a page in the search index, and the dates it shows and sorts by. */
export interface SearchFacets {
  filters: { key: SearchFilterKey; values: string[] }[];
  /** Places a reader may search the entry by that are not its name, e.g. a country's capital. */
  places?: string[];
  start?: string | undefined;
  end?: string | undefined;
}

/** Existing ids to put in a `npm run new` template's references, so the new entry validates before it is filled in. */
export interface TemplateIds {
  country: string;
  theme: string;
  source: string;
}

export type JsonLd = Record<string, unknown>;

/** The charts a collection's pages show (src/charts/placements.ts draws them; a chart with nothing in it is left out). */
export interface CollectionCharts {
  /**
   * On an entry's page, each narrowed to the entry: `narrow` is the request field that takes the entry's id;
   * `summary` draws the chart's summary (its smaller cap), as home does, so the page stays one size whatever the corpus.
   */
  entry?: readonly { kind: ChartKind; narrow: 'country' | 'theme'; summary?: boolean }[];
  /** On the collection's index page. */
  index?: readonly ChartRequest[];
  /** At the head of the collection's part of the book, when not the index page's. */
  book?: readonly ChartRequest[];
}

export interface CollectionSpec<C extends CollectionName = CollectionName> {
  name: C;
  /** The schema its entries match (src/schemas/<schemaFile>); every collection also takes `corrections`. */
  schema: CollectionSchemas[C];
  /** The schema's file in src/schemas/, named in content errors' hints. */
  schemaFile: string;
  /** The file type its entries are written in under content/<name>/: MDX where prose matters, YAML where not. */
  files: 'yaml' | 'mdx';
  /** How readers call one entry and the collection. */
  labels: { singular: string; plural: string };
  /** One sentence under the index page's heading (and the book's part). */
  intro: string;
  /** False when entries are anchors on one page (glossary terms) rather than pages of their own. */
  pages: boolean;
  /** Position in the main navigation, when the collection's index is there (site.ts orders it with other pages). */
  nav?: number;
  /** A description for search engines and link previews when the entry has no summary of its own. */
  describe?: (entry: Entry<C>) => string;
  /** Sorts entries in reading order (compared as text). */
  sortKey: (entry: Entry<C>) => string;
  /** The rows of an entry's fact box. */
  facts?: (b: Briefing, entry: Entry<C>) => Fact[];
  /** Lists of related entries on an entry's page. */
  related?: (b: Briefing, entry: Entry<C>) => RelatedGroup[];
  /** The groups of the index page; one group named after the collection when absent. */
  indexGroups?: (b: Briefing, all: Entry<C>[]) => RelatedGroup[];
  /** Search filters and dates of an entry's page. */
  search?: (b: Briefing, entry: Entry<C>) => SearchFacets;
  /** schema.org node describing what the entry's page is about, beside its WebPage. */
  jsonLd?: (b: Briefing, entry: Entry<C>, url: string | undefined) => JsonLd;
  /** The collection's table in the dataset. */
  table?: TableSpec<C>;
  /** The charts its entry and index pages show. */
  charts?: CollectionCharts;
  /** The file `npm run new` writes. `today` is an ISO date; ids must exist in the content. */
  template: (title: string, ids: TemplateIds, today: string) => string;
}

/** Declares a collection's spec with its entry type checked against its name. */
export const defineCollectionSpec = <C extends CollectionName>(spec: CollectionSpec<C>): CollectionSpec<C> => spec;
