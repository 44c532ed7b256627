import { z } from 'zod';
import { LeadSchema } from './lead.ts';
import { CitationsSchema } from './citation.ts';
import { CountVariantsSchema } from './count.ts';
import { DiscrepancySchema, VariantNameSchema } from './discrepancy.ts';
import { MoneyVariantsSchema } from './money.ts';
import { OfficialRecordSchema } from './official-record.ts';
import { PartialDateSchema } from './primitives.ts';
import { ref } from './reference.ts';

export const DOCUMENT_KINDS = [
  'declaration',
  'joint-statement',
  'agreement',
  'treaty',
  'memorandum',
  'package',
] as const;

/** An outcome document, or a package of documents reported together (content/documents/<id>.mdx). */
export const DocumentSchema = z.strictObject({
  /** Official title where one is known, e.g. "Tokyo Declaration of the CA+JAD Summit"; else a plain description. */
  title: z.string().min(1),
  /** true when `title` is the document's own (official) title, false when it is our description of a package. */
  officialTitle: z.boolean().default(false),
  /** Other titles it is reported under, each with who uses it. */
  titleVariants: z.array(VariantNameSchema).default([]),
  /** declaration, joint-statement, agreement, treaty, memorandum, or package (several documents counted together). */
  kind: z.enum(DOCUMENT_KINDS),
  /** Countries that are party to it. */
  parties: z.array(ref('countries')).min(1, { error: 'name at least one party country' }),
  /** Companies and bodies that are party to it or named in it. */
  organisations: z.array(ref('organisations')).default([]),
  /** People who signed or adopted it. */
  signatories: z.array(ref('people')).default([]),
  /** Date signed or adopted, as precise as sourced. */
  date: PartialDateSchema.optional(),
  /** Event at which it was signed or adopted. */
  event: ref('events').optional(),
  /** For a package: how many documents, as each source counts them. */
  count: CountVariantsSchema.optional(),
  /** Money it is reported to be worth, as each source reports it. */
  value: MoneyVariantsSchema.optional(),
  /** Sectors it covers (ids in content/themes). */
  themes: z.array(ref('themes')).min(1, { error: 'give at least one theme' }),
  /** Initiatives it carries. */
  initiatives: z.array(ref('initiatives')).default([]),
  /** One sentence for lists and search results, in our words. */
  summary: z.string().min(1),
  /** Two or three cited sentences that open the page; absent, `summary` opens it (see lead.ts). */
  lead: LeadSchema.optional(),
  /** Sources for its title, date and parties. */
  cite: CitationsSchema,
  /**
   * The official record the sources give: official pages that publish or announce it, e.g.
   * `{ sources: ["s1-kantei"] }`. Absent when the sources give none; the page then says so.
   */
  officialRecord: OfficialRecordSchema.optional(),
  /** Where sources disagree about it. */
  discrepancies: z.array(DiscrepancySchema).default([]),
  /** Other spellings a reader may search for. */
  aliases: z.array(z.string()).default([]),
});
export type Document = z.output<typeof DocumentSchema>;

// The "documents" collection holds entries of this schema (src/schemas/reference.ts).
declare module './reference.ts' {
  interface CollectionSchemas {
    documents: typeof DocumentSchema;
  }
}
