import type { z } from 'zod';
import { correctionsField } from './correction.ts';
import { CountrySchema } from './country.ts';
import { DocumentSchema } from './document.ts';
import { EventSchema } from './event.ts';
import { GlossarySchema } from './glossary.ts';
import { InitiativeSchema } from './initiative.ts';
import { OrganisationSchema } from './organisation.ts';
import { PersonSchema } from './person.ts';
import type { CollectionName } from './reference.ts';
import { SourceSchema } from './source.ts';
import { ThemeSchema } from './theme.ts';

export { COLLECTIONS, type CollectionName, type Ref } from './reference.ts';

/** The schema of each collection: the one place that says what an entry must hold. Every entry may list the
 * corrections editions made to it (src/schemas/correction.ts). */
export const schemas = {
  sources: SourceSchema.extend(correctionsField),
  events: EventSchema.extend(correctionsField),
  countries: CountrySchema.extend(correctionsField),
  people: PersonSchema.extend(correctionsField),
  organisations: OrganisationSchema.extend(correctionsField),
  initiatives: InitiativeSchema.extend(correctionsField),
  documents: DocumentSchema.extend(correctionsField),
  themes: ThemeSchema.extend(correctionsField),
  glossary: GlossarySchema.extend(correctionsField),
} as const satisfies Record<CollectionName, z.ZodType>;

/** File types each collection accepts: MDX where prose matters, YAML where it does not. */
export const COLLECTION_FILES: Record<CollectionName, string> = {
  sources: 'yaml',
  events: 'mdx',
  countries: 'mdx',
  people: 'yaml',
  organisations: 'yaml',
  initiatives: 'mdx',
  documents: 'mdx',
  themes: 'mdx',
  glossary: 'yaml',
};

export type EntryData<C extends CollectionName> = z.output<(typeof schemas)[C]>;
