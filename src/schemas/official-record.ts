import { z } from 'zod';
import { ref } from './reference.ts';

/**
 * Where a document is on the public record, as the sources give it: official pages (sources of kind "official",
 * with an address) that publish or announce it. Their address, publisher and date are read from those sources,
 * never typed a second time; `validateBriefing` checks that each is official and has an address.
 */
export const OfficialRecordSchema = z.strictObject({
  /** Official sources that publish or announce the document, e.g. ["s45", "s45-b"] (ids in content/sources). */
  sources: z.array(ref('sources')).min(1, { error: 'name at least one official source, e.g. sources: ["s45"]' }),
  /**
   * true only when a source shows that one of these pages carries the document's full text; false (the default)
   * makes the page say that the full text is not among the sources.
   */
  fullText: z.boolean().default(false),
});
export type OfficialRecord = z.output<typeof OfficialRecordSchema>;
