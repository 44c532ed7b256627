import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from './search-keys.ts';
import { cleanQuery, hasFilters, readSearchState, sortOption, writeSearchState } from './search-url.ts';

describe('readSearchState()', () => {
  it('reads the words, the filters by their URL names, and the order', () => {
    expect(
      readSearchState(
        '?q=middle+corridor&kind=Document&document-kind=Joint+statement&country=Japan&country=Kazakhstan&sort=newest',
      ),
    ).toEqual({
      query: 'middle corridor',
      filters: { kind: ['Document'], country: ['Japan', 'Kazakhstan'], 'document kind': ['Joint statement'] },
      sort: 'newest',
    });
  });

  it('keeps characters such as +, & and < as the text typed', () => {
    expect(readSearchState('?q=CA%2BJAD+%26+%3Cscript%3E').query).toBe('CA+JAD & <script>');
  });

  it('falls back to relevance for an unknown order, and ignores unknown parameters and repeated values', () => {
    expect(readSearchState('?sort=random&highlight=water&theme=Water&theme=Water')).toEqual({
      query: '',
      filters: { theme: ['Water'] },
      sort: 'relevance',
    });
  });
});

describe('writeSearchState()', () => {
  it('writes what readSearchState() reads back', () => {
    const state = {
      query: 'Tokaev',
      filters: { proposer: ['Kazakhstan'], kind: ['Initiative'] },
      sort: 'oldest' as const,
    };
    expect(writeSearchState(state)).toBe('?q=Tokaev&kind=Initiative&proposer=Kazakhstan&sort=oldest');
    expect(readSearchState(writeSearchState(state))).toEqual({
      ...state,
      filters: { kind: ['Initiative'], proposer: ['Kazakhstan'] },
    });
  });

  it('writes nothing for an empty search, so the address stays /search/', () => {
    expect(writeSearchState({ query: '  ', filters: { kind: [] }, sort: 'relevance' })).toBe('');
  });
});

describe('cleanQuery()', () => {
  it('folds white space and cuts a pasted paragraph to the longest query kept', () => {
    expect(cleanQuery('  critical\n\tminerals ')).toBe('critical minerals ');
    expect(cleanQuery('word '.repeat(100))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('sortOption() and hasFilters()', () => {
  it('sorts by the date key newest or oldest first, and by relevance with no option', () => {
    expect(sortOption('newest')).toEqual({ date: 'desc' });
    expect(sortOption('oldest')).toEqual({ date: 'asc' });
    expect(sortOption('relevance')).toEqual({});
  });
  it('tells whether any filter value is chosen', () => {
    expect(hasFilters({ kind: [] })).toBe(false);
    expect(hasFilters({ kind: [], theme: ['Water'] })).toBe(true);
  });
});
