// The briefing as a dataset: one table per kind of thing, every row with its citations. Pure; the CSV and JSON
// files, the data page, the zip and its README are all rendered from these tables.
import type { Citation } from '../../schemas/citation.ts';
import type { Discrepancy } from '../../schemas/discrepancy.ts';
import type { Ref } from '../../schemas/index.ts';
import { type Briefing, type Figure, titleOf } from './briefing.ts';
import { entryPath } from './collections.ts';
import type { Entry } from './model.ts';

export type Cell = string | number | boolean | null;

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

const LIST = 'several values are separated by "; "';

/** "s1 ¶5; s35": how citations are written in the data, as in the content files. */
export function formatCitations(cites: readonly Citation[]): string {
  return [...new Set(cites.map((c) => (c.at ? `${c.source.id} ${c.at}` : c.source.id)))].join('; ');
}

function citationUrls(b: Briefing, cites: readonly Citation[]): string {
  const urls = cites.map((c) => b.find('sources', c.source.id)?.data.url ?? `${c.source.id} (no address: see sources.csv)`);
  return [...new Set(urls)].join('; ');
}

const ids = (refs: readonly Ref[] | undefined) => (refs ?? []).map((r) => r.id).join('; ');

function citeColumns(): Column[] {
  return [
    { name: 'citations', description: `sources of the row as "source-id locator" (e.g. "s1 ¶5"); ${LIST}` },
    { name: 'citation_urls', description: `addresses of those sources; ${LIST}` },
  ];
}

function citeCells(b: Briefing, cites: readonly Citation[]): Record<string, Cell> {
  return { citations: formatCitations(cites), citation_urls: citationUrls(b, cites) };
}

const urlColumn: Column = { name: 'url', description: 'path of the entry’s page on the site, relative to its root' };

