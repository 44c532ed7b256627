import { z } from 'zod';
import { LeadSchema } from './lead.ts';

/** A sector of cooperation (content/themes/<id>.mdx), e.g. "Transport and connectivity". */
export const ThemeSchema = z.strictObject({
  /** Name of the sector. */
  title: z.string().min(1),
  /** One sentence on what the theme covers, in our words. */
  summary: z.string().min(1),
  /** Two or three cited sentences that open the page; absent, `summary` opens it (see lead.ts). */
  lead: LeadSchema.optional(),
  /** Sort position in lists and charts. */
  order: z.number().int().default(100),
  /** Other words a reader may search for, e.g. "connectivity", "logistics". */
  aliases: z.array(z.string()).default([]),
});
export type Theme = z.output<typeof ThemeSchema>;

// The "themes" collection holds entries of this schema (src/schemas/reference.ts).
declare module './reference.ts' {
  interface CollectionSchemas {
    themes: typeof ThemeSchema;
  }
}
