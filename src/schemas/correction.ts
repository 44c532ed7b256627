import { z } from 'zod';

/** A correction an edition made to an entry: listed on the changes page and in the feed, dated, never deleted. */
export const CorrectionSchema = z.object({
  /** The edition that made it, e.g. "0.2". */
  edition: z.string().regex(/^\d+(\.\d+)*$/, { error: 'expected the edition that made the correction, e.g. "0.2"' }),
  /** When it was made, e.g. "2026-12-01". */
  date: z.preprocess(
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected the date of the correction, e.g. "2026-12-01"' }),
  ),
  /** What was wrong and what the entry says now, in one or two sentences, e.g. "The next summit was dated 2026; …". */
  text: z.string().min(1, { error: 'say what was wrong and what the entry says now' }),
});

/** The field every collection's schema gains: `corrections: [{ edition, date, text }]`, oldest first. */
export const correctionsField = { corrections: z.array(CorrectionSchema).default([]) };
