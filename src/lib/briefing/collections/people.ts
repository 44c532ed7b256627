// Leaders, ministers and others named in the sources.
import { PersonSchema } from '../../../schemas/person.ts';
import { entryCiteColumns, summaryColumn, urlColumn } from './columns.ts';
import { filter, group, groupBy, names, refFact, sortKeyByTitle, textFact } from './helpers.ts';
import { defineCollectionSpec } from './spec.ts';

const q = (s: string) => JSON.stringify(s);
const LEADERS = 'Leaders at the summit';
const OTHERS = 'Ministers and others';

export const people = defineCollectionSpec({
  name: 'people',
  schema: PersonSchema,
  schemaFile: 'person.ts',
  files: 'yaml',
  labels: { singular: 'Person', plural: 'People' },
  intro: 'The leaders and ministers named in the sources, with what each proposed, signed or attended.',
  pages: true,
  sortKey: sortKeyByTitle,
  facts: (b, e) => [...textFact('Role', e.data.role), ...refFact(b, 'Country', e.data.country)],
  related: (b, e) => [
    ...group('Initiatives proposed', b.backlinks(e, 'initiatives', 'proposer.people')),
    ...group('Documents signed or adopted', b.backlinks(e, 'documents', 'signatories')),
    ...group('Events', b.backlinks(e, 'events', 'people')),
    ...group('Leads the delegation of', b.backlinks(e, 'countries', 'leader')),
  ],
  indexGroups: (_b, all) =>
    groupBy(all, (e) => [(e as (typeof all)[number]).data.leader ? LEADERS : OTHERS], [LEADERS, OTHERS]),
  search: (b, e) => ({ filters: filter('country', names(b, [e.data.country])) }),
  table: {
    order: 7,
    title: 'People',
    description: 'Leaders, ministers and others named in the sources.',
    columns: [
      { name: 'id', description: 'stable id', cell: (e) => e.id },
      { name: 'name', description: 'name as usually written in English', cell: (e) => e.data.name },
      { name: 'role', description: 'role at the time', cell: (e) => e.data.role },
      { name: 'country', description: 'country id', cell: (e) => e.data.country?.id ?? null },
      {
        name: 'leader',
        description: 'true for the heads of state or government at the summit',
        cell: (e) => e.data.leader,
      },
      {
        name: 'other_spellings',
        description: 'several values are separated by "; "',
        cell: (e) => e.data.aliases.join('; '),
      },
      summaryColumn(),
      urlColumn(),
      ...entryCiteColumns(),
    ],
  },
  template: (title, ids) => `# A person named in the sources. Field descriptions: src/schemas/person.ts
name: ${q(title)}
role: "TODO: role at the time, as the sources give it"
country: ${ids.country} # TODO: country id
summary: ${q(`TODO: one sentence on ${title}'s part, in your own words.`)}
cite: [${q(ids.source)}] # TODO: the source(s) of this entry, e.g. "s1 ¶5" or "s35"
`,
});
