// The citation files a page offers (cite/<name>.bib, .biblatex.bib, .ris, .csl.json) and how a page hands them to
// the build: a JSON block the citation-files integration reads back and writes out, so each page's downloads are
// exactly what the page shows.
import { toBiblatex, toBibtex } from './bibtex.ts';
import { toCslJson } from './csl.ts';
import type { CitationRecord } from './record.ts';
import { toRisLibrary } from './ris.ts';

/** Folder of the files under the site's root. */
export const CITE_FOLDER = 'cite';
/** Marks the JSON block in a page. */
export const CITE_FILES_ATTRIBUTE = 'data-bf-cite-files';

export interface CitationFile {
  label: string;
  kind: 'bibtex' | 'biblatex' | 'ris' | 'csl';
  /** Path under the site's root: "cite/cajad-briefing-kazakhstan.bib". */
  path: string;
  text: string;
}

export function citationFiles(records: readonly CitationRecord[], name: string): CitationFile[] {
  const path = (ext: string) => `${CITE_FOLDER}/${name}.${ext}`;
  return [
    { label: 'BibTeX', kind: 'bibtex', path: path('bib'), text: `${records.map(toBibtex).join('\n\n')}\n` },
    {
      label: 'biblatex',
      kind: 'biblatex',
      path: path('biblatex.bib'),
      text: `${records.map(toBiblatex).join('\n\n')}\n`,
    },
    { label: 'RIS', kind: 'ris', path: path('ris'), text: toRisLibrary(records) },
    { label: 'CSL-JSON', kind: 'csl', path: path('csl.json'), text: toCslJson(records) },
  ];
}

/** The files as JSON for the page: path → text, with "<" escaped so the block can never close early. */
export function citeFilesJson(files: readonly CitationFile[]): string {
  return JSON.stringify(Object.fromEntries(files.map((f) => [f.path, f.text]))).replace(/</g, '\\u003c');
}

const BLOCK = new RegExp(`<script type="application/json" ${CITE_FILES_ATTRIBUTE}(?:="")?>([\\s\\S]*?)</script>`, 'g');

/**
 * The files a built page asks for. The block is one this site writes itself, in one fixed form, so a pattern
 * finds it reliably; its content is parsed as JSON.
 */
export function citeFilesInPage(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(BLOCK)) Object.assign(out, JSON.parse(m[1]!) as Record<string, string>);
  return out;
}
