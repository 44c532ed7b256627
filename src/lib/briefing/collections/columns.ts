// Columns several collections' data tables share: ids of references, the page's path, the row's citations.
import type { Citation } from '../../../schemas/citation.ts';
import type { CollectionName, Ref } from '../../../schemas/index.ts';
import type { Briefing } from '../briefing.ts';
import type { Entry } from '../model.ts';
import type { TableColumn } from './spec.ts';

export const LIST = 'several values are separated by "; "';

/** "s1 ¶5; s35": how citations are written in the data, as in the content files. */
export function formatCitations(cites: readonly Citation[]): string {
  return [...new Set(cites.map((c) => (c.at ? `${c.source.id} ${c.at}` : c.source.id)))].join('; ');
}

/** The addresses of the sources cited, without repeats; a source without one is named as such. */
export function citationUrls(b: Briefing, cites: readonly Citation[]): string {
  const urls = cites.map(
    (c) => b.find('sources', c.source.id)?.data.url ?? `${c.source.id} (no address: see sources.csv)`,
  );
  return [...new Set(urls)].join('; ');
}

/** References as ids: "kazakhstan; japan". */
export const ids = (list: readonly Ref[] | undefined) => (list ?? []).map((r) => r.id).join('; ');

/**
 * A column of the entries a row refers to, as ids ("kazakhstan; japan"), which `npm run import` reads back into the
 * list field it came from: `refsColumn('themes', 'theme', (e) => e.data.themes, { required: true })`.
 */
export function refsColumn<C extends CollectionName>(
  name: string,
  what: string,
  refsOf: (entry: Entry<C>) => readonly Ref[] | undefined,
  options: { field?: string; required?: boolean } = {},
): TableColumn<C> {
  return {
    name,
    description: `${what} ids; ${LIST}`,
    cell: (e) => ids(refsOf(e)),
    import: { field: options.field ?? name, kind: 'list', ...(options.required ? { required: true } : {}) },
  };
}

export const CITATIONS_DESCRIPTION = `sources of the row as "source-id locator" (e.g. "s1 ¶5"); ${LIST}`;
export const CITATION_URLS_DESCRIPTION = `addresses of those sources; ${LIST}`;

/** The citations of an entry's own row (its `cite`), which `npm run import` reads back. */
export function entryCiteColumns<C extends CollectionName>(): TableColumn<C>[] {
  const cite = (e: Entry<C>) => (e.data as { cite: Citation[] }).cite;
  return [
    {
      name: 'citations',
      description: CITATIONS_DESCRIPTION,
      cell: (e) => formatCitations(cite(e)),
      import: { field: 'cite', kind: 'cites', required: true },
    },
    { name: 'citation_urls', description: CITATION_URLS_DESCRIPTION, cell: (e, b) => citationUrls(b, cite(e)) },
  ];
}

/** The path of the entry's page, relative to the site's root (as entryPath() writes it). */
export function urlColumn<C extends CollectionName>(): TableColumn<C> {
  return {
    name: 'url',
    description: 'path of the entry’s page on the site, relative to its root',
    cell: (e) => `${e.collection}/${e.id}/`,
  };
}

/** The `summary` column, which every entry table has. */
export function summaryColumn<C extends CollectionName>(importable = false): TableColumn<C> {
  return {
    name: 'summary',
    description: 'one sentence, our words',
    cell: (e) => (e.data as { summary: string }).summary,
    ...(importable ? { import: { field: 'summary', kind: 'text' as const, required: true } } : {}),
  };
}
