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
    expect(extractBodyCitations('<Cite s="S1, ¶5" />')).toEqual([
      expect.objectContaining({ text: 'S1, ¶5', cites: undefined }),
    ]);
    expect(extractBodyCitations('<Cite source="s1" />')).toEqual([
      expect.objectContaining({ text: '', cites: undefined }),
    ]);
  });

  it('ignores a <Cite> shown in a code fence or inline code, and says where each real one starts', () => {
    const found = extractBodyCitations(
      'Say `<Cite s="x y" />` so:\n\n```mdx\n<Cite s="nope" />\n```\n\nReal.<Cite s="s1 ¶2" />',
    );
    expect(found).toEqual([expect.objectContaining({ text: 's1 ¶2', place: { line: 7, column: 6 } })]);
  });

  it('finds nothing in a body without citations', () => {
    expect(extractBodyCitations('Plain text.')).toEqual([]);
  });
});
