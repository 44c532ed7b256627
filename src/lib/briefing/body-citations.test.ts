import { describe, expect, it } from 'vitest';
import { extractBodyCitations } from './body-citations.ts';

describe('extractBodyCitations()', () => {
  it('finds each <Cite> in reading order, with several sources split on ";"', () => {
    const found = extractBodyCitations('One.<Cite s="s1 ¶5" /> Two.<Cite s="s35; s36 §2"/>');
    expect(found.map((f) => f.cites?.map((c) => `${c.source.id}|${c.at ?? ''}`))).toEqual([
      ['s1|¶5'],
      ['s35|', 's36|§2'],
    ]);
  });

  it('marks a malformed citation instead of dropping it', () => {
    expect(extractBodyCitations('<Cite s="S1, ¶5" />')).toEqual([{ text: 'S1, ¶5', cites: undefined }]);
    expect(extractBodyCitations('<Cite source="s1" />')).toEqual([{ text: '', cites: undefined }]);
  });

  it('finds nothing in a body without citations', () => {
    expect(extractBodyCitations('Plain text.')).toEqual([]);
  });
});
