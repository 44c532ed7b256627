import { describe, expect, it } from 'vitest';
import { makeLexicon, readQuery } from './query.ts';
import { buildSearchTerms } from './terms.ts';

const { terms, figures } = buildSearchTerms([
  {
    id: 'p1',
    content: 'Kassym-Jomart Tokayev proposed a UN water body. Tokyo Declaration.',
    meta: { title: 'Kassym-Jomart Tokayev', kind: 'Person', aliases: 'Tokaev · Kassym-Jomart Tokaev' },
  },
  {
    id: 'c1',
    content: 'Kyrgyzstan and Japan signed a double taxation agreement in Tokyo.',
    meta: { title: 'Kyrgyzstan', kind: 'Country', aliases: 'Kirghizia' },
  },
  {
    id: 'd1',
    content: 'A new portfolio of over $12 billion; critical minerals and the declaration.',
    meta: {
      title: 'Uzbekistan–Japan package of agreements',
      kind: 'Document',
      figures: 'figusd12000000000 fig12000000000',
    },
  },
]);
const lexicon = makeLexicon(terms, figures);
const read = (q: string) => readQuery(lexicon, q);

describe('readQuery()', () => {
  it('reads another spelling of a name as the one the pages use, from the content and from the rules', () => {
    expect(read('Tokaev')).toEqual({
      query: 'tokayev',
      words: 'tokayev',
      changes: [{ from: 'tokaev', to: 'tokayev', why: 'spelling' }],
    });
    expect(read('Toqaev water').query).toBe('tokayev water');
    expect(read('Kirghizia').query).toBe('kyrgyzstan');
  });

  it('reads a word no page uses as the nearest one a page does, and says so', () => {
    expect(read('declaraton')).toMatchObject({
      query: 'declaration',
      changes: [{ from: 'declaraton', to: 'declaration', why: 'typo' }],
    });
    expect(read('criticl minerals').query).toBe('critical minerals');
  });

  it('leaves known words, words being typed, short words and quoted queries as typed', () => {
    expect(read('Tokyo Declaration')).toEqual({ query: 'Tokyo Declaration', words: 'Tokyo Declaration', changes: [] });
    expect(readQuery(lexicon, 'decl', true).changes).toEqual([]);
    expect(read('UN').changes).toEqual([]);
    expect(read('"Tokaev"').changes).toEqual([]);
  });

  it('reads a sum of money the index holds as its figure word, and keeps the words for the sources', () => {
    expect(read('$12 billion')).toMatchObject({ query: 'figusd12000000000', words: '$12 billion' });
    expect(read('12bn portfolio').query).toBe('fig12000000000 portfolio');
    // A figure no entry holds is searched as typed.
    expect(read('$13 billion').changes).toEqual([]);
  });
});
