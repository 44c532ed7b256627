import type { Citation } from '../../schemas/citation.ts';
import type { Discrepancy } from '../../schemas/discrepancy.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { type Briefing, entryCitations, type Figure, figuresOf, titleOf } from './briefing.ts';
import { COLLECTION_SPECS, type CollectionSpec, specOf, specOfEntry } from './collections/index.ts';
import type { Fact, RelatedGroup } from './collections/spec.ts';
import { memo } from './memo.ts';
import type { Entry } from './model.ts';
import { pageCount, REGISTER_PAGE_SIZE } from './pagination.ts';

export type { Fact, RelatedGroup } from './collections/spec.ts';

/** A sentence that opens an entry's page, with the citations that back it. */
export interface LeadSentence {
  text: string;
  cite: Citation[];
}

/** The opening sentences: the lead when the entry has one, else its one-sentence summary with its own sources. */
function leadOf(entry: Entry, summary: string): LeadSentence[] {
  const d = entry.data as { lead?: LeadSentence[]; cite?: Citation[] };
  if (d.lead?.length) return d.lead;
  return summary ? [{ text: summary, cite: d.cite ?? [] }] : [];
}

/** Everything an entry's page shows, derived from the content; the page only renders it. */
export interface EntryView {
  entry: Entry;
  kindLabel: string;
  title: string;
  summary: string;
  /** The sentences that open the page, each with its citations: the entry's lead, or its summary and own sources. */
  lead: LeadSentence[];
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
  const d = entry.data as {
    title?: string;
    titleVariants?: { text: string; lang?: string | undefined; cite: Citation[] }[];
    cite: Citation[];
  };
  if (!d.titleVariants?.length || !d.title) return [];
  return [
    {
      topic: 'Name',
      accounts: [
        { says: d.title, cite: d.cite },
        ...d.titleVariants.map((v) => ({ says: v.text, lang: v.lang, cite: v.cite })),
      ],
      note: undefined,
    },
  ];
}

