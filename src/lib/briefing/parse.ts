import { schemas, type CollectionName } from '../../schemas/index.ts';
import type { ContentProblem } from '../errors.ts';
import type { Entry } from './model.ts';

const SCHEMA_FILES: Record<CollectionName, string> = {
  sources: 'source.ts',
  events: 'event.ts',
  countries: 'country.ts',
  people: 'person.ts',
  organisations: 'organisation.ts',
  initiatives: 'initiative.ts',
  documents: 'document.ts',
  themes: 'theme.ts',
  glossary: 'glossary.ts',
};

/** Validates one entry's raw data against its collection's schema, outside Astro (CLIs, tests). */
export function parseEntry<C extends CollectionName>(
  collection: C,
  id: string,
  file: string,
  data: unknown,
  body = '',
): { entry?: Entry<C>; problems: ContentProblem[] } {
  const result = schemas[collection].safeParse(data);
  if (result.success) {
    return { entry: { collection, id, file, body, data: result.data as Entry<C>['data'] }, problems: [] };
  }
  return {
    problems: result.error.issues.map((issue) => ({
      collection,
      id,
      file,
      field: issue.path.join('.'),
      message: issue.message,
      hint: `see what "${String(issue.path[0] ?? 'the entry')}" should hold in src/schemas/${SCHEMA_FILES[collection]}.`,
    })),
  };
}
