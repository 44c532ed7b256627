// The sources the briefing cites.
import { SourceSchema, TITLE_ORIGINS } from '../../../schemas/source.ts';
import { formatDateRange } from '../../format/format-date.ts';
import { slugify } from '../../slug.ts';
import type { Briefing } from '../briefing.ts';
import { groupBy, humanise, textFact } from './helpers.ts';
import { defineCollectionSpec } from './spec.ts';

const q = (s: string) => JSON.stringify(s);

/** How pages say where a title comes from when it is not the page's own: a short mark, and a sentence. */
export const TITLE_ORIGIN_WORDS: Record<(typeof TITLE_ORIGINS)[number], { mark: string; fact: string }> = {
  address: {
    mark: 'title from the address',
    fact: 'Rebuilt from the words of the page address; the headline itself was not recorded',
  },
  'address-translated': {
    mark: 'title translated from the address',
    fact: 'Translated from the words of the page address; the headline itself was not recorded',
  },
  description: {
    mark: 'title describes the page',
    fact: 'Our description of what is cited; the page’s own title was not recorded',
  },
};

/** Heading of a source page's list of the entries that cite it (its anchor is linked from the sources table). */
export const CITED_BY_HEADING = 'What this briefing takes from it';

export const sources = defineCollectionSpec({
  name: 'sources',
  schema: SourceSchema,
  schemaFile: 'source.ts',
  files: 'yaml',
  labels: { singular: 'Source', plural: 'Sources' },
  intro: 'Every source this briefing cites, what kind of source it is, and what the briefing takes from it.',
  pages: true,
  nav: 7,
  // By label number: S2 before S10, S5a after S5.
  sortKey: (e) => {
    const m = /^S(\d+)([a-z]?)$/.exec(e.data.label);
    return `${m ? m[1]!.padStart(4, '0') + m[2] : e.data.label} ${e.id}`;
  },
  describe: (e) => {
    const d = e.data;
    const by = [d.publisher, d.published ? formatDateRange(d.published) : undefined].filter(Boolean).join(', ');
    return `Source ${d.label}: “${d.title}”${by ? ` (${by})` : ''}, and what this briefing takes from it.`;
  },
  facts: (_b, e) => {
    const d = e.data;
    return [
      ...textFact('Label', d.label),
      ...textFact('About the title', d.titleFrom && TITLE_ORIGIN_WORDS[d.titleFrom].fact),
      ...textFact('Publisher', d.publisher ?? 'Not known: the source names none'),
      ...textFact('Published', d.published ? formatDateRange(d.published) : 'No date shown'),
      ...textFact('Kind', humanise(d.kind)),
      ...textFact('Language', d.language),
      ...(d.url
        ? [{ label: 'Address', kind: 'link' as const, href: d.url, text: d.url }]
        : textFact('Address', 'None known: the briefing holds it as text only')),
      ...textFact('Reliability', d.reliability),
      ...textFact('Note', d.note),
    ];
  },
  related: (b, e) => {
    const uses = b.citing(e.id);
    return uses.length
      ? [
          {
            heading: CITED_BY_HEADING,
            entries: uses.map((u) => u.entry),
            locators: new Map(uses.map((u) => [u.entry, u.at])),
          },
        ]
      : [];
  },
  indexGroups: (_b, all) =>
    groupBy(all, (e) => [humanise((e as (typeof all)[number]).data.kind)], [
      'Official',
      'Press',
      'Analysis',
      'Reference',
    ]),
  table: {
    order: 10,
    title: 'Sources',
    description: 'Every source the briefing cites, and how often.',
    columns: [
      { name: 'id', description: 'source id, as used in citations', cell: (e) => e.id },
      { name: 'label', description: 'the source’s label in citations, e.g. S42', cell: (e) => e.data.label },
      { name: 'title', description: 'title of the page or article', cell: (e) => e.data.title },
      {
        name: 'title_from',
        description: `set where the title is not the page’s own: ${TITLE_ORIGINS.join(', ')} (see the source’s page)`,
        cell: (e) => e.data.titleFrom ?? null,
      },
      { name: 'publisher', description: 'who published it', cell: (e) => e.data.publisher ?? null },
      { name: 'url', description: 'address of the source', cell: (e) => e.data.url ?? null },
      {
        name: 'published',
        description: 'publication date, ISO 8601, when shown',
        cell: (e) => e.data.published ?? null,
      },
      { name: 'kind', description: 'official, press, analysis or reference', cell: (e) => e.data.kind },
      { name: 'language', description: 'BCP 47 language tag', cell: (e) => e.data.language },
      {
        name: 'reliability',
        description: 'why to weigh it lightly; set only for a weak source',
        cell: (e) => e.data.reliability ?? null,
      },
      { name: 'cited_by', description: 'number of entries that cite it', cell: (e, b) => b.citing(e.id).length },
      { name: 'page', description: 'path of the source’s page on the site', cell: (e) => `sources/${e.id}/` },
    ],
  },
  template: (title) => `# A source the briefing cites. Field descriptions: src/schemas/source.ts
label: S999 # TODO: its label in citations, e.g. S77
title: ${q(title)}
publisher: "TODO: who published it"
url: https://example.org/TODO # TODO: its address
kind: press # official | press | analysis | reference
`,
});

/** One row of the sources table on the sources index: what a reader looks a label up for. */
export interface SourceRow {
  id: string;
  label: string;
  title: string;
  /** Where the title comes from, when it is not the page's own ("title from the address"). */
  titleMark: string | undefined;
  publisher: string | undefined;
  published: string | undefined;
  kind: string;
  /** Why it is weak; absent for a source that is not. */
  weak: string | undefined;
  /** How many entries cite it, and the anchor of their list on its page. */
  citedBy: number;
  citedByAnchor: string;
}

/** The sources table, in label order (S1, S1, S2 … S76). */
export function sourceRows(b: Briefing): SourceRow[] {
  return b.all('sources').map((e) => {
    const d = e.data;
    return {
      id: e.id,
      label: d.label,
      title: d.title,
      titleMark: d.titleFrom && TITLE_ORIGIN_WORDS[d.titleFrom].mark,
      publisher: d.publisher,
      published: d.published ? formatDateRange(d.published) : undefined,
      kind: humanise(d.kind),
      weak: d.reliability,
      citedBy: b.citing(e.id).length,
      citedByAnchor: `related-${slugify(CITED_BY_HEADING)}`,
    };
  });
}
