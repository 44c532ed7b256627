// The briefing's sources as a library to import (sources.bib, sources.ris, sources.csl.json), and a single
// figure cited with its own source and locator. Pure: the model in, records out.
import type { Figure } from '../briefing/briefing.ts';
import { titleOf, type Briefing } from '../briefing/briefing.ts';
import type { Entry } from '../briefing/model.ts';
import { formatCount } from '../format/format-count.ts';
import { formatMoney } from '../format/format-money.ts';
import { keyPrefix } from '../format/cite-page.ts';
import { toBibtex } from './bibtex.ts';
import { toCslJson } from './csl.ts';
import type { CitationRecord, WorkType } from './record.ts';
import { toRisLibrary } from './ris.ts';

const TYPES: Record<Entry<'sources'>['data']['kind'], WorkType> = {
  official: 'webpage',
  press: 'article-newspaper',
  analysis: 'webpage',
  reference: 'entry-encyclopedia',
};

/** A source's key: "cajad-source-s5" — the briefing's first word, so it cannot clash with a page's key. */
export function sourceKey(shortTitle: string, id: string): string {
  return `${keyPrefix(shortTitle).split('-')[0]}-source-${id}`;
}

/** A source as reference managers need it: its publisher as the organisation behind it, its date and address. */
export function sourceRecord(b: Briefing, source: Entry<'sources'>): CitationRecord {
  const d = source.data;
  const notes = [d.reliability ? `Weak source in the briefing's notes: ${d.reliability}` : undefined, d.note].filter(
    Boolean,
  );
  return {
    key: sourceKey(b.site.shortTitle, source.id),
    type: TYPES[d.kind],
    title: d.title,
    // The sources name no person as author; their publisher is the organisation responsible for them.
    author: d.publisher,
    publisher: d.publisher,
    container: d.publisher,
    issued: d.published,
    url: d.url,
    language: d.language,
    note: notes.length ? `${d.label}. ${notes.join(' ')}` : d.label,
  };
}

/** Every source the briefing cites, in the order of the sources index. */
export function citedSources(b: Briefing): Entry<'sources'>[] {
  return b.all('sources').filter((s) => b.citing(s.id).length > 0);
}

export function sourceLibrary(b: Briefing): CitationRecord[] {
  return citedSources(b).map((s) => sourceRecord(b, s));
}

/** The three library files, by name under data/. */
export function sourceLibraryFiles(b: Briefing): Record<string, string> {
  const records = sourceLibrary(b);
  return {
    'sources.bib': `${records.map(toBibtex).join('\n\n')}\n`,
    'sources.ris': toRisLibrary(records),
    'sources.csl.json': toCslJson(records),
  };
}

/** The id of a figure's permalink page: "documents-kz-jp-agreements-count". */
export function figureId(figure: Pick<Figure, 'entry' | 'field'>): string {
  return `${figure.entry.collection}-${figure.entry.id}-${figure.field.replace(/\./g, '-')}`;
}

/** Path of a figure's page under the site's root: "figures/documents-kz-jp-agreements-count/". */
export function figurePath(figure: Pick<Figure, 'entry' | 'field'>): string {
  return `figures/${figureId(figure)}/`;
}

/** What the figure says, value by value: "more than 60 agreements". */
export function figureValues(figure: Figure): { text: string; cite: Figure['variants'][number]['cite'] }[] {
  return figure.kind === 'count'
    ? figure.variants.map((v) => ({ text: formatCount(v), cite: v.cite }))
    : figure.variants.map((v) => ({ text: formatMoney(v), cite: v.cite }));
}

/**
 * A figure cited on its own: for each value and each source it names, that source at its locator, with the figure
 * in the note — what a reader quotes is the source, and the briefing is where they found it.
 */
export function figureRecords(b: Briefing, figure: Figure, figureUrl: string | undefined): CitationRecord[] {
  return figureValues(figure).flatMap((v, i) =>
    v.cite.map((c, j) => {
      const source = sourceRecord(b, b.get(c.source));
      return {
        ...source,
        key: `${sourceKey(b.site.shortTitle, c.source.id)}-${figure.entry.id}-${figure.field.replace(/\./g, '-')}${figure.variants.length > 1 || v.cite.length > 1 ? `-${i + 1}${String.fromCharCode(97 + j)}` : ''}`,
        locator: c.at,
        note: `Figure: ${v.text} (${titleOf(figure.entry)}, ${b.site.title}, edition ${b.site.version}${figureUrl ? `, ${figureUrl}` : ''}). ${source.note ?? ''}`.trim(),
      };
    }),
  );
}
