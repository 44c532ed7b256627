// The briefing as a dataset: one table per kind of thing, every row with its citations. Pure; the CSV and JSON
// files, the data page, the zip and its README are all rendered from these tables.
import type { Citation } from '../../schemas/citation.ts';
import type { Discrepancy } from '../../schemas/discrepancy.ts';
import { type Briefing, type Figure, titleOf } from './briefing.ts';
import { COLLECTIONS } from './collections/index.ts';
import { COLLECTION_SPECS } from './collections/index.ts';
import {
  CITATION_URLS_DESCRIPTION,
  CITATIONS_DESCRIPTION,
  citationUrls,
  formatCitations,
  LIST,
} from './collections/columns.ts';
import type { Cell, CollectionSpec } from './collections/spec.ts';
import { memo } from './memo.ts';
import type { Entry } from './model.ts';

export type { Cell } from './collections/spec.ts';
export { formatCitations } from './collections/columns.ts';

export interface Column {
  name: string;
  /** What the column holds, with its unit or format. */
  description: string;
}

export interface DataTable {
  /** File name without extension, e.g. "documents". */
  name: string;
  title: string;
  description: string;
  columns: Column[];
  rows: Record<string, Cell>[];
}

function citeColumns(): Column[] {
  return [
    { name: 'citations', description: CITATIONS_DESCRIPTION },
    { name: 'citation_urls', description: CITATION_URLS_DESCRIPTION },
  ];
}

function citeCells(b: Briefing, cites: readonly Citation[]): Record<string, Cell> {
  return { citations: formatCitations(cites), citation_urls: citationUrls(b, cites) };
}

const figureColumns: Column[] = [
  {
    name: 'entry_collection',
    description: 'collection of the entry the figure belongs to (documents, initiatives, events)',
  },
  { name: 'entry_id', description: 'id of that entry' },
  { name: 'entry_title', description: 'title of that entry' },
  { name: 'field', description: 'which of the entry’s figures this is (count, value, money, counts.N)' },
  { name: 'variant', description: 'number of this reported value among the figure’s values (1, 2, …)' },
  { name: 'variants', description: 'how many values sources report for this figure' },
  { name: 'sources_differ', description: 'true when sources report more than one value for the figure' },
];

const cache = new WeakMap<Briefing, DataTable[]>();

/** Every table of the dataset, in the order the data page lists them; built once per briefing. */
export function dataTables(b: Briefing): DataTable[] {
  let tables = cache.get(b);
  if (!tables) {
    tables = buildTables(b);
    cache.set(b, tables);
  }
  return tables;
}

