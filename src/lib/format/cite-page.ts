import type { Site } from '../../schemas/site.ts';
import type { CitationRecord } from '../citations/record.ts';
import { formatDate } from './format-date.ts';

/** What a citation of one page needs: its title, where it is, and the briefing and edition it belongs to. */
export interface PageRef {
  title: string;
  /** The page's path from the site root, with the base, e.g. "/countries/kazakhstan/". */
  path: string;
  /** The page's BibTeX key and CSL id, e.g. "cajad-briefing-kazakhstan" (see pageKey). */
  key: string;
  site: Pick<Site, 'title' | 'shortTitle' | 'publisher' | 'version' | 'updated' | 'language'>;
  /** The public address of the site ("https://briefing.example.net/"); without one, citations carry no URL. */
  siteUrl: string | undefined;
  /** Date of the first edition, when it is older than this one. */
  firstPublished?: string | undefined;
  /** The briefing book is cited as a book, every other page as a web page. */
  type?: 'webpage' | 'book';
}

/** The words of the short title that start and end it: "CA+JAD Summit Briefing" → "cajad-briefing". */
export function keyPrefix(shortTitle: string): string {
  const words = shortTitle
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return words.length > 1 ? `${words[0]}-${words.at(-1)}` : (words[0] ?? 'briefing');
}

/**
 * A short, stable key from the page's path, never its title (titles change, and long ones break parsers):
 * "/countries/kazakhstan/" → "cajad-briefing-kazakhstan"; an id that another collection also uses keeps its
 * collection ("cajad-briefing-people-japan"); "/" is the briefing itself ("cajad-briefing").
 */
export function pageKey(prefix: string, path: string, sharedIds: ReadonlySet<string> = new Set()): string {
  const parts = path.split('/').filter(Boolean);
  const id = parts.length === 2 && !sharedIds.has(parts[1]!) ? [parts[1]!] : parts;
  return [prefix, ...id].join('-').replace(/[^a-z0-9-]+/g, '-');
}

/** The citation record of a page: the publisher as author, the briefing as container, the edition and its date. */
export function pageRecord(ref: PageRef): CitationRecord {
  const { title, path, key, site, siteUrl } = ref;
  const whole = title === site.title || title === site.shortTitle;
  const url = siteUrl ? new URL(path, siteUrl).href : undefined;
  return {
    key,
    type: ref.type ?? 'webpage',
    title: whole ? site.title : ref.type === 'book' ? `${site.title}: briefing book` : title,
    author: site.publisher,
    container: whole || ref.type === 'book' ? undefined : site.title,
    issued: ref.firstPublished ?? site.updated,
    updated: site.updated,
    // What the page said on the edition's date is what the citation points at.
    accessed: site.updated,
    edition: site.version,
    url,
    language: site.language,
    // Without a public address, the path still leads a reader to the page on whichever copy they hold.
    note: url ? undefined : `Page ${path} of the briefing`,
  };
}

/** Plain text: Publisher. “Page.” In Briefing, edition 0.2, 1 December 2026. URL */
export function citePlain(r: CitationRecord): string {
  const title = r.container ? `“${r.title}.” In ${r.container}` : r.title;
  const date = r.updated ?? r.issued;
  const where = r.url ?? (r.note ? `${r.note}.` : '');
  return `${r.author}. ${title}, edition ${r.edition}${date ? `, ${formatDate(date)}` : ''}. ${where}`.trim();
}
