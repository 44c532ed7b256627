import { describe, expect, it } from 'vitest';
import { Briefing } from './briefing.ts';
import { REGISTER_PAGE_SIZE } from './pagination.ts';
import { registerPages, registerPageSize, registerView, SOURCES_PAGE_SIZE } from './register.ts';
import { boundedRelated, RELATED_LIMIT } from './related.ts';
import { buildRaw, FIXTURE, fixtureSite, KZ_PACKAGE } from './test-fixtures.ts';
import { entryView } from './views.ts';

/** The fixture with `n` more agreements between Japan and Kazakhstan. */
function withDocuments(n: number): Briefing {
  const input = structuredClone(FIXTURE);
  for (let i = 1; i <= n; i++) {
    input.documents![`agreement-${String(i).padStart(4, '0')}`] = {
      data: { ...KZ_PACKAGE, title: `Agreement ${i}`, kind: 'agreement', count: undefined, value: undefined },
    };
  }
  const { raw, problems } = buildRaw(input);
  expect(problems).toEqual([]);
  return new Briefing(raw, fixtureSite());
}

describe('registerView()', () => {
  it('shows a register that fits on one page whole, on one page', () => {
    const b = withDocuments(3);
    const view = registerView(b, 'documents');
    expect([view.pages, view.first, view.last, view.rows]).toEqual([1, 1, 4, 4]);
    expect(registerPages(b).filter((p) => p.collection === 'documents')).toEqual([
      { collection: 'documents', number: 1 },
    ]);
  });

  it('splits 120 documents into pages of a fixed size, and says where the whole list is', () => {
    const b = withDocuments(119);
    const pages = registerPages(b).filter((p) => p.collection === 'documents');
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    const second = registerView(b, 'documents', 2);
    expect(second.groups.flatMap((g) => g.entries)).toHaveLength(REGISTER_PAGE_SIZE);
    expect([second.first, second.last, second.rows, second.count]).toEqual([51, 100, 120, 120]);
    expect(second.csv).toBe('data/documents.csv');
    expect(second.search).toBe('search/?kind=Document');
    expect(second.groups[0]).toMatchObject({ heading: 'Agreements', continued: true });
  });

  it('pages the sources table as it pages the lists', () => {
    const view = registerView(withDocuments(0), 'sources');
    expect([view.pages, view.sources.map((s) => s.id)]).toEqual([1, ['s1', 's5']]);
    expect(view.groups).toEqual([]);
    expect(view.size).toBe(SOURCES_PAGE_SIZE);
  });

  it('pages the sources table at twice a list’s size: one short row a source, so a briefing’s own sources stay one table', () => {
    expect([registerPageSize('sources'), registerPageSize('documents')]).toEqual([100, REGISTER_PAGE_SIZE]);
  });
});

describe('boundedRelated()', () => {
  it('cuts a country’s long list of documents and links to a search of them and to the register', () => {
    const b = withDocuments(30);
    const kazakhstan = b.get({ collection: 'countries', id: 'kazakhstan' });
    const documents = boundedRelated(b, kazakhstan, entryView(b, kazakhstan).related).find(
      (g) => g.heading === 'Documents',
    )!;
    expect(documents.entries).toHaveLength(RELATED_LIMIT);
    expect(documents).toMatchObject({
      more: 31 - RELATED_LIMIT,
      search: 'search/?kind=Document&country=Kazakhstan',
      register: 'documents/',
      plural: 'documents',
    });
  });

  it('leaves a short list whole, with nothing more to link to', () => {
    const b = withDocuments(2);
    const kazakhstan = b.get({ collection: 'countries', id: 'kazakhstan' });
    const groups = boundedRelated(b, kazakhstan, entryView(b, kazakhstan).related);
    expect(groups.map((g) => [g.heading, g.entries.length, g.more])).toContainEqual(['Documents', 3, 0]);
    expect(groups.every((g) => g.search === undefined)).toBe(true);
  });
});
