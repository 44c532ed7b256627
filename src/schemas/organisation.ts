import { z } from 'zod';
import { LeadSchema } from './lead.ts';
import { CitationsSchema } from './citation.ts';
import { ref } from './reference.ts';

export const ORGANISATION_KINDS = [
  'company',
  'bank',
  'agency',
  'ministry',
  'government',
  'international',
  'university',
  'city',
] as const;

/** A company, agency or body named in the sources (content/organisations/<id>.yaml). */
export const OrganisationSchema = z.strictObject({
  /** Name as usually written, e.g. "Mizuho Bank". */
  name: z.string().min(1),
  /** company, bank, agency, ministry, government, international, university or city; absent when no source says. */
  kind: z.enum(ORGANISATION_KINDS).optional(),
  /** Home country, where one applies. */
  country: ref('countries').optional(),
  /** What it did in the summit story, in our words. */
  summary: z.string().min(1),
  /** Two or three cited sentences that open the page; absent, `summary` opens it (see lead.ts). */
  lead: LeadSchema.optional(),
  /** Sources that name it. */
  cite: CitationsSchema,
  /** Other names, e.g. "MHI" or "Mitsubishi Heavy Industries". */
  aliases: z.array(z.string()).default([]),
});
export type Organisation = z.output<typeof OrganisationSchema>;

// The "organisations" collection holds entries of this schema (src/schemas/reference.ts).
declare module './reference.ts' {
  interface CollectionSchemas {
    organisations: typeof OrganisationSchema;
  }
}
