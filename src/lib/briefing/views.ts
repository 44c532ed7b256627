import type { Citation } from '../../schemas/citation.ts';
import type { Discrepancy } from '../../schemas/discrepancy.ts';
import type { CollectionName, Ref } from '../../schemas/index.ts';
import { formatDateRange } from '../format/format-date.ts';
import { type Briefing, entryCitations, type Figure, figuresOf, titleOf } from './briefing.ts';
import { COLLECTION_LABELS } from './collections.ts';
import type { Entry } from './model.ts';

/** One row of an entry's fact box. */
export type Fact =
  | { label: string; kind: 'text'; text: string; cite?: Citation[] | undefined }
  | { label: string; kind: 'refs'; refs: Entry[] }
  | { label: string; kind: 'link'; href: string; text: string }
  | { label: string; kind: 'figure'; figure: Figure };

/** A list of related entries under a heading. */
export interface RelatedGroup {
  heading: string;
  entries: Entry[];
  /** For a source's page: the locators each entry cites. */
  locators?: Map<Entry, string[]>;
}

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

const humanise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ');

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function refs(b: Briefing, list: readonly Ref[] | undefined): Entry[] {
  return (list ?? []).map((r) => b.get(r) as Entry);
}

function refFact(b: Briefing, label: string, list: readonly Ref[] | Ref | undefined): Fact[] {
  const arr = list === undefined ? [] : Array.isArray(list) ? list : [list as Ref];
  return arr.length ? [{ label, kind: 'refs', refs: refs(b, arr) }] : [];
}

function textFact(label: string, text: string | undefined, cite?: Citation[]): Fact[] {
  return text ? [{ label, kind: 'text', text, cite }] : [];
}

function group(heading: string, entries: Entry[]): RelatedGroup[] {
  return entries.length ? [{ heading, entries: unique(entries) }] : [];
}

/** Themes touched by a set of initiatives and documents, in theme order. */
function themesOf(b: Briefing, entries: Entry[]): Entry[] {
  const ids = new Set(entries.flatMap((e) => ((e.data as { themes?: Ref[] }).themes ?? []).map((t) => t.id)));
  return b.all('themes').filter((t) => ids.has(t.id));
}

/** Countries that propose a set of initiatives or are party to a set of documents, in country order. */
function countriesOf(b: Briefing, entries: Entry[]): Entry[] {
  const ids = new Set(
    entries.flatMap((e) => {
      const d = e.data as { proposer?: { countries: Ref[] }; parties?: Ref[] };
      return [...(d.proposer?.countries ?? []), ...(d.parties ?? [])].map((r) => r.id);
    }),
  );
  return b.all('countries').filter((c) => ids.has(c.id));
}

function figureFacts(entry: Entry): Fact[] {
  const labels: Record<string, string> = { count: 'Number', value: 'Reported value', money: 'Money' };
  return figuresOf(entry).map((figure) => ({
    label: labels[figure.field] ?? humanise(figure.variants[0] && 'unit' in figure.variants[0] ? String(figure.variants[0].unit) : 'Figure'),
    kind: 'figure' as const,
    figure,
  }));
}

function titleVariantDiscrepancy(entry: Entry): Discrepancy[] {
  const d = entry.data as { title?: string; titleVariants?: { text: string; cite: Citation[] }[]; cite: Citation[] };
  if (!d.titleVariants?.length || !d.title) return [];
  return [
    {
      topic: 'Name',
      accounts: [
        { says: d.title, cite: d.cite },
        ...d.titleVariants.map((v) => ({ says: v.text, cite: v.cite })),
      ],
      note: undefined,
    },
  ];
}

function describeSource(e: Entry<'sources'>): string {
  const d = e.data;
  const by = [d.publisher, d.published ? formatDateRange(d.published) : undefined].filter(Boolean).join(', ');
  return `Source ${d.label}: “${d.title}”${by ? ` (${by})` : ''}, and what this briefing takes from it.`;
}

