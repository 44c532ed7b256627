import { z } from 'zod';
import { CitationSchema } from './citation.ts';
import { AnyRefSchema } from './reference.ts';

/** A term a reader may not know (content/glossary/<id>.yaml). */
export const GlossarySchema = z.strictObject({
  /** The term as written, e.g. "CA+JAD". */
  term: z.string().min(1),
  /** Spelled out, where it is an abbreviation, e.g. "Central Asia plus Japan Dialogue"; general background, not cited. */
  expansion: z.string().optional(),
  /** What it means in general, in our words, one to three sentences: background that no source is cited for. */
  definition: z.string().min(1),
  /** What the sources report about it in this story, e.g. "Japan signed one with Kyrgyzstan on 19 Dec 2025." */
  inThisStory: z.string().min(1).optional(),
  /** Sources for `inThisStory` (the general definition is not cited). */
  cite: z.array(CitationSchema).default([]),
  /** Entries to read next, as "collection/id", e.g. "initiatives/ca-jad-tokyo-initiative". */
  seeAlso: z.array(AnyRefSchema).default([]),
  /** Other spellings, e.g. "CAJAD". */
  aliases: z.array(z.string()).default([]),
});
export type GlossaryTerm = z.output<typeof GlossarySchema>;

// The "glossary" collection holds entries of this schema (src/schemas/reference.ts).
declare module './reference.ts' {
  interface CollectionSchemas {
    glossary: typeof GlossarySchema;
  }
}
