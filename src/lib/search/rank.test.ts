import { describe, expect, it } from 'vitest';
import { MIN_SHOWN, rankResults } from './rank.ts';
import type { PageNames } from './terms.ts';

const pages: PageNames = {
  person: [1, ['kassym jomart tokayev', 'tokaev'], []],
  talks: [1, ['talks between takaichi and tokayev'], []],
  source: [0.35, ['a report'], []],
  theme: [1, ['critical minerals'], ['gallium']],
  deal: [1, ['purchase of kazakh gallium'], []],
  country: [1, ['kyrgyzstan'], [], ['bishkek']],
  summit: [1, ['bishkek 25 global mountain summit'], []],
  mention: [1, ['japarov'], []],
};
const ids = (r: { shown: { id: string }[] }) => r.shown.map((x) => x.id);

describe('rankResults()', () => {
  it('puts the page whose name the query covers most first, and weighs a source down', () => {
    const results = [
      { id: 'source', score: 11.3 },
      { id: 'talks', score: 11.0 },
      { id: 'person', score: 10.9 },
    ];
    expect(ids(rankResults(results, 'Tokayev', pages))).toEqual(['person', 'talks', 'source']);
  });

  it('puts an exact title, then another name or keyword, before pages that only contain the words', () => {
    const results = [
      { id: 'deal', score: 37 },
      { id: 'theme', score: 20 },
    ];
    expect(ids(rankResults(results, 'gallium', pages))).toEqual(['theme', 'deal']);
  });

  it('puts a country after a page named for its capital and before pages that only mention the city', () => {
    const results = [
      { id: 'mention', score: 30 },
      { id: 'country', score: 5 },
      { id: 'summit', score: 20 },
    ];
    expect(ids(rankResults(results, 'Bishkek', pages))).toEqual(['summit', 'country', 'mention']);
  });

  it('puts pages holding a figure the query names next, and keeps weak results behind "more"', () => {
    const weak = Array.from({ length: 8 }, (_, i) => ({ id: `w${i}`, score: 1 }));
    const ranked = rankResults(
      [{ id: 'x', score: 30 }, ...weak, { id: 'fig', score: 0.5 }],
      'twelve',
      pages,
      new Set(['fig']),
    );
    expect(ranked.shown.map((r) => r.id).slice(0, 2)).toEqual(['fig', 'x']);
    expect(ranked.shown).toHaveLength(MIN_SHOWN);
    expect(ranked.more).toHaveLength(10 - MIN_SHOWN);
  });
});