/** What the page of `entry` shows. */
export function entryView(b: Briefing, entry: Entry): EntryView {
  const facts: Fact[] = [];
  const related: RelatedGroup[] = [];
  const self = { collection: entry.collection, id: entry.id } as Ref;
  const back = (from: CollectionName, field?: string) => b.backlinks(self, from, field);

  switch (entry.collection) {
    case 'countries': {
      const d = (entry as Entry<'countries'>).data;
      facts.push(
        ...textFact('Role', d.role === 'participant' ? 'Participant in the summit' : 'Context: another partner of Central Asia'),
        ...textFact('Capital', d.capital),
        ...textFact('ISO codes', [d.iso2, d.iso3, d.isoNumeric].filter(Boolean).join(' · ')),
        ...refFact(b, 'Represented by', d.leader),
        ...(d.visit?.arrived ? textFact('In Japan', formatDateRange(d.visit.arrived, d.visit.left), d.visit.cite) : []),
      );
      const proposals = back('initiatives', 'proposer.countries');
      const documents = back('documents', 'parties');
      related.push(
        ...group('Proposals and initiatives', proposals),
        ...group('Documents', documents),
        ...group('Themes', themesOf(b, [...proposals, ...documents])),
        ...group('Events', [...back('events', 'participants'), ...back('events', 'country')].sort((x, y) => b.all('events').indexOf(x as Entry<'events'>) - b.all('events').indexOf(y as Entry<'events'>))),
        ...group('People', back('people', 'country')),
        ...group('Organisations', back('organisations', 'country')),
      );
      break;
    }
    case 'themes': {
      const initiatives = back('initiatives', 'themes');
      const documents = back('documents', 'themes');
      related.push(
        ...group('Initiatives', initiatives),
        ...group('Documents', documents),
        ...group('Countries', countriesOf(b, [...initiatives, ...documents])),
      );
      break;
    }
    case 'initiatives': {
      const d = (entry as Entry<'initiatives'>).data;
      facts.push(
        ...refFact(b, 'Proposed by', [...d.proposer.countries, ...d.proposer.people]),
        ...textFact('Status', humanise(d.status)),
        ...(d.date ? textFact('Date', formatDateRange(d.date)) : []),
        ...refFact(b, 'Put forward at', d.event),
        ...refFact(b, 'Part of', d.partOf),
        ...refFact(b, 'Themes', d.themes),
        ...figureFacts(entry),
      );
      related.push(
        ...group('Documents', [...refs(b, d.documents), ...back('documents', 'initiatives')]),
        ...group('Parts of this initiative', back('initiatives', 'partOf')),
        ...group('Organisations', refs(b, d.organisations)),
      );
      break;
    }
    case 'documents': {
      const d = (entry as Entry<'documents'>).data;
      facts.push(
        ...textFact('Kind', humanise(d.kind)),
        ...textFact('Title', d.officialTitle ? 'Official title' : 'Descriptive title (no official title reported)'),
        ...refFact(b, 'Parties', d.parties),
        ...refFact(b, 'Signed or adopted by', d.signatories),
        ...(d.date ? textFact('Date', formatDateRange(d.date)) : []),
        ...refFact(b, 'Event', d.event),
        ...refFact(b, 'Themes', d.themes),
        ...figureFacts(entry),
      );
      related.push(
        ...group('Initiatives', [...refs(b, d.initiatives), ...back('initiatives', 'documents')]),
        ...group('Organisations', refs(b, d.organisations)),
      );
      break;
    }
    case 'events': {
      const d = (entry as Entry<'events'>).data;
      facts.push(
        ...textFact('Kind', humanise(d.kind)),
        ...textFact('Status', humanise(d.status)),
        ...textFact('Date', formatDateRange(d.start, d.end)),
        ...textFact('Place', d.place),
        ...refFact(b, 'Country', d.country),
        ...refFact(b, 'Part of', d.partOf),
        ...refFact(b, 'Participants', d.participants),
        ...refFact(b, 'People', d.people),
        ...figureFacts(entry),
      );
      related.push(
        ...group('Events within it', back('events', 'partOf')),
        ...group('Documents signed or adopted', back('documents', 'event')),
        ...group('Initiatives put forward', back('initiatives', 'event')),
      );
      break;
    }
    case 'people': {
      const d = (entry as Entry<'people'>).data;
      facts.push(...textFact('Role', d.role), ...refFact(b, 'Country', d.country));
      related.push(
        ...group('Initiatives proposed', back('initiatives', 'proposer.people')),
        ...group('Documents signed or adopted', back('documents', 'signatories')),
        ...group('Events', back('events', 'people')),
        ...group('Leads the delegation of', back('countries', 'leader')),
      );
      break;
    }
    case 'organisations': {
      const d = (entry as Entry<'organisations'>).data;
      facts.push(...textFact('Kind', d.kind ? humanise(d.kind) : 'Not stated in the sources'), ...refFact(b, 'Country', d.country));
      related.push(...group('Documents', back('documents')), ...group('Initiatives', back('initiatives')));
      break;
    }
    case 'sources': {
      const d = (entry as Entry<'sources'>).data;
      facts.push(
        ...textFact('Label in the research notes', d.label),
        ...textFact('Publisher', d.publisher ?? 'Not stated'),
        ...textFact('Published', d.published ? formatDateRange(d.published) : 'No date shown'),
        ...textFact('Kind', humanise(d.kind)),
        ...textFact('Language', d.language),
        ...(d.url ? [{ label: 'Address', kind: 'link' as const, href: d.url, text: d.url }] : []),
        ...textFact('Reliability', d.reliability),
        ...textFact('Note', d.note),
      );
      const uses = b.citing(entry.id);
      if (uses.length) {
        related.push({
          heading: 'What this briefing takes from it',
          entries: uses.map((u) => u.entry),
          locators: new Map(uses.map((u) => [u.entry, u.at])),
        });
      }
      break;
    }
    case 'glossary':
      break;
  }

  const discrepancies = [
    ...titleVariantDiscrepancy(entry),
    ...((entry.data as { discrepancies?: Discrepancy[] }).discrepancies ?? []),
  ];
  const summary = (entry.data as { summary?: string; definition?: string }).summary ?? '';
  return {
    entry,
    kindLabel: COLLECTION_LABELS[entry.collection].singular,
    title: titleOf(entry),
    summary,
    // Named, so that two entries with the same one-line summary still have distinct descriptions.
    description: summary ? `${titleOf(entry)}: ${summary}` : describeSource(entry as Entry<'sources'>),
    facts,
    related,
    discrepancies,
    citations: entryCitations(entry),
  };
}

