// One model of a citation, from which every format is written: BibTeX, biblatex, RIS, CSL-JSON, plain text and the
// meta tags in a page's head. Pure: no Astro, no file access.

/** What kind of work is cited, in CSL's terms (the one vocabulary every reference manager maps). */
export type WorkType =
  'webpage' | 'book' | 'dataset' | 'article' | 'article-newspaper' | 'report' | 'entry-encyclopedia';

/** A work to cite, as reference managers need it. */
export interface CitationRecord {
  /** Stable key: BibTeX key and CSL id, e.g. "cajad-briefing-kazakhstan". */
  key: string;
  type: WorkType;
  title: string;
  /** The organisation that wrote or published it; never split into a person's given and family names. */
  author?: string | undefined;
  /** Publisher, where it differs from the author or the author is unknown. */
  publisher?: string | undefined;
  /** Title of the larger work: the briefing for one of its pages, the site for an article. */
  container?: string | undefined;
  /** When it was first published, ISO 8601 as precise as known: "2025", "2025-12", "2025-12-20". */
  issued?: string | undefined;
  /** When this version was last updated (the edition's date). */
  updated?: string | undefined;
  /** Date the address was seen to hold this content (for `urldate`, RIS Y2, CSL accessed). */
  accessed?: string | undefined;
  /** Edition or version, e.g. "0.2". */
  edition?: string | undefined;
  /** Absolute public address; absent when the site address is not configured. */
  url?: string | undefined;
  /** Where in the work, e.g. "¶5". */
  locator?: string | undefined;
  language?: string | undefined;
  note?: string | undefined;
}

/** "2025-12-20" → [2025, 12, 20]; "2025-12" → [2025, 12]. */
export function dateParts(date: string): number[] {
  return date.split('-').map(Number);
}
