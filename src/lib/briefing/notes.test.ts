import { describe, expect, it } from 'vitest';
import { parseCitation } from '../../schemas/citation.ts';
import { Notes } from './notes.ts';

const c = (text: string) => parseCitation(text)!;

describe('Notes', () => {
  it('numbers citations in the order the page shows them, sharing a number for the same source and locator', () => {
    const notes = new Notes([c('s1 ¶5'), c('s35'), c('s1 ¶5'), c('s1 ¶9')]);
    expect(notes.list.map((n) => [n.n, n.sourceId, n.at])).toEqual([
      [1, 's1', '¶5'],
      [2, 's35', undefined],
      [3, 's1', '¶9'],
    ]);
    expect(notes.number(c('s1 ¶9'))).toBe(3);
  });

  it('groups notes by source in order of first citation', () => {
    const notes = new Notes([c('s1 ¶5'), c('s35'), c('s1 ¶9')]);
    expect(notes.sources().map((s) => [s.sourceId, s.notes.map((n) => n.n)])).toEqual([
      ['s1', [1, 3]],
      ['s35', [2]],
    ]);
  });

  it('refuses a citation the page never registered, so no mark points at a missing note', () => {
    expect(() => new Notes([c('s1 ¶5')]).number(c('s2'))).toThrowErrorMatchingInlineSnapshot(
      `[Error: citation s2 was not registered for this page]`,
    );
  });
});
