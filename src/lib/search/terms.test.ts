import { describe, expect, it } from 'vitest';
import { buildSearchTerms, nameKeys, nameShards, STOP_WORDS, weightsById } from './terms.ts';

const { terms, pages } = buildSearchTerms([
  {
    id: 'p1',
    content: 'Kassym-Jomart Tokayev met the prime minister.',
    meta: { title: 'Kassym-Jomart Tokayev', kind: 'Person', aliases: 'Tokaev' },
  },
  {
    id: 'e1',
    content: 'Talks in Tokyo.',
    meta: { title: 'Talks between Takaichi and Tokayev', kind: 'Event' },
  },
  { id: 's1', content: 'A report on the talks.', meta: { title: 'Report of the talks', kind: 'Source' } },
  { id: 't1', content: 'Rare metals.', meta: { title: 'Critical minerals', kind: 'Theme', aliases: 'gallium' } },
]);

describe('nameKeys()', () => {
  it('looks under the words that name something, by their first two letters', () => {
    expect(nameKeys(['talks', 'between', 'takaichi', 'and', 'tokayev'])).toEqual(['ta', 'to']);
    expect(nameKeys(['c5', '1'])).toEqual(['1', 'c5']);
  });

  it('looks under every word of a query of stop words only, and other scripts under "_"', () => {
    expect(nameKeys(['and', 'the'])).toEqual(['an', 'th']);
    expect(nameKeys(['東京宣言'])).toEqual(['_']);
  });
});

describe('nameShards()', () => {
  const shards = nameShards(pages);

  it('files each page under every shard a query of its names’ words looks in', () => {
    for (const [id, [, names, keywords]] of Object.entries(pages)) {
      for (const name of [...names, ...keywords]) {
        const words = name.split(' ');
        // The whole name, and each word of it alone but stop words ("of" names nothing; it finds no name).
        for (const query of [words, ...words.filter((w) => !STOP_WORDS.has(w)).map((w) => [w])]) {
          for (const key of nameKeys(query)) {
            expect(shards.get(key)?.[id], `${id} under ${key} for "${query.join(' ')}"`).toBeDefined();
          }
        }
      }
    }
  });

  it('keeps pages out of the shards of stop words, and lists the shards and weights in the terms', () => {
    expect(Object.keys(shards.get('to')!).sort()).toEqual(['e1', 'p1']);
    expect(shards.get('an')).toBeUndefined();
    expect(shards.get('ga')).toEqual({ t1: pages.t1 });
    expect(terms.shards).toEqual([...shards.keys()]);
    expect(terms.weights).toEqual({ '0.35': 's1' });
    expect(weightsById(terms.weights)).toEqual(new Map([['s1', 0.35]]));
  });
});
