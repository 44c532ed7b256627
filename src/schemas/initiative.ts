import { z } from 'zod';
import { CitationsSchema } from './citation.ts';
import { DiscrepancySchema, VariantNameSchema } from './discrepancy.ts';
import { MoneyVariantsSchema } from './money.ts';
import { PartialDateSchema } from './primitives.ts';
import { ref } from './reference.ts';

/** proposed (an idea put forward), announced (one side said it will do it), agreed (both sides), launched (under way). */
export const INITIATIVE_STATUSES = ['proposed', 'announced', 'agreed', 'launched'] as const;

/** A programme, proposal or idea (content/initiatives/<id>.mdx). */
export const InitiativeSchema = z.object({
  /** Name as the proposer's side gives it, e.g. "CA+JAD Tokyo Initiative". */
  title: z.string().min(1),
  /** Other names under which it is reported, each with who uses it. */
  titleVariants: z.array(VariantNameSchema).default([]),
  /** Who put it forward. */
  proposer: z.object({
    /** Proposing country or countries. */
    countries: z.array(ref('countries')).min(1, { error: 'name at least one proposing country' }),
    /** Proposing person or people. */
    people: z.array(ref('people')).default([]),
  }),
  /** proposed, announced, agreed or launched — as far as the sources go. */
  status: z.enum(INITIATIVE_STATUSES, {
    error: (issue) => `expected proposed, announced, agreed or launched, got ${JSON.stringify(issue.input)}`,
  }),
  /** When it was put forward. */
  date: PartialDateSchema.optional(),
  /** Event at which it was put forward. */
  event: ref('events').optional(),
  /** Sectors it belongs to (ids in content/themes). */
  themes: z.array(ref('themes')).min(1, { error: 'give at least one theme' }),
  /** Money attached to it, as each source reports it. */
  money: MoneyVariantsSchema.optional(),
  /** Outcome documents that carry or mention it. */
  documents: z.array(ref('documents')).default([]),
  /** Organisations involved. */
  organisations: z.array(ref('organisations')).default([]),
  /** A larger initiative this one is part of. */
  partOf: ref('initiatives').optional(),
  /** One sentence for lists and search results, in our words. */
  summary: z.string().min(1),
  /** Sources for the proposal, its proposer and status. */
  cite: CitationsSchema,
  /** Where sources disagree about it. */
  discrepancies: z.array(DiscrepancySchema).default([]),
  /** Other spellings a reader may search for. */
  aliases: z.array(z.string()).default([]),
});
export type Initiative = z.output<typeof InitiativeSchema>;
