// CSL-JSON, the item format of citeproc (Zotero, Mendeley, Pandoc and Quarto read it).
import { type CitationRecord, dateParts } from './record.ts';

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { literal: string }[];
  publisher?: string;
  'container-title'?: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  version?: string;
  edition?: string;
  URL?: string;
  language?: string;
  note?: string;
}

/** One item; an organisation as a `literal` name, which citeproc never splits. */
export function toCsl(r: CitationRecord): CslItem {
  const date = r.updated ?? r.issued;
  const item: CslItem = { id: r.key, type: r.type, title: r.locator ? `${r.title}, ${r.locator}` : r.title };
  if (r.author) item.author = [{ literal: r.author }];
  if (r.publisher ?? r.author) item.publisher = (r.publisher ?? r.author)!;
  if (r.container) item['container-title'] = r.container;
  if (date) item.issued = { 'date-parts': [dateParts(date)] };
  if (r.url && r.accessed) item.accessed = { 'date-parts': [dateParts(r.accessed)] };
  if (r.edition) item[r.type === 'book' ? 'edition' : 'version'] = r.edition;
  if (r.url) item.URL = r.url;
  if (r.language) item.language = r.language;
  if (r.note) item.note = r.note;
  return item;
}

/** A CSL-JSON file: always an array of items, as citeproc and Zotero expect. */
export function toCslJson(records: readonly CitationRecord[]): string {
  return `${JSON.stringify(records.map(toCsl), null, 2)}\n`;
}
