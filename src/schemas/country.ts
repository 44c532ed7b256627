import { z } from 'zod';
import { LeadSchema } from './lead.ts';
import { CitationsSchema } from './citation.ts';
import { DiscrepancySchema } from './discrepancy.ts';
import { PartialDateSchema } from './primitives.ts';
import { ref } from './reference.ts';

/** A country or partner (content/countries/<id>.mdx). */
export const CountrySchema = z.strictObject({
  /** Short English name, e.g. "Kazakhstan"; for the EU, "European Union". */
  name: z.string().min(1),
  /** participant (one of the six at the summit) or context (another partner in a "5+1" format). */
  role: z.enum(['participant', 'context']),
  /** ISO 3166-1 alpha-2 code, e.g. "KZ"; "EU" for the European Union (an exceptionally reserved code). */
  iso2: z.string().regex(/^[A-Z]{2}$/, { error: 'expected two capital letters, e.g. "KZ"' }),
  /** ISO 3166-1 alpha-3 code, e.g. "KAZ"; absent for the EU. */
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'expected three capital letters, e.g. "KAZ"' })
    .optional(),
  /** ISO 3166-1 numeric code as three digits, e.g. "398" (used to find the shape on the map). */
  isoNumeric: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
  /** Capital city, e.g. "Astana". */
  capital: z.string().optional(),
  /** Capital's position as [longitude, latitude] in degrees, for the map. */
  capitalCoords: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
  /** Head of state or government who represented it in Tokyo. */
  leader: ref('people').optional(),
  /** How the visit was described, e.g. "official visit"; disputed wording goes in discrepancies. */
  visit: z
    .object({
      /** Arrival in Japan, as sourced. */
      arrived: PartialDateSchema.optional(),
      /** Departure, as sourced. */
      left: PartialDateSchema.optional(),
      /** Sources for the visit dates. */
      cite: CitationsSchema,
    })
    .optional(),
  /** One sentence for lists and search results, in our words. */
  summary: z.string().min(1),
  /** Two or three cited sentences that open the page; absent, `summary` opens it (see lead.ts). */
  lead: LeadSchema.optional(),
  /** Sources for the summary. */
  cite: CitationsSchema,
  /** Where sources disagree about this country's part in the summit. */
  discrepancies: z.array(DiscrepancySchema).default([]),
  /** Other spellings, e.g. "Türkmenistan", "Kyrgyz Republic". */
  aliases: z.array(z.string()).default([]),
  /** Sort position in lists (Japan first, then the five in alphabetical order). */
  order: z.number().int().default(100),
});
export type Country = z.output<typeof CountrySchema>;

// The "countries" collection holds entries of this schema (src/schemas/reference.ts).
declare module './reference.ts' {
  interface CollectionSchemas {
    countries: typeof CountrySchema;
  }
}
