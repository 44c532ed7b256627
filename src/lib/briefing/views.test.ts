import { describe, expect, it } from 'vitest';
import { Briefing } from './briefing.ts';
import { buildRaw, FIXTURE, fixtureSite } from './test-fixtures.ts';
import { DESCRIPTION_LENGTH, discrepancyPlan, entryView, firstOf, leadDescription } from './views.ts';

const site = fixtureSite('2026');

/** The fixture's package, with its data changed, as its page would show it. */
function packageView(change: (d: Record<string, unknown>) => void) {
  const input = structuredClone(FIXTURE);
  change(input.documents!['kz-package']!.data as Record<string, unknown>);
  const { raw, problems } = buildRaw(input);
  expect(problems).toEqual([]);
  const b = new Briefing(raw, site);
  return entryView(b, b.get({ collection: 'documents', id: 'kz-package' }));
}

describe('entryView()', () => {
  it('opens with the lead’s sentences, each with its own citations, and describes the page with them', () => {
    const view = packageView((d) => {
      d.lead = [
        { text: 'Kazakhstan signed many deals.', cite: ['s1 ¶5'] },
        { text: 'Jiji counted 158 in all.', cite: ['s5'] },
      ];
    });
    expect(view.lead.map((s) => [s.text, s.cite.map((c) => c.source.id)])).toEqual([
      ['Kazakhstan signed many deals.', ['s1']],
      ['Jiji counted 158 in all.', ['s5']],
    ]);
    expect(view.description).toBe('Kazakhstan signed many deals. Jiji counted 158 in all.');
    expect(view.citations[1]?.source.id).toBe('s5');
  });

  it('describes the page with as many whole lead sentences as a search preview shows', () => {
    const long = `The first sentence names the package and what it covers, ${'at some length, '.repeat(4)}and ends.`;
    const view = packageView((d) => {
      d.lead = [
        { text: long, cite: ['s1 ¶5'] },
        { text: 'A second sentence would be cut off by a search engine.', cite: ['s5'] },
      ];
    });
    expect(long.length).toBeLessThan(DESCRIPTION_LENGTH);
    expect(view.description).toBe(long);
    // A first sentence longer than a preview is kept whole rather than cut mid-claim.
    expect(leadDescription(['x'.repeat(200), 'y.'])).toBe('x'.repeat(200));
  });

  it('without a lead, opens with the summary and the entry’s own sources', () => {
    const view = packageView(() => {});
    expect(view.lead).toEqual([
      { text: 'Agreements.', cite: [{ source: { collection: 'sources', id: 's1' }, at: '¶5' }] },
    ]);
    expect(view.description).toBe('Kazakhstan–Japan package: Agreements.');
  });

  it('joins a disagreement about the title to the other names, once, citing both sources of a shared name', () => {
    const view = packageView((d) => {
      d.titleVariants = [{ text: 'KZ deals', cite: ['s5'] }];
      d.discrepancies = [
        {
          topic: 'Name of the package',
          about: 'title',
          accounts: [
            { says: '"KZ deals" (short form)', cite: ['s1 ¶5'] },
            { says: 'the Astana package', cite: ['s5'] },
          ],
          note: 'Our reading: the same deals.',
        },
      ];
    });
    expect(view.discrepancies).toEqual([
      {
        topic: 'Name of the package',
        accounts: [
          { says: 'Kazakhstan–Japan package', cite: [{ source: { collection: 'sources', id: 's1' }, at: '¶5' }] },
          {
            says: '"KZ deals" (short form)',
            cite: [
              { source: { collection: 'sources', id: 's5' } },
              { source: { collection: 'sources', id: 's1' }, at: '¶5' },
            ],
          },
          { says: 'the Astana package', cite: [{ source: { collection: 'sources', id: 's5' } }] },
        ],
        note: 'Our reading: the same deals.',
      },
    ]);
  });

  it('gives a disagreement about a figure to its fact row, which shows every version, instead of repeating it', () => {
    const about = (field: string) =>
      packageView((d) => {
        d.count = [
          { value: 60, qualifier: 'more-than', unit: 'agreements', cite: ['s1 ¶5'] },
          { value: 14, unit: 'documents', cite: ['s5'] },
        ];
        d.discrepancies = [
          {
            topic: 'Number of deals',
            about: field,
            accounts: [
              { says: 'more than 60', cite: ['s1 ¶5'] },
              { says: '14', cite: ['s5'] },
            ],
            note: 'Our reading: different sets.',
          },
        ];
      });
    const grouped = about('count');
    expect(grouped.discrepancies).toEqual([]);
    expect(grouped.facts.find((f) => f.label === 'Number')).toMatchObject({ note: 'Our reading: different sets.' });
    // A figure with one version has no "Sources differ" row to carry the point, so it stays where it was.
    expect(about('value').discrepancies.map((d) => d.topic)).toEqual(['Number of deals']);
  });
});

describe('firstOf()', () => {
  it('keeps the first items and counts the ones left out', () => {
    expect(firstOf(['a', 'b', 'c', 'd', 'e'], 3)).toEqual({ shown: ['a', 'b', 'c'], more: 2 });
  });

  it('leaves a short list whole, with nothing more', () => {
    expect(firstOf(['a', 'b'], 3)).toEqual({ shown: ['a', 'b'], more: 0 });
  });
});

describe('discrepancyPlan()', () => {
  const of = (collection: 'initiatives' | 'documents', n: number) =>
    Array.from({ length: n }, () => ({ entry: { collection } }));

  it('lists every page on the about page while they fit on one register page', () => {
    expect(discrepancyPlan([...of('initiatives', 30), ...of('documents', 20)])).toEqual({
      total: 50,
      pages: 0,
      byCollection: [
        { collection: 'initiatives', count: 30 },
        { collection: 'documents', count: 20 },
      ],
    });
  });

  it('beyond that, counts them by collection and puts the list on pages of its own, fifty to a page', () => {
    const plan = discrepancyPlan([...of('documents', 300), ...of('initiatives', 205)]);
    expect(plan.pages).toBe(11);
    expect(plan.byCollection).toEqual([
      { collection: 'documents', count: 300 },
      { collection: 'initiatives', count: 205 },
    ]);
  });
});
