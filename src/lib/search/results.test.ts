import { describe, expect, it } from 'vitest';
import { shownSections, summaryText } from './results.ts';

describe('summaryText()', () => {
  it('counts results for the words typed, one in the singular', () => {
    expect(summaryText(12, 'water')).toBe('12 results for water');
    expect(summaryText(1, ' Mizuho ')).toBe('1 result for Mizuho');
    expect(summaryText(0, 'xylophone')).toBe('No results for xylophone');
  });

  it('counts filtered pages when no words are typed', () => {
    expect(summaryText(7, '')).toBe('7 results');
    expect(summaryText(0, ' ')).toBe('No results');
  });
});

describe('shownSections()', () => {
  const s = (url: string, matches: number) => ({ url, locations: Array.from({ length: matches }, (_, i) => i) });

  it('leaves out the page itself and keeps the sections with most matches, in page order', () => {
    const sections = [s('/a/', 9), s('/a/#one', 1), s('/a/#two', 4), s('/a/#three', 2), s('/a/#four', 3)];
    expect(shownSections('/a/', sections, 3).map((x) => x.url)).toEqual(['/a/#two', '/a/#three', '/a/#four']);
    expect(shownSections('/a/', sections, 1).map((x) => x.url)).toEqual(['/a/#two']);
  });

  it('lists nothing without sections or room for them', () => {
    expect(shownSections('/a/', undefined, 3)).toEqual([]);
    expect(shownSections('/a/', [s('/a/', 2)], 3)).toEqual([]);
    expect(shownSections('/a/', [s('/a/#x', 2)], 0)).toEqual([]);
  });
});
