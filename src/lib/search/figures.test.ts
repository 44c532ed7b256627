import { describe, expect, it } from 'vitest';
import { figureWords, queryFigures } from './figures.ts';

const words = (q: string) => queryFigures(q).map((f) => f.word);

describe('queryFigures()', () => {
  it('reads a sum of money the ways readers write it as one search word', () => {
    for (const q of [
      '$3.7 billion',
      '$3.7bn',
      'US$3.7 bn',
      '3,700 million dollars',
      'USD 3.7 billion',
      '$3,700,000,000',
    ]) {
      expect(words(q), q).toEqual(['figusd3700000000']);
    }
    expect(words('¥3 trillion')).toEqual(['figjpy3000000000000']);
    expect(words('3 trillion yen target')).toEqual(['figjpy3000000000000']);
    expect(words('€17.9 billion')).toEqual(['figeur17900000000']);
  });

  it('keeps a figure without a currency, and finds it inside other words', () => {
    expect(queryFigures('uzbekistan 12bn portfolio')).toEqual([{ text: '12bn', index: 11, word: 'fig12000000000' }]);
  });

  it('leaves years and counts alone', () => {
    expect(words('2025 summit')).toEqual([]);
    expect(words('60 agreements')).toEqual([]);
    expect(words('c5+1')).toEqual([]);
  });
});

describe('figureWords()', () => {
  it('indexes an amount with and without its currency', () => {
    expect(figureWords(12_000_000_000, 'USD')).toEqual(['figusd12000000000', 'fig12000000000']);
  });
});
