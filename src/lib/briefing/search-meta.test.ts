import { describe, expect, it } from 'vitest';
import { SiteSchema } from '../../schemas/site.ts';
import { Briefing } from './briefing.ts';
import { searchMetaOf, searchMetaOfPage, searchTags } from './search-meta.ts';
import { buildRaw, FIXTURE, type RawInput } from './test-fixtures.ts';

const site = SiteSchema.parse({
  title: 'T',
  shortTitle: 'T',
  description: 'D',
  summit: 'summit-2025',
  publisher: 'P',
  version: '1',
  updated: '2026',
});

const input: RawInput = structuredClone(FIXTURE);
input.initiatives = {
  corridor: {
    data: {
      title: 'Middle Corridor',
      proposer: { countries: ['kazakhstan', 'japan', 'kazakhstan'], people: ['takaichi'] },
      status: 'proposed',
      date: '2025-12-20',
      themes: ['transport-connectivity'],
      summary: 'A route.',
      cite: ['s1 ¶5'],
      aliases: ['TITR', 'Middle Corridor', 'Trans-Caspian route'],
    },
  },
};
input.people!.takaichi!.data = { ...(input.people!.takaichi!.data as object), aliases: ['Takaichi Sanae'] };
const { raw, problems } = buildRaw(input);
const briefing = new Briefing(raw, site);
const meta = (
  collection: 'countries' | 'documents' | 'initiatives' | 'events' | 'people' | 'sources' | 'themes',
  id: string,
) => searchMetaOf(briefing, briefing.get({ collection, id }));

describe('searchMetaOf()', () => {
  it('uses a valid fixture', () => {
    expect(problems).toEqual([]);
  });

  it('files a document under its kind, its parties, its themes and its document kind, dated as the page writes it', () => {
    expect(meta('documents', 'kz-package')).toEqual({
      kind: 'Document',
      filters: [
        { key: 'kind', values: ['Document'] },
        { key: 'country', values: ['Japan', 'Kazakhstan'] },
        { key: 'theme', values: ['Transport and connectivity'] },
        { key: 'document kind', values: ['Package'] },
      ],
      date: 'December 2025',
      dateSort: '2025-12-00',
      aliases: [],
      // Its $3.7 billion, as the search word every way of writing it is read as.
      figures: ['figusd3700000000', 'fig3700000000'],
    });
  });

  it('files an initiative under the countries that proposed it, once each, and keeps its other names but not its title', () => {
    const m = meta('initiatives', 'corridor');
    expect(m.filters).toContainEqual({ key: 'proposer', values: ['Kazakhstan', 'Japan'] });
    expect(m.filters).toContainEqual({ key: 'country', values: ['Kazakhstan', 'Japan'] });
    expect(m.aliases).toEqual(['TITR', 'Trans-Caspian route']);
    expect(m.dateSort).toBe('2025-12-20');
  });

  it('files an event under its participants and dates it by its first day', () => {
    const m = meta('events', 'summit-2025');
    expect(m.kind).toBe('Event');
    expect(m.filters).toContainEqual({ key: 'country', values: ['Japan', 'Kazakhstan'] });
    expect(m.date).toBe('20 December 2025');
  });

  it('files a country and a theme under themselves, and a person under their country with their other spellings', () => {
    expect(meta('countries', 'kazakhstan').filters).toContainEqual({ key: 'country', values: ['Kazakhstan'] });
    expect(meta('themes', 'transport-connectivity').filters).toContainEqual({
      key: 'theme',
      values: ['Transport and connectivity'],
    });
    const person = meta('people', 'takaichi');
    expect(person.filters).toContainEqual({ key: 'country', values: ['Japan'] });
    expect(person.aliases).toEqual(['Takaichi Sanae']);
  });

  it('gives an undated page no date to sort by, so sorting by date leaves it out rather than misplacing it', () => {
    const source = meta('sources', 's5');
    expect(source.filters).toEqual([{ key: 'kind', values: ['Source'] }]);
    expect(source.dateSort).toBeUndefined();
    expect(searchTags(source).some((t) => t.attribute === 'data-pagefind-sort')).toBe(false);
  });
});

describe('searchTags()', () => {
  it('writes every filter value, the kind, date and aliases as metadata, and the sort key, as "key:value"', () => {
    expect(searchTags(meta('initiatives', 'corridor'))).toEqual([
      { attribute: 'data-pagefind-meta', value: 'kind:Initiative' },
      { attribute: 'data-pagefind-meta', value: 'date:20 December 2025' },
      { attribute: 'data-pagefind-meta', value: 'aliases:TITR · Trans-Caspian route' },
      { attribute: 'data-pagefind-filter', value: 'kind:Initiative' },
      { attribute: 'data-pagefind-filter', value: 'country:Kazakhstan' },
      { attribute: 'data-pagefind-filter', value: 'country:Japan' },
      { attribute: 'data-pagefind-filter', value: 'theme:Transport and connectivity' },
      { attribute: 'data-pagefind-filter', value: 'proposer:Kazakhstan' },
      { attribute: 'data-pagefind-filter', value: 'proposer:Japan' },
      { attribute: 'data-pagefind-sort', value: 'date:2025-12-20' },
    ]);
  });

  it('describes a page that is not an entry by its kind alone', () => {
    expect(searchTags(searchMetaOfPage('Glossary'))).toEqual([
      { attribute: 'data-pagefind-meta', value: 'kind:Glossary' },
      { attribute: 'data-pagefind-filter', value: 'kind:Glossary' },
    ]);
  });
});
