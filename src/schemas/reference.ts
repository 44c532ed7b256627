import { z } from 'zod';
import { ID_PATTERN } from './primitives.ts';

export const COLLECTIONS = [
  'sources',
  'events',
  'countries',
  'people',
  'organisations',
  'initiatives',
  'documents',
  'themes',
  'glossary',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** A pointer from one entry to another, as Astro's `reference()` resolves it. */
export interface Ref<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/**
 * A reference to an entry of `collection`, written as its id (the file name without extension).
 * Same output shape as Astro's `reference()` ({ collection, id }), but plain Zod, so the CLIs, the tests and the
 * JSON Schema export can use the schemas without Astro. Whether the id exists is checked across entries by
 * `src/lib/briefing/validate.ts`, which (unlike `reference()`) fails the build on a dangling one.
 */
export function ref<C extends CollectionName>(collection: C) {
  return z
    .string()
    .regex(ID_PATTERN, {
      error: (issue) =>
        `expected the id of an entry in "${collection}" (its file name, like "kazakhstan"), got ${JSON.stringify(issue.input)}`,
    })
    .transform((id): Ref<C> => ({ collection, id }))
    .meta({ description: `id of an entry in the "${collection}" collection` });
}

/** A reference to an entry of any collection, written "collection/id", e.g. "initiatives/ca-jad-tokyo-initiative". */
export const AnyRefSchema = z
  .string()
  .check((ctx) => {
    const [collection, id, ...rest] = ctx.value.split('/');
    if (rest.length || !COLLECTIONS.includes(collection as CollectionName) || !id || !ID_PATTERN.test(id)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `expected "collection/id" with a collection among ${COLLECTIONS.join(', ')}, got ${JSON.stringify(ctx.value)}`,
      });
    }
  })
  .transform((value): Ref => {
    const [collection, id] = value.split('/') as [CollectionName, string];
    return { collection, id };
  });
