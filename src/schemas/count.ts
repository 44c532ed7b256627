import { z } from 'zod';
import { CitationsSchema } from './citation.ts';
import { QualifierSchema } from './primitives.ts';

/** A counted quantity as one source reports it: "more than 60 agreements" is { value: 60, qualifier: more-than }. */
export const CountSchema = z.strictObject({
  /** The number as reported, a whole number ≥ 0, e.g. 60. */
  value: z
    .number()
    .int({ error: 'expected a whole number, e.g. 60' })
    .nonnegative({ error: 'a count cannot be negative' }),
  /** How the source qualifies it: exact, about, more-than or up-to. */
  qualifier: QualifierSchema.default('exact'),
  /** What is counted, plural, e.g. "agreements" or "documents". */
  unit: z.string().min(1),
  /** Where the number comes from. */
  cite: CitationsSchema,
  /** What this count covers, when the sources count different things, e.g. "signed at the talks on 18 Dec". */
  scope: z.string().optional(),
});
export type Count = z.output<typeof CountSchema>;

/**
 * One claim, several sourced values: `[ {value: 150, qualifier: more-than, cite: [s1 ¶9]}, {value: 158, cite: [s5]} ]`.
 * A single-source figure is a list of one; more than one value is shown as "Sources differ".
 */
export const CountVariantsSchema = z.array(CountSchema).min(1, { error: 'give at least one sourced count' });
