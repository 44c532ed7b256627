// The sectors of cooperation.
import { ThemeSchema } from '../../../schemas/theme.ts';
import type { Entry } from '../model.ts';
import { countriesOf, filter, group } from './helpers.ts';
import { defineCollectionSpec, type RelatedGroup } from './spec.ts';

const q = (s: string) => JSON.stringify(s);

/** The countries of a theme, each with what it proposed and what it is party to there. */
function byCountry(countries: Entry[], initiatives: Entry[], documents: Entry[]): RelatedGroup[] {
  const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((r) => r.id);
  const proposers = (e: Entry) => ids((e.data as { proposer?: { countries: { id: string }[] } }).proposer?.countries);
  const parties = (e: Entry) => ids((e.data as { parties?: { id: string }[] }).parties);
  const details = new Map(
    countries.map((c) => [
      c,
      [
        { label: 'Proposed', entries: initiatives.filter((i) => proposers(i).includes(c.id)) },
        { label: 'Party to', entries: documents.filter((d) => parties(d).includes(c.id)) },
      ].filter((d) => d.entries.length > 0),
    ]),
  );
  return group('Countries', countries).map((g) => ({ ...g, details }));
}

export const themes = defineCollectionSpec({
  name: 'themes',
  schema: ThemeSchema,
  schemaFile: 'theme.ts',
  files: 'mdx',
  labels: { singular: 'Theme', plural: 'Themes' },
  intro: 'The sectors of cooperation, each with the initiatives and documents that fall under it.',
  pages: true,
  nav: 4,
  sortKey: (e) => `${String(e.data.order).padStart(6, '0')} ${e.id}`,
  related: (b, e) => {
    const initiatives = b.backlinks(e, 'initiatives', 'themes');
    const documents = b.backlinks(e, 'documents', 'themes');
    return [
      ...group('Initiatives', initiatives),
      ...group('Documents', documents),
      ...byCountry(countriesOf(b, [...initiatives, ...documents]), initiatives, documents),
    ];
  },
  search: (_b, e) => ({ filters: filter('theme', [e.data.title]) }),
  // The matrix on the index only: narrowed to one theme it was a single row, which the countries list says better.
  charts: { index: [{ kind: 'themes' }] },
  template: (title, ids) => `---
# A sector of cooperation. Field descriptions: src/schemas/theme.ts
title: ${q(title)}
summary: ${q(`TODO: one sentence on what ${title} covers.`)}
---

TODO: what the summit said about this theme. In your own words; cite each sourced sentence with <Cite s="${ids.source}" />.
`,
});
