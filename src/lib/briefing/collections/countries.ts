// The summit's participants and the other partners named for context.
import { CountrySchema } from '../../../schemas/country.ts';
import { formatDateRange } from '../../format/format-date.ts';
import { entryCiteColumns, summaryColumn, urlColumn } from './columns.ts';
import { filter, group, groupBy, refFact, textFact, themesOf } from './helpers.ts';
import { defineCollectionSpec } from './spec.ts';

const q = (s: string) => JSON.stringify(s);
const PARTICIPANTS = 'Participants';
const CONTEXT = 'Other partners of Central Asia (context)';

export const countries = defineCollectionSpec({
  name: 'countries',
  schema: CountrySchema,
  schemaFile: 'country.ts',
  files: 'mdx',
  labels: { singular: 'Country', plural: 'Countries' },
  intro: 'The six countries at the summit, and the other partners that hold "5+1" meetings with Central Asia.',
  pages: true,
  nav: 1,
  sortKey: (e) => `${String(e.data.order).padStart(6, '0')} ${e.id}`,
  facts: (b, e) => {
    const d = e.data;
    return [
      ...textFact(
        'Role',
        d.role === 'participant' ? 'Participant in the summit' : 'Context: another partner of Central Asia',
      ),
      ...textFact('Capital', d.capital),
      ...textFact('ISO codes', [d.iso2, d.iso3, d.isoNumeric].filter(Boolean).join(' · ')),
      ...refFact(b, 'Represented by', d.leader),
      ...(d.visit?.arrived ? textFact('In Japan', formatDateRange(d.visit.arrived, d.visit.left), d.visit.cite) : []),
    ];
  },
  related: (b, e) => {
    const proposals = b.backlinks(e, 'initiatives', 'proposer.countries');
    const documents = b.backlinks(e, 'documents', 'parties');
    const events = b.all('events');
    return [
      ...group('Proposals and initiatives', proposals),
      ...group('Documents', documents),
      ...group('Themes', themesOf(b, [...proposals, ...documents])),
      ...group(
        'Events',
        [...b.backlinks(e, 'events', 'participants'), ...b.backlinks(e, 'events', 'country')].sort(
          (x, y) => events.indexOf(x as never) - events.indexOf(y as never),
        ),
      ),
      ...group('People', b.backlinks(e, 'people', 'country')),
      ...group('Organisations', b.backlinks(e, 'organisations', 'country')),
    ];
  },
  indexGroups: (_b, all) =>
    groupBy(all, (e) => [(e as (typeof all)[number]).data.role === 'participant' ? PARTICIPANTS : CONTEXT], [
      PARTICIPANTS,
      CONTEXT,
    ]),
  search: (_b, e) => ({ filters: filter('country', [e.data.name]), places: e.data.capital ? [e.data.capital] : [] }),
  table: {
    order: 6,
    title: 'Countries',
    description: 'The six participants and the other partners named for context.',
    columns: [
      { name: 'id', description: 'stable id', cell: (e) => e.id },
      { name: 'name', description: 'short English name', cell: (e) => e.data.name },
      { name: 'role', description: 'participant or context', cell: (e) => e.data.role },
      { name: 'iso2', description: 'ISO 3166-1 alpha-2 code', cell: (e) => e.data.iso2 },
      { name: 'iso3', description: 'ISO 3166-1 alpha-3 code', cell: (e) => e.data.iso3 ?? null },
      { name: 'iso_numeric', description: 'ISO 3166-1 numeric code', cell: (e) => e.data.isoNumeric ?? null },
      { name: 'capital', description: 'capital city', cell: (e) => e.data.capital ?? null },
      {
        name: 'capital_lon',
        description: 'capital’s longitude, degrees east',
        cell: (e) => e.data.capitalCoords?.[0] ?? null,
      },
      {
        name: 'capital_lat',
        description: 'capital’s latitude, degrees north',
        cell: (e) => e.data.capitalCoords?.[1] ?? null,
      },
      { name: 'leader', description: 'person id of the leader at the summit', cell: (e) => e.data.leader?.id ?? null },
      summaryColumn(),
      urlColumn(),
      ...entryCiteColumns(),
    ],
  },
  // Summaries, like home's: a country in a tracker of thousands of documents keeps a page of one size. Within the
  // smaller caps (the real briefing is) a summary draws exactly the full chart, which the downloads always are.
  charts: {
    entry: [
      { kind: 'documents', narrow: 'country', summary: true },
      { kind: 'money', narrow: 'country', summary: true },
      { kind: 'initiatives', narrow: 'country', summary: true },
    ],
  },
  template: (title, ids) => `---
# A country or partner. Field descriptions: src/schemas/country.ts
name: ${q(title)}
role: context # participant | context
iso2: XX # TODO: ISO 3166-1 alpha-2 code
summary: ${q(`TODO: one sentence on ${title}'s part, in your own words.`)}
cite: [${q(ids.source)}] # TODO: the source(s) of this entry, e.g. "s1 ¶5" or "s35"
---

TODO: its part in the summit. In your own words; cite each sourced sentence with <Cite s="${ids.source}" />.
`,
});
