// RIS, the tagged format Zotero, EndNote and Mendeley import: lines "TG  - value", CRLF, each record ending in ER.
import type { CitationRecord } from './record.ts';

// ELEC is what Zotero and EndNote read as a web page; DATA a dataset; the briefing book is an electronic book.
// Press articles are cited as the web pages they are (ELEC): under NEWS, RIS readers disagree on which tag holds
// the full date (citation-js keeps only the year), while every reader takes DA as the date of an ELEC record.
const TYPES: Record<CitationRecord['type'], string> = {
  webpage: 'ELEC',
  dataset: 'DATA',
  book: 'EBOOK',
  article: 'ELEC',
  'article-newspaper': 'ELEC',
  report: 'RPRT',
  'entry-encyclopedia': 'ENCYC',
};

/** RIS dates are YYYY/MM/DD/ with empty parts where unknown. */
function risDate(date: string): string {
  const [y, m = '', d = ''] = date.split('-');
  return `${y}/${m}/${d}/`;
}

/** One line per value; a value never carries a line break (RIS reads a new line as a new tag). */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

/** One RIS record. The organisation goes in AU as one name with no comma, which Zotero keeps as a single name. */
export function toRis(r: CitationRecord): string {
  const title = r.locator ? `${r.title}, ${r.locator}` : r.title;
  const date = r.updated ?? r.issued;
  const tags: [string, string | undefined][] = [
    ['TY', TYPES[r.type]],
    ['ID', r.key],
    ['TI', title],
    ['AU', r.author?.replace(/,/g, '')],
    ['T2', r.container],
    ['PB', r.publisher ?? r.author],
    ['PY', date?.slice(0, 4)],
    ['DA', date ? risDate(date) : undefined],
    ['Y2', r.url && r.accessed ? risDate(r.accessed) : undefined],
    ['ET', r.edition],
    ['UR', r.url],
    ['LA', r.language],
    ['N1', r.note],
  ];
  const lines = tags
    .filter((t): t is [string, string] => t[1] !== undefined && t[1] !== '')
    .map(([k, v]) => `${k}  - ${oneLine(v)}`);
  return `${[...lines, 'ER  - '].join('\r\n')}\r\n`;
}

/** Several records in one file, as a library. */
export function toRisLibrary(records: readonly CitationRecord[]): string {
  return records.map(toRis).join('\r\n');
}
