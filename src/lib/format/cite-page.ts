import type { Site } from '../../schemas/site.ts';
import { slugify } from '../slug.ts';
import { formatDate } from './format-date.ts';

/** What a citation of one page needs: its title, its stable URL, and the briefing it belongs to. */
export interface PageRef {
  title: string;
  /** Absolute; undefined when the site has no address, and the citation then gives none. */
  url: string | undefined;
  site: Pick<Site, 'title' | 'shortTitle' | 'publisher' | 'version' | 'updated'>;
}

/** Plain text: Publisher. "Page." In Briefing, version 1.0, 28 November 2026. URL */
export function citePlain({ title, url, site }: PageRef): string {
  const page = title === site.title || title === site.shortTitle ? '' : `“${title}.” In `;
  return `${site.publisher}. ${page}${site.title}, version ${site.version}, ${formatDate(site.updated)}.${url ? ` ${url}` : ''}`;
}

const BIBTEX_SPECIAL = /[\\{}&%$#_^~]/g;

function bibtexEscape(text: string): string {
  return text.replace(BIBTEX_SPECIAL, (c) => (c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`));
}

/** BibTeX @misc entry; the key is made of the briefing's and the page's names, so it is stable across versions. */
export function citeBibtex({ title, url, site }: PageRef): string {
  const key = `${slugify(site.shortTitle)}-${slugify(title) || 'page'}`.replace(/-/g, '_');
  const [year] = site.updated.split('-');
  const fields: [string, string][] = [
    ['title', `{${bibtexEscape(title)}}`],
    ['author', `{${bibtexEscape(site.publisher)}}`],
    ['howpublished', `{${bibtexEscape(site.title)}}`],
    ['year', `{${year}}`],
    ...(url ? [['url', `{${url}}`] as [string, string]] : []),
    ['note', `{Version ${bibtexEscape(site.version)}, updated ${site.updated}}`],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}

/** RIS record (reference managers: Zotero, EndNote, Mendeley), lines ending in CRLF as the format asks. */
export function citeRis({ title, url, site }: PageRef): string {
  const [year, month = '', day = ''] = site.updated.split('-');
  const lines = [
    'TY  - ELEC',
    `TI  - ${title}`,
    `AU  - ${site.publisher}`,
    `T2  - ${site.title}`,
    `PY  - ${year}`,
    `DA  - ${[year, month, day].join('/')}`,
    `ET  - ${site.version}`,
    ...(url ? [`UR  - ${url}`] : []),
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
