// BibTeX (@misc, read by every BibTeX style) and biblatex (@online with urldate, read by biber) from one record.
import { type CitationRecord, dateParts } from './record.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LATEX_SPECIAL = /[\\{}&%$#_^~]/g;

/** Text for a BibTeX field: LaTeX's special characters escaped, so "R&D 100%" stays "R&D 100%" when typeset. */
export function bibtexEscape(text: string): string {
  return text.replace(LATEX_SPECIAL, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
  );
}

/** A URL for a verbatim field: left as it is, except braces, which would end the field (percent-encoded instead). */
function bibtexUrl(url: string): string {
  return url.replace(/\{/g, '%7B').replace(/\}/g, '%7D');
}

/** A key BibTeX and biber accept: letters, digits and hyphens only. */
export function bibtexKey(key: string): string {
  return key.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'entry';
}

const TYPES: Record<CitationRecord['type'], { bibtex: string; biblatex: string }> = {
  webpage: { bibtex: 'misc', biblatex: 'online' },
  dataset: { bibtex: 'misc', biblatex: 'dataset' },
  book: { bibtex: 'book', biblatex: 'book' },
  article: { bibtex: 'misc', biblatex: 'online' },
  'article-newspaper': { bibtex: 'misc', biblatex: 'online' },
  report: { bibtex: 'misc', biblatex: 'online' },
  'entry-encyclopedia': { bibtex: 'misc', biblatex: 'online' },
};

function entry(type: string, key: string, fields: [string, string | undefined][]): string {
  const lines = fields.filter((f): f is [string, string] => f[1] !== undefined).map(([k, v]) => `  ${k} = ${v}`);
  return `@${type}{${bibtexKey(key)},\n${lines.join(',\n')}\n}`;
}

const braced = (text: string | undefined) => (text === undefined ? undefined : `{${bibtexEscape(text)}}`);
// Double braces: an organisation is one name, never "given family"; a title keeps its capitals in any style.
const protectedText = (text: string | undefined) => (text === undefined ? undefined : `{{${bibtexEscape(text)}}}`);

function titleWithLocator(r: CitationRecord): string {
  return r.locator ? `${r.title}, ${r.locator}` : r.title;
}

/** Classic BibTeX: @misc (or @book), the address in `howpublished` and `url`, edition and dates in `note`. */
export function toBibtex(r: CitationRecord): string {
  const date = r.updated ?? r.issued;
  const [year, month] = date ? dateParts(date) : [];
  const note = [
    r.edition ? `Edition ${r.edition}` : undefined,
    r.updated && r.updated !== r.issued ? `updated ${r.updated}` : undefined,
    r.url && r.accessed ? `accessed ${r.accessed}` : undefined,
    r.note,
  ]
    .filter(Boolean)
    .join('; ');
  const book = TYPES[r.type].bibtex === 'book';
  return entry(TYPES[r.type].bibtex, r.key, [
    ['author', protectedText(r.author)],
    ['title', protectedText(titleWithLocator(r))],
    ['howpublished', !book && r.container ? braced(r.container) : undefined],
    ['publisher', book ? braced(r.publisher ?? r.author) : r.publisher ? braced(r.publisher) : undefined],
    ['edition', book ? braced(r.edition) : undefined],
    ['year', year ? `{${year}}` : undefined],
    ['month', month ? MONTHS[month - 1] : undefined],
    // BibTeX styles read year and month; biber and citation-js also read the full date.
    ['date', date ? `{${date}}` : undefined],
    ['url', r.url ? `{${bibtexUrl(r.url)}}` : undefined],
    ['note', note ? braced(note.charAt(0).toUpperCase() + note.slice(1)) : undefined],
  ]);
}

/** biblatex: @online with `date`, `version`, `organization` and `urldate`, as biber reads them. */
export function toBiblatex(r: CitationRecord): string {
  const book = TYPES[r.type].biblatex === 'book';
  return entry(TYPES[r.type].biblatex, r.key, [
    ['author', protectedText(r.author)],
    ['title', protectedText(titleWithLocator(r))],
    ['titleaddon', !book && r.container ? braced(r.container) : undefined],
    [book ? 'publisher' : 'organization', braced(r.publisher ?? r.author)],
    ['date', (r.updated ?? r.issued) ? `{${r.updated ?? r.issued}}` : undefined],
    [book ? 'edition' : 'version', braced(r.edition)],
    ['url', r.url ? `{${bibtexUrl(r.url)}}` : undefined],
    ['urldate', r.url && r.accessed ? `{${r.accessed}}` : undefined],
    ['langid', r.language === 'en' ? '{english}' : undefined],
    ['note', braced(r.note)],
  ]);
}
