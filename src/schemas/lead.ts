import { z } from 'zod';
import { CitationsSchema } from './citation.ts';

/** One sentence of an entry's opening summary, with the sources for what it says. */
export const LeadSentenceSchema = z.strictObject({
  /** The sentence in our words, with its full stop, e.g. "Kazakhstan will host the next summit." */
  text: z.string().min(1),
  /** Sources for its figures, dates, counts and titles, e.g. ["s20", "s21"]. */
  cite: CitationsSchema,
});

/**
 * Two or three cited sentences that open an entry's page, above its fact box, and describe it to search engines and
 * link previews. Absent: the page opens with the one-sentence `summary` and the entry's own `cite`.
 */
export const LeadSchema = z
  .array(LeadSentenceSchema)
  .min(2, { error: 'a lead has two or three sentences; for one, leave lead out and let summary open the page' })
  .max(3, { error: 'a lead has at most three sentences; move the rest into the body' });
export type Lead = z.output<typeof LeadSchema>;
