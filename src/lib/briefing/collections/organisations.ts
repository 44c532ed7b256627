// Companies, agencies and bodies named in the sources.
import { OrganisationSchema } from '../../../schemas/organisation.ts';
import { entryCiteColumns, summaryColumn, urlColumn } from './columns.ts';
import { filter, group, groupBy, humanise, names, refFact, sortKeyByTitle, textFact } from './helpers.ts';
import { defineCollectionSpec } from './spec.ts';

const q = (s: string) => JSON.stringify(s);

export const organisations = defineCollectionSpec({
  name: 'organisations',
  schema: OrganisationSchema,
  schemaFile: 'organisation.ts',
  files: 'yaml',
  labels: { singular: 'Organisation', plural: 'Organisations' },
  intro: 'Companies, agencies and bodies named in the sources, with the documents and initiatives they appear in.',
  pages: true,
  sortKey: sortKeyByTitle,
  facts: (b, e) => [
    ...textFact('Kind', e.data.kind ? humanise(e.data.kind) : 'Not stated in the sources'),
    ...refFact(b, 'Country', e.data.country),
  ],
  related: (b, e) => [
    ...group('Documents', b.backlinks(e, 'documents')),
    ...group('Initiatives', b.backlinks(e, 'initiatives')),
  ],
  indexGroups: (_b, all) => {
    const kindOf = (e: unknown) => {
      const kind = (e as (typeof all)[number]).data.kind;
      return kind ? humanise(kind) : 'Kind not stated in the sources';
    };
    return groupBy(all, (e) => [kindOf(e)], [...new Set(all.map(kindOf))].sort());
  },
  search: (b, e) => ({ filters: filter('country', names(b, [e.data.country])) }),
  table: {
    order: 8,
    title: 'Organisations',
    description: 'Companies, agencies and bodies named in the sources.',
    columns: [
      { name: 'id', description: 'stable id', cell: (e) => e.id },
      { name: 'name', description: 'name as usually written', cell: (e) => e.data.name },
      {
        name: 'kind',
        description:
          'company, bank, agency, ministry, government, international, university or city; empty where no source says',
        cell: (e) => e.data.kind ?? null,
      },
      { name: 'country', description: 'country id', cell: (e) => e.data.country?.id ?? null },
      summaryColumn(),
      urlColumn(),
      ...entryCiteColumns(),
    ],
  },
  template: (title, ids) => `# A company, agency or body. Field descriptions: src/schemas/organisation.ts
name: ${q(title)}
kind: company # company | bank | agency | ministry | government | international | university | city
summary: ${q(`TODO: one sentence on ${title}'s part, in your own words.`)}
cite: [${q(ids.source)}] # TODO: the source(s) of this entry, e.g. "s1 ¶5" or "s35"
`,
});
