// The citation meta tags of a page's head, from the same record as "Cite this page". Zotero's connector and Google
// Scholar read the Highwire `citation_*` tags first; Dublin Core is what library tools and older harvesters read;
// PRISM's versionIdentifier carries the edition, which neither of the other two has a tag for.
import type { CitationRecord } from './record.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** Highwire wants YYYY/MM/DD (or YYYY, YYYY/MM when less is known). */
const slashed = (date: string) => date.replace(/-/g, '/');

export function citationMetaTags(r: CitationRecord, options: { pdfUrl?: string | undefined } = {}): MetaTag[] {
  const tags: [string, string | undefined][] = [
    ['citation_title', r.title],
    ['citation_author', r.author],
    ['citation_publisher', r.publisher ?? r.author],
    ['citation_publication_date', r.issued ? slashed(r.issued) : undefined],
    ['citation_online_date', r.updated ? slashed(r.updated) : undefined],
    ['citation_public_url', r.url],
    ['citation_pdf_url', options.pdfUrl],
    ['citation_language', r.language],
    ['DC.title', r.title],
    ['DC.creator', r.author],
    ['DC.publisher', r.publisher ?? r.author],
    ['DC.date.issued', r.issued],
    ['DC.date.modified', r.updated],
    ['DC.identifier', r.url],
    ['DC.relation.isPartOf', r.container],
    ['DC.language', r.language],
    ['DC.type', r.type === 'book' ? 'Text' : 'InteractiveResource'],
    ['prism.versionIdentifier', r.edition],
  ];
  return tags.filter((t): t is [string, string] => !!t[1]).map(([name, content]) => ({ name, content }));
}
