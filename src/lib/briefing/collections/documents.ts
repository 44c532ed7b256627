// Outcome documents and packages of agreements.
import { DocumentSchema } from '../../../schemas/document.ts';
import { dateSortKey, formatDateRange } from '../../format/format-date.ts';
import type { Briefing } from '../briefing.ts';
import { titleOf } from '../entry.ts';
import type { Entry } from '../model.ts';
import { entryCiteColumns, refsColumn, summaryColumn, urlColumn } from './columns.ts';
import { figureFacts, filter, group, groupBy, humanise, names, refFact, refs, textFact, urlOf } from './helpers.ts';
import { defineCollectionSpec, type Fact } from './spec.ts';

const q = (s: string) => JSON.stringify(s);

/** The official pages the sources give for a document, linked out, and whether its full text is among them. */
function officialRecordFacts(b: Briefing, e: Entry<'documents'>): Fact[] {
  const record = e.data.officialRecord;
  const links = (record?.sources ?? []).flatMap((ref) => {
    const s = b.get(ref).data;
    const by = [s.publisher, s.published && formatDateRange(s.published)].filter(Boolean).join(', ');
    return s.url ? [{ href: s.url, text: by ? `${s.title} (${by})` : s.title }] : [];
  });
  return [
    links.length
      ? { label: 'Official record', kind: 'links', links }
      : { label: 'Official record', kind: 'text', text: 'None among the sources' },
    {
      label: 'Full text',
      kind: 'text',
      // The official page is not held here, so whether it carries the text is open unless a source says it does.
      text: record?.fullText
        ? 'On the official record’s page'
        : links.length
          ? 'Not among the sources; the official page may carry it'
          : 'Not among the sources',
    },
  ];
}

