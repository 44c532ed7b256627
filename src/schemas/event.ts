import { z } from 'zod';
import { LeadSchema } from './lead.ts';
import { CitationsSchema } from './citation.ts';
import { CountVariantsSchema } from './count.ts';
import { DiscrepancySchema } from './discrepancy.ts';
import { PartialDateSchema } from './primitives.ts';
import { ref } from './reference.ts';

export const EVENT_KINDS = [
  'summit',
  'ministerial',
  'senior-officials',
  'bilateral-talks',
  'business-forum',
  'state-dinner',
  'audience',
  'visit',
  'signing',
  'context-summit',
  'conference',
] as const;
export const EVENT_STATUSES = ['held', 'cancelled', 'planned'] as const;

/** A meeting or milestone (content/events/<id>.mdx), e.g. the summit, a side event, a ministerial meeting. */
export const EventSchema = z.strictObject({
  /** Name of the event, e.g. "First CA+JAD summit". */
  title: z.string().min(1),
  /** summit, ministerial, bilateral-talks, business-forum, state-dinner, context-summit (another "5+1"), … */
  kind: z.enum(EVENT_KINDS),
  /** held, cancelled or planned. */
  status: z.enum(EVENT_STATUSES).default('held'),
  /** First day, as precise as sourced: "2025-12-20", "2019-05". Absent for a planned event no source dates. */
  start: PartialDateSchema.optional(),
  /** Last day for a multi-day event. */
  end: PartialDateSchema.optional(),
  /** City or venue, e.g. "Tokyo". */
  place: z.string().optional(),
  /** Country where it takes place. */
  country: ref('countries').optional(),
  /** true for the dialogue's own meetings; false for context (another partner's "5+1" summit). */
  dialogue: z.boolean().default(true),
  /** The event this one is part of, e.g. a bilateral talk within the summit week. */
  partOf: ref('events').optional(),
  /** Countries taking part. */
  participants: z.array(ref('countries')).default([]),
  /** People taking part. */
  people: z.array(ref('people')).default([]),
  /** One sentence for lists and search results, in our words. */
  summary: z.string().min(1),
  /** Two or three cited sentences that open the page; absent, `summary` opens it (see lead.ts). */
  lead: LeadSchema.optional(),
  /** Sources for the date, place and what happened. */
  cite: CitationsSchema,
  /**
   * For the briefing's main event: the points a reader should take away, five to seven sentences in our words, each
   * cited. The home page opens with them. E.g. { text: "Kazakhstan will host the next summit.", cite: ["s20"] }.
   */
  keyPoints: z
    .array(z.object({ text: z.string().min(1), cite: CitationsSchema }))
    .max(7, { error: 'give at most seven key points: a reader scans them first' })
    .default([]),
  /** Counted things, e.g. business people at the forum. */
  counts: z.array(CountVariantsSchema).default([]),
  /** Where sources disagree about this event. */
  discrepancies: z.array(DiscrepancySchema).default([]),
  /** Other spellings a reader may search for. */
  aliases: z.array(z.string()).default([]),
});
export type Event = z.output<typeof EventSchema>;

// The "events" collection holds entries of this schema (src/schemas/reference.ts).
declare module './reference.ts' {
  interface CollectionSchemas {
    events: typeof EventSchema;
  }
}
