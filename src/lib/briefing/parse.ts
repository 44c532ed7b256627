import { schemas, type CollectionName } from '../../schemas/index.ts';
import type { ContentProblem } from '../errors.ts';
import type { Entry } from './model.ts';

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
      hint: `see the field's description in src/schemas/ (the ${collection} schema).`,
    })),
  };
}
