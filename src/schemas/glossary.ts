import { z } from 'zod';
import { CitationSchema } from './citation.ts';
import { AnyRefSchema } from './reference.ts';

/** A term a reader may not know (content/glossary/<id>.yaml). */
export const GlossarySchema = z.object({
  /** The term as written, e.g. "CA+JAD". */
  term: z.string().min(1),
  /** Spelled out, where it is an abbreviation, e.g. "Central Asia plus Japan Dialogue". */
  expansion: z.string().optional(),
  /** What it means, in our words, one to three sentences. */
  definition: z.string().min(1),
  /** Sources for any fact in the definition (optional for plain definitions of common terms). */
  cite: z.array(CitationSchema).default([]),
  /** Entries to read next, as "collection/id", e.g. "initiatives/ca-jad-tokyo-initiative". */
  seeAlso: z.array(AnyRefSchema).default([]),
  /** Other spellings, e.g. "CAJAD". */
  aliases: z.array(z.string()).default([]),
});
export type GlossaryTerm = z.output<typeof GlossarySchema>;