const plain = (s: string) =>
  s
    .replace(/["“”'‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Two accounts give the same name when they match but for quotes, or one adds a gloss in brackets: "X (Japanese)". */
const sameName = (a: string, b: string) =>
  plain(a) === plain(b) || plain(a).startsWith(`${plain(b)} (`) || plain(b).startsWith(`${plain(a)} (`);

/** The names an entry is reported under, with more accounts added: one giving a name already listed cites it too. */
function mergeAccounts(names: Discrepancy['accounts'], more: Discrepancy['accounts']): Discrepancy['accounts'] {
  const out = [...names];
  for (const a of more) {
    const same = out.findIndex((o) => sameName(o.says, a.says));
    if (same < 0) {
      out.push(a);
      continue;
    }
    const o = out[same]!;
    const key = (c: Citation) => `${c.source.id} ${c.at ?? ''}`;
    const cites = [...o.cite, ...a.cite.filter((c) => !o.cite.some((x) => key(x) === key(c)))];
    // The longer wording wins, with its language; a gloss either gives ("Japanese") is kept.
    const longer = a.says.length > o.says.length ? a : o;
    out[same] = { says: longer.says, lang: longer.lang ?? o.lang ?? a.lang, gloss: o.gloss ?? a.gloss, cite: cites };
  }
  return out;
}

/**
 * Each disputed point once: a recorded disagreement about the title joins the entry's other names in one block, and
 * one about a figure gives its note to that figure's fact row, which already shows every version.
 */
function groupDiscrepancies(entry: Entry, facts: Fact[]): { discrepancies: Discrepancy[]; facts: Fact[] } {
  const recorded = (entry.data as { discrepancies?: Discrepancy[] }).discrepancies ?? [];
  const [names] = titleVariantDiscrepancy(entry);
  const aboutTitle = names ? recorded.filter((d) => d.about === 'title') : [];
  const figureRow = (d: Discrepancy) =>
    facts.findIndex((f) => f.kind === 'figure' && f.figure.field === d.about && f.figure.variants.length > 1);
  const aboutFigure = recorded.filter((d) => d.about !== 'title' && d.about !== undefined && figureRow(d) >= 0);
  const grouped = facts.map((f, i) => {
    const notes = aboutFigure.filter((d) => figureRow(d) === i && d.note).map((d) => d.note);
    return f.kind === 'figure' && notes.length ? { ...f, note: notes.join(' ') } : f;
  });
  const nameBlock: Discrepancy[] = names
    ? [
        {
          topic: aboutTitle[0]?.topic ?? names.topic,
          accounts: mergeAccounts(
            names.accounts,
            aboutTitle.flatMap((d) => d.accounts),
          ),
          note: aboutTitle.flatMap((d) => (d.note ? [d.note] : [])).join(' ') || undefined,
        },
      ]
    : [];
  return {
    discrepancies: [...nameBlock, ...recorded.filter((d) => !aboutTitle.includes(d) && !aboutFigure.includes(d))],
    facts: grouped,
  };
}

/** About what search engines show of a description before they cut it. */
export const DESCRIPTION_LENGTH = 160;

/**
 * A lead as a description: its sentences while they fit in DESCRIPTION_LENGTH characters, and always the first whole
 * (a sentence is never cut: a preview that stops mid-claim can drop its hedge).
 */
export function leadDescription(sentences: readonly string[]): string {
  let out = sentences[0] ?? '';
  for (const s of sentences.slice(1)) {
    if (out.length + 1 + s.length > DESCRIPTION_LENGTH) break;
    out += ` ${s}`;
  }
  return out;
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
  const { discrepancies, facts } = groupDiscrepancies(entry, spec.facts?.(b, entry) ?? []);
  const summary = (entry.data as { summary?: string; definition?: string }).summary ?? '';
  const lead = leadOf(entry, summary);
  const hasLead = !!(entry.data as { lead?: unknown[] }).lead?.length;
  return {
    entry,
    kindLabel: spec.labels.singular,
    title: titleOf(entry),
    summary,
    lead,
    // The lead is written to open the page, so it describes it too; a one-line summary is named, so that two
    // entries with the same summary still have distinct descriptions.
    description: hasLead
      ? leadDescription(lead.map((s) => s.text))
      : summary
        ? `${titleOf(entry)}: ${summary}`
        : (spec.describe?.(entry) ?? titleOf(entry)),
    facts,
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
  return memo(b, 'discrepancies', () => computeDiscrepancyIndex(b));
}

function computeDiscrepancyIndex(b: Briefing): { entry: Entry; topics: string[] }[] {
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

/**
 * How the about page shows the pages where sources differ: listed in full while they fit on one register page;
 * beyond that, counted by collection, with the full list on pages of its own (/about/sources-differ/), so the about
 * page stays one size whatever the corpus. `pages` is 0 while the list fits.
 */
export function discrepancyPlan(
  differ: readonly { entry: Pick<Entry, 'collection'> }[],
  size = REGISTER_PAGE_SIZE,
): { total: number; pages: number; byCollection: { collection: CollectionName; count: number }[] } {
  const counts = new Map<CollectionName, number>();
  for (const { entry } of differ) counts.set(entry.collection, (counts.get(entry.collection) ?? 0) + 1);
  return {
    total: differ.length,
    pages: differ.length > size ? pageCount(differ.length, size) : 0,
    byCollection: [...counts].map(([collection, count]) => ({ collection, count })),
  };
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

/**
 * At most `limit` items, and how many were left out: a summary page shows the first ones and links to the whole,
 * so that it stays one size whatever the corpus.
 */
export function firstOf<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** A glossary term as the glossary page and the book list it: the term, and the entries it points readers to. */
export interface GlossaryTerm {
  term: Entry<'glossary'>;
  seeAlso: Entry[];
}

/** The glossary's terms with their "see also" entries resolved. */
export function glossaryTerms(b: Briefing, terms: readonly Entry<'glossary'>[]): GlossaryTerm[] {
  return terms.map((term) => ({ term, seeAlso: term.data.seeAlso.map((r) => b.get(r) as Entry) }));
}
