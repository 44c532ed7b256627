import { z } from 'zod';
import { LeadSchema } from './lead.ts';
import { CitationsSchema } from './citation.ts';
import { ref } from './reference.ts';

/** A person named in the sources (content/people/<id>.yaml). */
export const PersonSchema = z.strictObject({
  /** Name as usually written in English, e.g. "Kassym-Jomart Tokayev". */
  name: z.string().min(1),
  /** Role at the time of the summit, e.g. "President of Kazakhstan". */
  role: z.string().min(1),
  /** Country the person represents. */
  country: ref('countries').optional(),
  /** true for the six heads of state or government at the summit. */
  leader: z.boolean().default(false),
  /** One sentence on their part in the summit, in our words. */
  summary: z.string().min(1),
  /** Two or three cited sentences that open the page; absent, `summary` opens it (see lead.ts). */
  lead: LeadSchema.optional(),
  /** Sources for the name, role and part. */
  cite: CitationsSchema,
  /** Other spellings a reader may search for, e.g. "Tokaev". */
  aliases: z.array(z.string()).default([]),
});
export type Person = z.output<typeof PersonSchema>;

// The "people" collection holds entries of this schema (src/schemas/reference.ts).
declare module './reference.ts' {
  interface CollectionSchemas {
    people: typeof PersonSchema;
  }
}
