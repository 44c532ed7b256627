// Terms a reader may not know; each is an anchor on the glossary page rather than a page of its own.
import { GlossarySchema } from '../../../schemas/glossary.ts';
import { sortKeyByTitle } from './helpers.ts';
import { defineCollectionSpec } from './spec.ts';

const q = (s: string) => JSON.stringify(s);

export const glossary = defineCollectionSpec({
  name: 'glossary',
  schema: GlossarySchema,
  schemaFile: 'glossary.ts',
  files: 'yaml',
  labels: { singular: 'Glossary term', plural: 'Glossary' },
  intro: 'Terms a reader may not know, in plain words.',
  pages: false,
  sortKey: sortKeyByTitle,
  template: (title) => `# A term a reader may not know. Field descriptions: src/schemas/glossary.ts
term: ${q(title)}
definition: ${q(`TODO: what ${title} means, in your own words.`)}
`,
});
