import { describe, expect, it } from 'vitest';
import { titleOf } from './briefing.ts';
import { bookGroups, bookTarget, bookView, BOOK_COLLECTIONS } from './book-view.ts';
import { chartBriefing } from './chart-fixtures.ts';
import type { Entry } from './model.ts';

const b = chartBriefing((input) => {
  input.glossary = {
    'ca-jad': {
      data: { term: 'CA+JAD', expansion: 'Central Asia + Japan Dialogue', definition: 'The format.', cite: ['s1 ¶1'] },
    },
  };
});
const book = bookView(b);
const entryItems = book.items.flatMap((i) => (i.kind === 'entry' ? [i] : []));

describe('bookView()', () => {
  it('opens with the summit at a glance and the summit’s own account, then the parts in reading order', () => {
    expect(book.items.slice(0, 3).map((i) => i.anchor)).toEqual(['part-summit', 'overview', 'events-summit']);
    expect(book.items.filter((i) => i.kind === 'part').map((i) => i.anchor)).toEqual([
      'part-summit',
      'part-countries',
      'part-initiatives',
      'part-documents',
      'part-themes',
      'part-events',
      'part-glossary',
      'part-sources',
    ]);
  });

  it('holds every entry once, and the glossary’s terms in one section', () => {
    const held = entryItems.map((i) => `${i.view.entry.collection}/${i.view.entry.id}`);
    const all = BOOK_COLLECTIONS.filter((c) => c !== 'glossary').flatMap((c) =>
      (b.all(c) as Entry[]).map((e) => `${c}/${e.id}`),
    );
    expect([...held].sort()).toEqual([...all].sort());
    expect(new Set(held).size).toBe(held.length);
    expect(book.items.find((i) => i.kind === 'glossary')).toMatchObject({ terms: [{ id: 'ca-jad' }] });
  });

  it('groups entries as their index pages do, and puts an initiative with two proposers under the first', () => {
    expect(bookGroups(b, 'initiatives').map((g) => [g.heading, g.entries.map((e) => e.id)])).toEqual([
      ['Proposed by Japan', ['tokyo-initiative', 'expert-forum']],
      ['Proposed by Kazakhstan', ['corridor', 'water-body']],
    ]);
    const groups = book.items.filter((i) => i.kind === 'group' && i.anchor.startsWith('group-initiatives-'));
    expect(groups.map((g) => g.anchor)).toEqual([
      'group-initiatives-proposed-by-japan',
      'group-initiatives-proposed-by-kazakhstan',
    ]);
    expect(entryItems.find((i) => i.view.entry.id === 'corridor')?.level).toBe(4);
  });

  it('shows each chart once, in the first place that asks for it', () => {
    const ids = book.items.flatMap((i) => ('charts' in i ? i.charts.map((c) => c.id) : []));
    expect(new Set(ids).size).toBe(ids.length);
    const overview = book.items.find((i) => i.kind === 'overview')!;
    expect('charts' in overview && overview.charts.map((c) => c.id)).toEqual([
      'documents',
      'money',
      'map',
      'initiatives',
    ]);
    // The documents part would show the counts and the money again: they are in the overview already.
    expect(book.items.find((i) => i.anchor === 'part-documents')).toMatchObject({ charts: [] });
    expect(entryItems.find((i) => i.view.entry.id === 'kazakhstan')?.charts.map((c) => c.id)).toContain(
      'money-kazakhstan',
    );
  });

  it('numbers each item’s notes from its own citations', () => {
    const kz = entryItems.find((i) => i.view.entry.id === 'kazakhstan')!;
    expect(kz.citations).toEqual(kz.view.citations);
    const overview = book.items.find((i) => i.kind === 'overview')!;
    expect(overview.citations.map((c) => `${c.source.id} ${c.at ?? ''}`.trim())).toContain('s2');
  });

  it('lists the parts in the contents, with a line for each country, initiative and document but not each source', () => {
    expect(book.contents.map((p) => p.title)).toEqual([
      'The summit',
      'Countries',
      'Initiatives',
      'Documents',
      'Themes',
      'Events',
      'Glossary',
      'Sources',
    ]);
    const part = (title: string) => book.contents.find((p) => p.title === title)!;
    expect(part('The summit').entries.map((e) => e.title)).toEqual(['At a glance', 'First summit']);
    expect(part('Countries').entries.map((e) => e.anchor)).toContain('countries-kazakhstan');
    expect(part('Documents').entries.map((e) => e.title)).toContain(
      titleOf(b.get({ collection: 'documents', id: 'declaration' })),
    );
    expect(part('Sources').entries).toEqual([]);
    // Every line leads to an item of the book.
    const anchors = new Set(book.items.map((i) => i.anchor));
    for (const line of book.contents.flatMap((p) => [p, ...p.entries]))
      expect(anchors, line.anchor).toContain(line.anchor);
  });
});

describe('bookTarget()', () => {
  it('leads links to the pages the book holds to their sections', () => {
    expect(bookTarget(b, 'countries/kazakhstan/')).toBe('#countries-kazakhstan');
    expect(bookTarget(b, 'events/summit/')).toBe('#events-summit');
    expect(bookTarget(b, 'sources/s2/')).toBe('#sources-s2');
    expect(bookTarget(b, 'glossary/#ca-jad')).toBe('#glossary--ca-jad');
    expect(bookTarget(b, 'countries/')).toBe('#part-countries');
    expect(bookTarget(b, 'timeline/')).toBe('#part-events');
    expect(bookTarget(b, '')).toBe('#cover');
  });

  it('leaves links to pages it does not hold', () => {
    expect(bookTarget(b, 'data/')).toBeUndefined();
    expect(bookTarget(b, 'charts/money.csv')).toBeUndefined();
    expect(bookTarget(b, 'countries/atlantis/')).toBeUndefined();
    expect(bookTarget(b, 'glossary/#no-such-term')).toBeUndefined();
    expect(bookTarget(b, 'search/')).toBeUndefined();
  });
});