function buildTables(b: Briefing): DataTable[] {
  const figures = b.figures();
  const derived: (DataTable & { order: number })[] = [
    {
      name: 'money',
      order: 3,
      title: 'Money',
      description:
        'Every sum of money as each source reports it, one row per reported value, in its own currency. Conversions appear only where a source states them.',
      columns: [
        ...figureColumns,
        { name: 'amount', description: 'amount in units of the currency (not thousands or millions)' },
        { name: 'currency', description: 'ISO 4217 code' },
        { name: 'qualifier', description: 'exact, about, more-than or up-to, as the source words it' },
        {
          name: 'nature',
          description:
            'public, private, business-target, deal-value, portfolio or unspecified, as the source describes it',
        },
        { name: 'scope', description: 'what the value covers, where sources measure different things' },
        { name: 'equivalents', description: `sourced conversions as "qualifier amount CURRENCY [citations]"; ${LIST}` },
        ...citeColumns(),
      ],
      rows: figures
        .filter((f) => f.kind === 'money')
        .flatMap((f) =>
          f.variants.map((v, i) => ({
            ...figureBase(f, i),
            amount: v.amount,
            currency: v.currency,
            qualifier: v.qualifier,
            nature: v.nature,
            scope: v.scope ?? null,
            equivalents: v.equivalents
              .map((e) => `${e.qualifier} ${e.amount} ${e.currency} [${formatCitations(e.cite)}]`)
              .join('; '),
            ...citeCells(b, v.cite),
          })),
        ),
    },
    {
      name: 'counts',
      order: 4,
      title: 'Counts',
      description:
        'Every counted quantity (documents signed, participants, meetings) as each source reports it, one row per reported value.',
      columns: [
        ...figureColumns,
        { name: 'value', description: 'the number as reported' },
        { name: 'qualifier', description: 'exact, about, more-than or up-to, as the source words it' },
        { name: 'unit', description: 'what is counted' },
        { name: 'scope', description: 'what the count covers, where sources count different things' },
        ...citeColumns(),
      ],
      rows: figures
        .filter((f) => f.kind === 'count')
        .flatMap((f) =>
          f.variants.map((v, i) => ({
            ...figureBase(f, i),
            value: v.value,
            qualifier: v.qualifier,
            unit: v.unit,
            scope: v.scope ?? null,
            ...citeCells(b, v.cite),
          })),
        ),
    },
    {
      name: 'discrepancies',
      order: 5,
      title: 'Where sources differ',
      description: 'Every recorded disagreement between sources, one row per account.',
      columns: [
        { name: 'entry_collection', description: 'collection of the entry' },
        { name: 'entry_id', description: 'id of the entry' },
        { name: 'topic', description: 'what is disputed' },
        { name: 'account', description: 'number of this account within the topic' },
        { name: 'says', description: 'what this source says' },
        { name: 'note', description: 'our reading, where we give one (marked as ours)' },
        ...citeColumns(),
      ],
      rows: COLLECTIONS.flatMap((c) =>
        (b.all(c) as Entry[]).flatMap((e) =>
          ((e.data as { discrepancies?: Discrepancy[] }).discrepancies ?? []).flatMap((d) =>
            d.accounts.map((a, i) => ({
              entry_collection: c,
              entry_id: e.id,
              topic: d.topic,
              account: i + 1,
              says: a.says,
              note: d.note ?? null,
              ...citeCells(b, a.cite),
            })),
          ),
        ),
      ),
    },
  ];
  const entryTables = COLLECTION_SPECS.flatMap((s) => (s.table ? [entryTable(b, s as unknown as CollectionSpec)] : []));
  return [...entryTables, ...derived].sort((x, y) => x.order - y.order).map(({ order: _order, ...table }) => table);
}

/** A collection's table, one row per entry, with the columns its module defines. */
function entryTable(b: Briefing, spec: CollectionSpec): DataTable & { order: number } {
  const { order, title, description, columns } = spec.table!;
  return {
    name: spec.name,
    order,
    title,
    description,
    columns: columns.map(({ name, description }) => ({ name, description })),
    rows: (b.all(spec.name) as Entry[]).map((e) =>
      Object.fromEntries(columns.map((c) => [c.name, c.cell(e as never, b)])),
    ),
  };
}

function figureBase(f: Figure, i: number): Record<string, Cell> {
  return {
    entry_collection: f.entry.collection,
    entry_id: f.entry.id,
    entry_title: titleOf(f.entry),
    field: f.field,
    variant: i + 1,
    variants: f.variants.length,
    sources_differ: f.variants.length > 1,
  };
}

/** The rows of every table that belong to one entry, for its page's "this entry in the data" links. */
export function rowsOf(tables: readonly DataTable[], entry: Entry): { table: string; count: number }[] {
  // Indexed once for all the pages (each page scanning every row made the build quadratic in the corpus).
  const index = memo(tables, 'rows by entry', () => rowsByEntry(tables));
  return index.get(`${entry.collection}/${entry.id}`) ?? [];
}

/** Every entry's rows, by "collection/id": a row is an entry's own (its id, in its collection's table) or about it. */
function rowsByEntry(tables: readonly DataTable[]): Map<string, { table: string; count: number }[]> {
  const index = new Map<string, { table: string; count: number }[]>();
  for (const t of tables) {
    for (const r of t.rows) {
      const keys = new Set<string>();
      if (r.id !== undefined) keys.add(`${t.name}/${String(r.id)}`);
      if (r.entry_collection !== undefined) keys.add(`${String(r.entry_collection)}/${String(r.entry_id)}`);
      for (const key of keys) {
        const list = index.get(key) ?? [];
        if (list.at(-1)?.table === t.name) list.at(-1)!.count++;
        else list.push({ table: t.name, count: 1 });
        index.set(key, list);
      }
    }
  }
  return index;
}
