import { z } from 'zod';
import { CitationsSchema } from './citation.ts';

/** One source's version of a disputed fact. */
export const AccountSchema = z.strictObject({
  /** What this source says, in our words or as a short quoted name/figure, e.g. "a working visit". */
  says: z.string().min(1),
  /** Who says it. */
  cite: CitationsSchema,
});

/** A point on which sources disagree; the page shows every account with its citations and picks none. */
export const DiscrepancySchema = z.strictObject({
  /** What is disputed, e.g. "Visit status". */
  topic: z.string().min(1),
  /** Each source's version: at least two. */
  accounts: z.array(AccountSchema).min(2, { error: 'a discrepancy needs at least two accounts' }),
  /** Our reading, marked as such, e.g. "These may count different sets of documents." */
  note: z.string().optional(),
  /**
   * The field whose versions it is about, so the page shows the point once: "title" (joined to the other names the
   * entry is reported under), or a figure ("count", "value", "money", "counts.0"), whose fact row already shows every
   * version and then carries the note. Absent: shown under "Sources differ" on its own.
   */
  about: z
    .string()
    .regex(/^(title|count|value|money|counts\.\d+)$/, {
      error: 'expected "title", or a figure field: "count", "value", "money" or "counts.0"',
    })
    .optional(),
});
export type Discrepancy = z.output<typeof DiscrepancySchema>;

/** Another name under which a title or name is reported, with who reports it. */
export const VariantNameSchema = z.strictObject({
  /** The name as reported, e.g. "Tokyo CA+JAD Initiative". */
  text: z.string().min(1),
  /** Who uses it. */
  cite: CitationsSchema,
});
