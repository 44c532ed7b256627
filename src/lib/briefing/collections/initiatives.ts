// Programmes, proposals and ideas put forward around the summit.
import { InitiativeSchema } from '../../../schemas/initiative.ts';
import { dateSortKey, formatDateRange } from '../../format/format-date.ts';
import { titleOf } from '../entry.ts';
import { entryCiteColumns, LIST, refsColumn, summaryColumn, urlColumn } from './columns.ts';
import { figureFacts, filter, group, groupBy, humanise, names, refFact, refs, textFact } from './helpers.ts';
import { defineCollectionSpec } from './spec.ts';

const q = (s: string) => JSON.stringify(s);

export const initiatives = defineCollectionSpec({
  name: 'initiatives',
  schema: InitiativeSchema,
  schemaFile: 'initiative.ts',
  files: 'mdx',
  labels: { singular: 'Initiative', plural: 'Initiatives' },
  intro: 'Every programme, proposal and idea put forward around the summit, grouped by who proposed it.',
  pages: true,
  nav: 2,
  sortKey: (e) => `${e.data.date ? dateSortKey(e.data.date) : '9999'} ${titleOf(e)}`,
  facts: (b, e) => {
    const d = e.data;
    return [
      ...refFact(b, 'Proposed by', [...d.proposer.countries, ...d.proposer.people]),
      ...textFact('Status', humanise(d.status)),
      ...(d.date ? textFact('Date', formatDateRange(d.date)) : []),
      ...refFact(b, 'Put forward at', d.event),
      ...refFact(b, 'Part of', d.partOf),
      ...refFact(b, 'Themes', d.themes),
      ...figureFacts(e),
    ];
  },
  related: (b, e) => [
    ...group('Documents', [...refs(b, e.data.documents), ...b.backlinks(e, 'documents', 'initiatives')]),
    ...group('Parts of this initiative', b.backlinks(e, 'initiatives', 'partOf')),
    ...group('Organisations', refs(b, e.data.organisations)),
  ],
  indexGroups: (b, all) =>
    groupBy(
      all,
      (e) => (e as (typeof all)[number]).data.proposer.countries.map((c) => `Proposed by ${b.get(c).data.name}`),
      b.all('countries').map((c) => `Proposed by ${c.data.name}`),
    ),
  // The proposers are the countries an initiative is about; the proposer filter names them as such.
  search: (b, e) => ({
    filters: [
      ...filter('country', names(b, e.data.proposer.countries)),
      ...filter('theme', names(b, e.data.themes)),
      ...filter('proposer', names(b, e.data.proposer.countries)),
    ],
    start: e.data.date,
  }),
  table: {
    order: 2,
    title: 'Initiatives and proposals',
    description: 'Every programme, proposal and idea, with who proposed it and how far it got.',
    columns: [
      {
        name: 'id',
        description: 'stable id (the content file name)',
        cell: (e) => e.id,
        import: { field: 'id', kind: 'text', required: true },
      },
      {
        name: 'title',
        description: 'name as the proposer’s side gives it',
        cell: (e) => e.data.title,
        import: { field: 'title', kind: 'text', required: true },
      },
      {
        name: 'other_names',
        description: `other reported names; ${LIST}`,
        cell: (e) => e.data.titleVariants.map((v) => v.text).join('; '),
      },
      refsColumn<'initiatives'>('proposer_countries', 'country', (e) => e.data.proposer.countries, {
        field: 'proposer.countries',
        required: true,
      }),
      refsColumn<'initiatives'>('proposer_people', 'person', (e) => e.data.proposer.people, {
        field: 'proposer.people',
      }),
      {
        name: 'status',
        description: 'proposed, announced, agreed or launched, as far as the sources go',
        cell: (e) => e.data.status,
        import: { field: 'status', kind: 'text', required: true },
      },
      {
        name: 'date',
        description: 'ISO 8601 date, as precise as sourced',
        cell: (e) => e.data.date ?? null,
        import: { field: 'date', kind: 'text' },
      },
      {
        name: 'event',
        description: 'event id',
        cell: (e) => e.data.event?.id ?? null,
        import: { field: 'event', kind: 'ref' },
      },
      refsColumn<'initiatives'>('themes', 'theme', (e) => e.data.themes, { required: true }),
      refsColumn<'initiatives'>('documents', 'document', (e) => e.data.documents),
      {
        name: 'part_of',
        description: 'id of the larger initiative it belongs to',
        cell: (e) => e.data.partOf?.id ?? null,
        import: { field: 'partOf', kind: 'ref' },
      },
      summaryColumn(true),
      urlColumn(),
      ...entryCiteColumns(),
    ],
    importFigures: [{ prefix: 'money', field: 'money', kind: 'money' }],
  },
  // The register lists every initiative; its status chart is the summary (as on home), so page 1 stays one size.
  charts: { index: [{ kind: 'initiatives', summary: true }, { kind: 'themes' }] },
  template: (title, ids) => `---
# A programme, proposal or idea. Field descriptions: src/schemas/initiative.ts
title: ${q(title)}
proposer:
  countries: [${ids.country}] # TODO: who proposed it (country ids)
  people: [] # person ids (content/people/)
status: proposed # proposed | announced | agreed | launched
themes: [${ids.theme}] # TODO: theme ids
summary: ${q(`TODO: one sentence on ${title}, in your own words.`)}
cite: [${q(ids.source)}] # TODO: the source(s) of this entry, e.g. "s1 ¶5" or "s35"
---

TODO: what was proposed, by whom, and what became of it. In your own words; cite each sourced sentence with <Cite s="${ids.source}" />.
`,
});