const figureColumns: Column[] = [
  { name: 'entry_collection', description: 'collection of the entry the figure belongs to (documents, initiatives, events)' },
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
  return [
    {
      name: 'documents',
      title: 'Documents',
      description: 'Every outcome document or package of documents.',
      columns: [
        { name: 'id', description: 'stable id (the content file name)' },
        { name: 'title', description: 'official title, or our description when no official title is reported' },
        { name: 'official_title', description: 'true when the title is the document’s own' },
        { name: 'kind', description: 'declaration, joint-statement, agreement, treaty, memorandum or package' },
        { name: 'parties', description: `country ids; ${LIST}` },
        { name: 'organisations', description: `organisation ids; ${LIST}` },
        { name: 'signatories', description: `person ids; ${LIST}` },
        { name: 'date', description: 'date signed or adopted, ISO 8601, as precise as sourced (YYYY, YYYY-MM or YYYY-MM-DD)' },
        { name: 'event', description: 'event id' },
        { name: 'themes', description: `theme ids; ${LIST}` },
        { name: 'initiatives', description: `initiative ids; ${LIST}` },
        { name: 'summary', description: 'one sentence, our words' },
        urlColumn,
        ...citeColumns(),
      ],
      rows: b.all('documents').map((e) => ({
        id: e.id,
        title: e.data.title,
        official_title: e.data.officialTitle,
        kind: e.data.kind,
        parties: ids(e.data.parties),
        organisations: ids(e.data.organisations),
        signatories: ids(e.data.signatories),
        date: e.data.date ?? null,
        event: e.data.event?.id ?? null,
        themes: ids(e.data.themes),
        initiatives: ids(e.data.initiatives),
        summary: e.data.summary,
        url: entryPath('documents', e.id),
        ...citeCells(b, e.data.cite),
      })),
    },
    {
      name: 'initiatives',
      title: 'Initiatives and proposals',
      description: 'Every programme, proposal and idea, with who proposed it and how far it got.',
      columns: [
        { name: 'id', description: 'stable id (the content file name)' },
        { name: 'title', description: 'name as the proposer’s side gives it' },
        { name: 'other_names', description: `other reported names; ${LIST}` },
        { name: 'proposer_countries', description: `country ids; ${LIST}` },
        { name: 'proposer_people', description: `person ids; ${LIST}` },
        { name: 'status', description: 'proposed, announced, agreed or launched, as far as the sources go' },
        { name: 'date', description: 'ISO 8601 date, as precise as sourced' },
        { name: 'event', description: 'event id' },
        { name: 'themes', description: `theme ids; ${LIST}` },
        { name: 'documents', description: `document ids; ${LIST}` },
        { name: 'part_of', description: 'id of the larger initiative it belongs to' },
        { name: 'summary', description: 'one sentence, our words' },
        urlColumn,
        ...citeColumns(),
      ],
      rows: b.all('initiatives').map((e) => ({
        id: e.id,
        title: e.data.title,
        other_names: e.data.titleVariants.map((v) => v.text).join('; '),
        proposer_countries: ids(e.data.proposer.countries),
        proposer_people: ids(e.data.proposer.people),
        status: e.data.status,
        date: e.data.date ?? null,
        event: e.data.event?.id ?? null,
        themes: ids(e.data.themes),
        documents: ids(e.data.documents),
        part_of: e.data.partOf?.id ?? null,
        summary: e.data.summary,
        url: entryPath('initiatives', e.id),
        ...citeCells(b, e.data.cite),
      })),
    },
    {
      name: 'money',
      title: 'Money',
      description:
        'Every sum of money as each source reports it, one row per reported value, in its own currency. Conversions appear only where a source states them.',
      columns: [
        ...figureColumns,
        { name: 'amount', description: 'amount in units of the currency (not thousands or millions)' },
        { name: 'currency', description: 'ISO 4217 code' },
        { name: 'qualifier', description: 'exact, about, more-than or up-to, as the source words it' },
        { name: 'nature', description: 'public, private, business-target, deal-value, portfolio or unspecified, as the source describes it' },
        { name: 'scope', description: 'what the value covers, where sources measure different things' },
        { name: 'equivalents', description: `sourced conversions as "qualifier amount CURRENCY [citations]"; ${LIST}` },
        ...citeColumns(),
      ],
      rows: figures.filter((f) => f.kind === 'money').flatMap((f) =>
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
      title: 'Counts',
      description: 'Every counted quantity (documents signed, participants, meetings) as each source reports it, one row per reported value.',
      columns: [
        ...figureColumns,
        { name: 'value', description: 'the number as reported' },
        { name: 'qualifier', description: 'exact, about, more-than or up-to, as the source words it' },
        { name: 'unit', description: 'what is counted' },
        { name: 'scope', description: 'what the count covers, where sources count different things' },
        ...citeColumns(),
      ],
      rows: figures.filter((f) => f.kind === 'count').flatMap((f) =>
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
      rows: (['events', 'countries', 'initiatives', 'documents'] as const).flatMap((c) =>
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
    {
      name: 'countries',
      title: 'Countries',
      description: 'The six participants and the other partners named for context.',
      columns: [
        { name: 'id', description: 'stable id' },
        { name: 'name', description: 'short English name' },
        { name: 'role', description: 'participant or context' },
        { name: 'iso2', description: 'ISO 3166-1 alpha-2 code' },
        { name: 'iso3', description: 'ISO 3166-1 alpha-3 code' },
        { name: 'iso_numeric', description: 'ISO 3166-1 numeric code' },
        { name: 'capital', description: 'capital city' },
        { name: 'capital_lon', description: 'capital’s longitude, degrees east' },
        { name: 'capital_lat', description: 'capital’s latitude, degrees north' },
        { name: 'leader', description: 'person id of the leader at the summit' },
        { name: 'summary', description: 'one sentence, our words' },
        urlColumn,
        ...citeColumns(),
      ],
      rows: b.all('countries').map((e) => ({
        id: e.id,
        name: e.data.name,
        role: e.data.role,
        iso2: e.data.iso2,
        iso3: e.data.iso3 ?? null,
        iso_numeric: e.data.isoNumeric ?? null,
        capital: e.data.capital ?? null,
        capital_lon: e.data.capitalCoords?.[0] ?? null,
        capital_lat: e.data.capitalCoords?.[1] ?? null,
        leader: e.data.leader?.id ?? null,
        summary: e.data.summary,
        url: entryPath('countries', e.id),
        ...citeCells(b, e.data.cite),
      })),
    },
    {
      name: 'people',
      title: 'People',
      description: 'Leaders, ministers and others named in the sources.',
      columns: [
        { name: 'id', description: 'stable id' },
        { name: 'name', description: 'name as usually written in English' },
        { name: 'role', description: 'role at the time' },
        { name: 'country', description: 'country id' },
        { name: 'leader', description: 'true for the heads of state or government at the summit' },
        { name: 'other_spellings', description: `${LIST}` },
        { name: 'summary', description: 'one sentence, our words' },
        urlColumn,
        ...citeColumns(),
      ],
      rows: b.all('people').map((e) => ({
        id: e.id,
        name: e.data.name,
        role: e.data.role,
        country: e.data.country?.id ?? null,
        leader: e.data.leader,
        other_spellings: e.data.aliases.join('; '),
        summary: e.data.summary,
        url: entryPath('people', e.id),
        ...citeCells(b, e.data.cite),
      })),
    },
    {
      name: 'organisations',
      title: 'Organisations',
      description: 'Companies, agencies and bodies named in the sources.',
      columns: [
        { name: 'id', description: 'stable id' },
        { name: 'name', description: 'name as usually written' },
        { name: 'kind', description: 'company, bank, agency, ministry, government, international, university or city; empty where no source says' },
        { name: 'country', description: 'country id' },
        { name: 'summary', description: 'one sentence, our words' },
        urlColumn,
        ...citeColumns(),
      ],
      rows: b.all('organisations').map((e) => ({
        id: e.id,
        name: e.data.name,
        kind: e.data.kind ?? null,
        country: e.data.country?.id ?? null,
        summary: e.data.summary,
        url: entryPath('organisations', e.id),
        ...citeCells(b, e.data.cite),
      })),
    },
    {
      name: 'events',
      title: 'Events',
      description: 'The summit, its side events, the dialogue’s history and other partners’ summits.',
      columns: [
        { name: 'id', description: 'stable id' },
        { name: 'title', description: 'name of the event' },
        { name: 'kind', description: 'summit, ministerial, bilateral-talks, business-forum, …' },
        { name: 'status', description: 'held, cancelled or planned' },
        { name: 'start', description: 'first day, ISO 8601, as precise as sourced' },
        { name: 'end', description: 'last day, ISO 8601' },
        { name: 'place', description: 'city or venue' },
        { name: 'country', description: 'country id' },
        { name: 'dialogue', description: 'true for the dialogue’s own meetings, false for context' },
        { name: 'part_of', description: 'id of the event it belongs to' },
        { name: 'participants', description: `country ids; ${LIST}` },
        { name: 'summary', description: 'one sentence, our words' },
        urlColumn,
        ...citeColumns(),
      ],
      rows: b.all('events').map((e) => ({
        id: e.id,
        title: e.data.title,
        kind: e.data.kind,
        status: e.data.status,
        start: e.data.start ?? null,
        end: e.data.end ?? null,
        place: e.data.place ?? null,
        country: e.data.country?.id ?? null,
        dialogue: e.data.dialogue,
        part_of: e.data.partOf?.id ?? null,
        participants: ids(e.data.participants),
        summary: e.data.summary,
        url: entryPath('events', e.id),
        ...citeCells(b, e.data.cite),
      })),
    },
    {
      name: 'sources',
      title: 'Sources',
      description: 'Every source the briefing cites, and how often.',
      columns: [
        { name: 'id', description: 'source id, as used in citations' },
        { name: 'label', description: 'label in the research notes' },
        { name: 'title', description: 'title of the page or article' },
        { name: 'publisher', description: 'who published it' },
        { name: 'url', description: 'address of the source' },
        { name: 'published', description: 'publication date, ISO 8601, when shown' },
        { name: 'kind', description: 'official, press, analysis or reference' },
        { name: 'language', description: 'BCP 47 language tag' },
        { name: 'reliability', description: 'why to weigh it lightly, where the research notes mark it weak' },
        { name: 'cited_by', description: 'number of entries that cite it' },
        { name: 'page', description: 'path of the source’s page on the site' },
      ],
      rows: b.all('sources').map((e) => ({
        id: e.id,
        label: e.data.label,
        title: e.data.title,
        publisher: e.data.publisher ?? null,
        url: e.data.url ?? null,
        published: e.data.published ?? null,
        kind: e.data.kind,
        language: e.data.language,
        reliability: e.data.reliability ?? null,
        cited_by: b.citing(e.id).length,
        page: entryPath('sources', e.id),
      })),
    },
  ];
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
  return tables
    .map((t) => ({
      table: t.name,
      count: t.rows.filter((r) => (r.id === entry.id && t.name === entry.collection) || (r.entry_collection === entry.collection && r.entry_id === entry.id)).length,
    }))
    .filter((x) => x.count > 0);
}