export const documents = defineCollectionSpec({
  name: 'documents',
  schema: DocumentSchema,
  schemaFile: 'document.ts',
  files: 'mdx',
  labels: { singular: 'Document', plural: 'Documents' },
  intro: 'Every outcome document and package of agreements, with its parties, date, count and value as sourced.',
  pages: true,
  nav: 3,
  sortKey: (e) => `${e.data.date ? dateSortKey(e.data.date) : '9999'} ${titleOf(e)}`,
  facts: (b, e) => {
    const d = e.data;
    return [
      ...textFact('Kind', humanise(d.kind)),
      // The heading is either the document's own title (cited) or our description of it: say which.
      ...(d.officialTitle
        ? textFact('Official title', d.title, d.cite)
        : textFact('Title', 'Our description; no official title is reported')),
      ...refFact(b, 'Parties', d.parties),
      ...refFact(b, 'Signed or adopted by', d.signatories),
      ...(d.date ? textFact('Date', formatDateRange(d.date)) : []),
      ...refFact(b, 'Event', d.event),
      ...refFact(b, 'Themes', d.themes),
      ...figureFacts(e),
      ...officialRecordFacts(b, e),
    ];
  },
  related: (b, e) => [
    ...group('Initiatives', [...refs(b, e.data.initiatives), ...b.backlinks(e, 'initiatives', 'documents')]),
    ...group('Organisations', refs(b, e.data.organisations)),
  ],
  indexGroups: (_b, all) =>
    groupBy(all, (e) => [humanise((e as (typeof all)[number]).data.kind).replace(/y$/, 'ie') + 's'], [
      'Declarations',
      'Joint statements',
      'Treaties',
      'Agreements',
      'Memorandums',
      'Packages',
    ]),
  search: (b, e) => ({
    filters: [
      ...filter('country', names(b, e.data.parties)),
      ...filter('theme', names(b, e.data.themes)),
      ...filter('document kind', [humanise(e.data.kind)]),
    ],
    start: e.data.date,
  }),
  jsonLd: (b, e, url) => {
    const d = e.data;
    return {
      '@type': 'CreativeWork',
      name: d.title,
      ...(d.titleVariants.length ? { alternateName: d.titleVariants.map((v) => v.text) } : {}),
      description: d.summary,
      genre: d.kind,
      ...(d.date ? { dateCreated: d.date } : {}),
      ...(d.signatories.length
        ? { author: d.signatories.map((p) => ({ '@type': 'Person', name: b.get(p).data.name })) }
        : {}),
      about: d.themes.map((t) => b.get(t).data.title),
      spatialCoverage: d.parties.map((c) => ({ '@type': 'Country', name: b.get(c).data.name })),
      ...urlOf(url),
    };
  },
  table: {
    order: 1,
    title: 'Documents',
    description: 'Every outcome document or package of documents.',
    columns: [
      {
        name: 'id',
        description: 'stable id (the content file name)',
        cell: (e) => e.id,
        import: { field: 'id', kind: 'text', required: true },
      },
      {
        name: 'title',
        description: 'official title, or our description when no official title is reported',
        cell: (e) => e.data.title,
        import: { field: 'title', kind: 'text', required: true },
      },
      {
        name: 'official_title',
        description: 'true when the title is the document’s own',
        cell: (e) => e.data.officialTitle,
        import: { field: 'officialTitle', kind: 'bool' },
      },
      {
        name: 'kind',
        description: 'declaration, joint-statement, agreement, treaty, memorandum or package',
        cell: (e) => e.data.kind,
        import: { field: 'kind', kind: 'text', required: true },
      },
      refsColumn<'documents'>('parties', 'country', (e) => e.data.parties, { required: true }),
      refsColumn<'documents'>('organisations', 'organisation', (e) => e.data.organisations),
      refsColumn<'documents'>('signatories', 'person', (e) => e.data.signatories),
      {
        name: 'date',
        description: 'date signed or adopted, ISO 8601, as precise as sourced (YYYY, YYYY-MM or YYYY-MM-DD)',
        cell: (e) => e.data.date ?? null,
        import: { field: 'date', kind: 'text' },
      },
      {
        name: 'event',
        description: 'event id',
        cell: (e) => e.data.event?.id ?? null,
        import: { field: 'event', kind: 'ref' },
      },
      refsColumn<'documents'>('themes', 'theme', (e) => e.data.themes, { required: true }),
      refsColumn<'documents'>('initiatives', 'initiative', (e) => e.data.initiatives),
      summaryColumn(true),
      urlColumn(),
      ...entryCiteColumns(),
    ],
    importFigures: [
      { prefix: 'count', field: 'count', kind: 'count' },
      { prefix: 'value', field: 'value', kind: 'money' },
    ],
  },
  // The register draws every count; its money chart is the summary (each currency's largest), as on home, while
  // the money chart's CSV and SVG downloads are the full chart.
  charts: { index: [{ kind: 'documents' }, { kind: 'money', summary: true }] },
  template: (title, ids, today) => `---
# A document or package of documents. Field descriptions: src/schemas/document.ts
title: ${q(title)}
officialTitle: false # TODO: true if the title above is the document's own, as a source gives it
kind: agreement # declaration | joint-statement | agreement | treaty | memorandum | package
parties: [${ids.country}] # TODO: country ids (content/countries/)
date: ${q(today.slice(0, 7))} # TODO: as precise as sourced: "2025-12-20", "2025-12" or "2025"
themes: [${ids.theme}] # TODO: theme ids (content/themes/)
summary: ${q(`TODO: one sentence on ${title}, in your own words.`)}
cite: [${q(ids.source)}] # TODO: the source(s) of this entry, e.g. "s1 ¶5" or "s35"
# officialRecord: { sources: ["s45"] } # official sources (kind: official, with a url) that publish it; else leave out
# count:   # for a package: how many documents, one item per source
#   - value: 10
#     qualifier: exact # exact | about | more-than | up-to
#     unit: agreements
#     cite: ["s1 ¶5"]
# value:   # money, one item per source, in the source's currency
#   - amount: 1000000000
#     currency: USD
#     qualifier: about
#     nature: deal-value # public | private | business-target | deal-value | portfolio | unspecified
#     cite: ["s1 ¶5"]
---

TODO: what the document says and who signed it. In your own words; cite each sourced sentence with <Cite s="${ids.source}" />.
`,
});
