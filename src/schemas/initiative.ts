import { z } from 'zod';
import { LeadSchema } from './lead.ts';
import { CitationSchema, CitationsSchema } from './citation.ts';
import { DiscrepancySchema, VariantNameSchema } from './discrepancy.ts';
import { MoneyVariantsSchema } from './money.ts';
import { PartialDateSchema } from './primitives.ts';
import { ref } from './reference.ts';

/** One place on a route, in the order the sources name it; drawn on the map. */
export const WaypointSchema = z
  .object({
    /** Name shown on the map, e.g. "Aktau" or "Azerbaijan". */
    name: z.string().min(1),
    /** Position as [longitude, latitude] in degrees (general reference, e.g. a port's position); or give isoNumeric. */
    coords: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
    /** A whole country as the waypoint, drawn at the centre of its Natural Earth shape: ISO 3166-1 numeric, e.g. "031". */
    isoNumeric: z
      .string()
      .regex(/^\d{3}$/, { error: 'expected three digits, e.g. "031"' })
      .optional(),
    /** How the route reaches this place from the one before: land (rail, road) or sea (e.g. the Caspian train ferries). */
    via: z.enum(['land', 'sea']).default('land'),
    /** Sources that name this place on the route, in this order. */
    cite: CitationsSchema,
  })
  .refine((w) => (w.coords === undefined) !== (w.isoNumeric === undefined), {
    error: 'give either coords ([longitude, latitude]) or isoNumeric (a country), not both and not neither',
  });

/** proposed (an idea put forward), announced (one side said it will do it), agreed (both sides), launched (under way). */
export const INITIATIVE_STATUSES = ['proposed', 'announced', 'agreed', 'launched'] as const;

/**
 * One status as a source reports it, on the date it reports it. Date and citation are required (the validator says
 * so by name: src/lib/tracker/status-history.ts); a later status lower than an earlier one needs a `correction`.
 */
export const StatusReportSchema = z.object({
  /** proposed, announced, agreed or launched, as this source reports it. */
  status: z.enum(INITIATIVE_STATUSES, {
    error: (issue) => `expected proposed, announced, agreed or launched, got ${JSON.stringify(issue.input)}`,
  }),
  /** When the source reports it (the event it describes, or its publication), as precise as given: "2025-12-20". */
  date: PartialDateSchema.optional(),
  /** The sources that report this status, e.g. ["s22"]. */
  cite: z.array(CitationSchema).optional(),
  /** Why this status is lower than an earlier one: what the earlier report got wrong, in our words. */
  correction: z.string().min(1).optional(),
});
export type StatusReport = z.output<typeof StatusReportSchema>;

/** A programme, proposal or idea (content/initiatives/<id>.mdx). */
export const InitiativeSchema = z.strictObject({
  /** Name as the proposer's side gives it, e.g. "CA+JAD Tokyo Initiative". */
  title: z.string().min(1),
  /** Other names under which it is reported, each with who uses it. */
  titleVariants: z.array(VariantNameSchema).default([]),
  /** Who put it forward. */
  proposer: z.strictObject({
    /** Proposing country or countries. */
    countries: z.array(ref('countries')).min(1, { error: 'name at least one proposing country' }),
    /** Proposing person or people. */
    people: z.array(ref('people')).default([]),
  }),
  /** proposed, announced, agreed or launched — as far as the sources go. */
  status: z.enum(INITIATIVE_STATUSES, {
    error: (issue) => `expected proposed, announced, agreed or launched, got ${JSON.stringify(issue.input)}`,
  }),
  /** Each status the sources report, oldest first, each dated and cited; the last one is `status`. */
  statusHistory: z.array(StatusReportSchema).optional(),
  /** When it was put forward. */
  date: PartialDateSchema.optional(),
  /** Event at which it was put forward. */
  event: ref('events').optional(),
  /** Sectors it belongs to (ids in content/themes). */
  themes: z.array(ref('themes')).min(1, { error: 'give at least one theme' }),
  /** Money attached to it, as each source reports it. */
  money: MoneyVariantsSchema.optional(),
  /** A route it concerns, as the sources trace it, e.g. the Middle Corridor from China to Turkey; drawn on the map. */
  route: z
    .object({
      /** Places in the order the sources give them: at least a start and an end. */
      waypoints: z.array(WaypointSchema).min(2, { error: 'a route needs at least two waypoints' }),
    })
    .optional(),
  /** Outcome documents that carry or mention it. */
  documents: z.array(ref('documents')).default([]),
  /** Organisations involved. */
  organisations: z.array(ref('organisations')).default([]),
  /** A larger initiative this one is part of. */
  partOf: ref('initiatives').optional(),
  /** One sentence for lists and search results, in our words. */
  summary: z.string().min(1),
  /** Two or three cited sentences that open the page; absent, `summary` opens it (see lead.ts). */
  lead: LeadSchema.optional(),
  /** Sources for the proposal, its proposer and status. */
  cite: CitationsSchema,
  /** Where sources disagree about it. */
  discrepancies: z.array(DiscrepancySchema).default([]),
  /** Other spellings a reader may search for. */
  aliases: z.array(z.string()).default([]),
});
export type Initiative = z.output<typeof InitiativeSchema>;

// The "initiatives" collection holds entries of this schema (src/schemas/reference.ts).
declare module './reference.ts' {
  interface CollectionSchemas {
    initiatives: typeof InitiativeSchema;
  }
}
