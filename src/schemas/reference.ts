import { z } from 'zod';
import { ID_PATTERN } from './primitives.ts';

/**
 * Each collection's schema, by collection name. Empty here: every collection's schema file adds its own line
 * (`declare module './reference.ts' { interface CollectionSchemas { glossary: typeof GlossarySchema } }`), so the
 * names are known when the code is type-checked without a list to keep beside the schemas. The ordered list of
 * collections at run time is the registry, src/lib/briefing/collections/index.ts.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by module augmentation
export interface CollectionSchemas {}
export type CollectionName = keyof CollectionSchemas & string;

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

/**
 * A reference to an entry of any collection, written "collection/id", e.g. "initiatives/ca-jad-tokyo-initiative".
 * The schema checks the form; whether the collection and the entry exist is checked across entries with the other
 * references (src/lib/briefing/validate.ts), which knows the registry.
 */
export const AnyRefSchema = z
  .string()
  .check((ctx) => {
    const [collection, id, ...rest] = ctx.value.split('/');
    if (rest.length || !collection || !ID_PATTERN.test(collection) || !id || !ID_PATTERN.test(id)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `expected "collection/id", like "initiatives/ca-jad-tokyo-initiative", got ${JSON.stringify(ctx.value)}`,
      });
    }
  })
  .transform((value): Ref => {
    const [collection, id] = value.split('/') as [CollectionName, string];
    return { collection, id };
  });
