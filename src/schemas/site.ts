import { z } from 'zod';
import { ID_PATTERN, PartialDateSchema } from './primitives.ts';

/** What the briefing is about and who publishes it (content/site.yaml): the one file to edit for another summit. */
export const SiteSchema = z.strictObject({
  /** Full title, e.g. "Central Asia + Japan: the Tokyo summit briefing". */
  title: z.string().min(1),
  /** Short name for the header and page titles, e.g. "CA+JAD Summit Briefing". */
  shortTitle: z.string().min(1),
  /** One or two sentences for search engines and link previews. */
  description: z.string().min(1),
  /** Id of the main event in content/events, e.g. "summit-2025". */
  summit: z.string().regex(ID_PATTERN),
  /** Who publishes the briefing, for citations. */
  publisher: z.string().min(1),
  /**
   * Where readers report an error: an address (https:// or mailto:), e.g. "mailto:corrections@example.org".
   * Absent: the About page asks readers to write to the publisher and says no address is set.
   */
  corrections: z.url({ protocol: /^(https?|mailto)$/, error: 'expected an https:// or mailto: address' }).optional(),
  /** Version of the briefing, e.g. "1.0". */
  version: z.string().min(1),
  /** Date of this version, e.g. "2026-11-28". */
  updated: PartialDateSchema,
  /** Licence of the briefing's text and data, e.g. "CC BY 4.0". */
  license: z.string().min(1).default('CC BY 4.0'),
  /** Address of the licence's text. */
  licenseUrl: z.url({ protocol: /^https?$/ }).default('https://creativecommons.org/licenses/by/4.0/'),
  /**
   * The site's public address, e.g. "https://briefing.example.net/" (BRIEFING_SITE overrides it). Canonical links,
   * the sitemap, Open Graph, JSON-LD and "Cite this page" use it; without one they are left out.
   */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Language of the content as a BCP 47 tag. */
  language: z.string().default('en'),
});
export type Site = z.output<typeof SiteSchema>;
