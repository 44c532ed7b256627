// The sectors of cooperation.
import { countriesOf, defineCollectionSpec, filter, group } from './spec.ts';

const q = (s: string) => JSON.stringify(s);

export const themes = defineCollectionSpec({
  name: 'themes',
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
      ...group('Countries', countriesOf(b, [...initiatives, ...documents])),
    ];
  },
  search: (_b, e) => ({ filters: filter('theme', [e.data.title]) }),
  charts: { entry: [{ kind: 'themes', narrow: 'theme' }], index: [{ kind: 'themes' }] },
  template: (title, ids) => `---
# A sector of cooperation. Field descriptions: src/schemas/theme.ts
title: ${q(title)}
summary: ${q(`TODO: one sentence on what ${title} covers.`)}
---

TODO: what the summit said about this theme. In your own words; cite each sourced sentence with <Cite s="${ids.source}" />.
`,
});
