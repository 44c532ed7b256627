import { z } from 'zod';
import { PartialDateSchema } from './primitives.ts';

export const SOURCE_KINDS = ['official', 'press', 'analysis', 'reference'] as const;
export const TITLE_ORIGINS = ['address', 'address-translated', 'description'] as const;

/** A source the briefing cites (content/sources/<id>.yaml; the id is what citations name, e.g. "s1"). */
export const SourceSchema = z.strictObject({
  /** The source's label in this briefing, e.g. "S1" or "S45" (two addresses of one source become s45 and s45-b). */
  label: z.string().regex(/^S\d+[a-z]?$/, { error: 'expected a label like "S12" or "S21b"' }),
  /** Title of the page or article; where only the URL is known, the title its address spells out. */
  title: z.string().min(1),
  /**
   * Where `title` comes from when it is not the page's own headline: "address" (rebuilt from the words of the page
   * address, so capitals and signs such as "$" are ours), "address-translated" (the address's words, translated),
   * "description" (our description of what is cited; the page's title was not recorded). Absent: its own title.
   */
  titleFrom: z.enum(TITLE_ORIGINS).optional(),
  /** Who published it, e.g. "Jiji Press (nippon.com)". Absent when the source does not say (S1). */
  publisher: z.string().min(1).optional(),
  /** Address of the page; absent for a source we hold as text only (S1). */
  url: z.url({ protocol: /^https?$/, error: 'expected a full URL starting with https:// or http://' }).optional(),
  /** Publication date as the source shows it ("2025-12-20", "2025-12"); absent when none is shown. */
  published: PartialDateSchema.optional(),
  /** official (a government or its agency), press, analysis (commentary, think tank), reference (encyclopaedia). */
  kind: z.enum(SOURCE_KINDS),
  /** Language of the source as a BCP 47 tag, e.g. "en", "ja", "ru". */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
    .default('en'),
  /**
   * Set only for a weak source (a fact rests on it alone and it is low-quality or unclear): why, e.g. "Aggregator
   * site; its deal figure appears nowhere else." Pages mark it "weak source". A caveat that does not make a source
   * weak (a slip elsewhere in it) goes in `note`.
   */
  reliability: z.string().min(1).optional(),
  /** Anything else a reader should know about it, e.g. "Feature article; no author, publisher or date given." */
  note: z.string().optional(),
  /** How many paragraphs a source held as text has, counting ¶0 (the headline): 14 for S1 (¶0–¶13). Paragraph
   * locators ("s1 ¶5") are checked against it; absent for a source not cited by paragraph. */
  paragraphs: z.int().positive().optional(),
});
export type Source = z.output<typeof SourceSchema>;

// The "sources" collection holds entries of this schema (src/schemas/reference.ts).
declare module './reference.ts' {
  interface CollectionSchemas {
    sources: typeof SourceSchema;
  }
}
