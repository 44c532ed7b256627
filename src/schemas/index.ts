import type { z } from 'zod';
import type { correctionsField } from './correction.ts';
import type { CollectionName, CollectionSchemas } from './reference.ts';

export type { CollectionName, CollectionSchemas, Ref } from './reference.ts';

/** What an entry of a collection holds: its schema's output, and the corrections editions made to it. */
export type EntryData<C extends CollectionName> = z.output<CollectionSchemas[C]> &
  z.output<z.ZodObject<typeof correctionsField>>;
