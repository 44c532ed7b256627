// The citation files a page offers (cite/<name>.bib, .biblatex.bib, .ris, .csl.json) and how a page hands them to
// the build: while it renders, the page records the very texts it shows; the citation-files integration writes
// them out when the build is done, so each page's downloads are exactly what the page shows.
import { toBiblatex, toBibtex } from './bibtex.ts';
import { toCslJson } from './csl.ts';
import type { CitationRecord } from './record.ts';
import { toRisLibrary } from './ris.ts';

/** Folder of the files under the site's root. */
export const CITE_FOLDER = 'cite';
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

/** Where the pages of this build leave their files: one map per process, shared by the pages and the integration. */
const REGISTRY = Symbol.for('cajad-briefing:citation-files');

/** The citation files recorded so far in this process: path → text. */
export function recordedCiteFiles(): Map<string, string> {
  const holder = globalThis as { [REGISTRY]?: Map<string, string> };
  return (holder[REGISTRY] ??= new Map());
}

/**
 * Records the files a page offers, for the build to write. Two pages may offer the same file only with the same
 * text: otherwise a reader's download would depend on which page was rendered last.
 */
export function recordCiteFiles(files: readonly CitationFile[], page: string): void {
  const recorded = recordedCiteFiles();
  for (const { path, text } of files) {
    const earlier = recorded.get(path);
    if (earlier !== undefined && earlier !== text)
      throw new Error(
        `${page}: two pages give different citations for ${path}; give the pages different titles or keys`,
      );
    recorded.set(path, text);
  }
}