const orgKindHeading = (e: Entry<'organisations'>) => (e.data.kind ? humanise(e.data.kind) : 'Kind not stated in the sources');

/** The index page of a collection: its entries in groups a reader scans, e.g. initiatives by proposing country. */
export function collectionIndexView(b: Briefing, collection: CollectionName): RelatedGroup[] {
  const all = b.all(collection) as Entry[];
  const by = (keyOf: (e: Entry) => string[], order: string[]): RelatedGroup[] =>
    order
      .map((heading) => ({ heading, entries: all.filter((e) => keyOf(e).includes(heading)) }))
      .filter((g) => g.entries.length > 0);
  const countryNames = b.all('countries').map((c) => c.data.name);
  switch (collection) {
    case 'countries':
      return by(
        (e) => [(e as Entry<'countries'>).data.role === 'participant' ? 'Participants' : 'Other partners of Central Asia (context)'],
        ['Participants', 'Other partners of Central Asia (context)'],
      );
    case 'initiatives':
      return by(
        (e) => (e as Entry<'initiatives'>).data.proposer.countries.map((c) => `Proposed by ${b.get(c).data.name}`),
        countryNames.map((n) => `Proposed by ${n}`),
      );
    case 'documents':
      return by(
        (e) => [humanise((e as Entry<'documents'>).data.kind).replace(/y$/, 'ie') + 's'],
        ['Declarations', 'Joint statements', 'Treaties', 'Agreements', 'Memorandums', 'Packages'],
      );
    case 'events':
      return by(
        (e) => [(e as Entry<'events'>).data.dialogue ? 'The dialogue and the summit' : 'Context: other meetings'],
        ['The dialogue and the summit', 'Context: other meetings'],
      );
    case 'people':
      return by(
        (e) => [(e as Entry<'people'>).data.leader ? 'Leaders at the summit' : 'Ministers and others'],
        ['Leaders at the summit', 'Ministers and others'],
      );
    case 'organisations':
      return by(
        (e) => [orgKindHeading(e as Entry<'organisations'>)],
        [...new Set(all.map((e) => orgKindHeading(e as Entry<'organisations'>)))].sort(),
      );
    case 'sources':
      return by(
        (e) => [humanise((e as Entry<'sources'>).data.kind)],
        ['Official', 'Press', 'Analysis', 'Reference'],
      );
    default:
      return all.length ? [{ heading: COLLECTION_LABELS[collection].plural, entries: all }] : [];
  }
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
  for (const c of ENTRY_INDEX_ORDER) {
    for (const entry of b.all(c) as Entry[]) {
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

const ENTRY_INDEX_ORDER: CollectionName[] = ['events', 'countries', 'initiatives', 'documents', 'people', 'organisations', 'sources'];

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
export function initiativesByProposer(b: Briefing): { country: Entry<'countries'>; initiatives: Entry<'initiatives'>[] }[] {
  return b
    .all('countries')
    .map((country) => ({
      country,
      initiatives: b.all('initiatives').filter((i) => i.data.proposer.countries.some((c) => c.id === country.id)),
    }))
    .filter((g) => g.initiatives.length > 0);
}
