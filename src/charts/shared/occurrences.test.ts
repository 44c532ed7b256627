import { describe, expect, it } from 'vitest';
import { nextOccurrence } from './occurrences.ts';

describe('nextOccurrence()', () => {
  it('counts a chart’s appearances page by page', () => {
    const page = new Request('http://x/a/');
    const other = new Request('http://x/b/');
    expect([nextOccurrence(page, 'map'), nextOccurrence(page, 'map'), nextOccurrence(page, 'money')]).toEqual([
      1, 2, 1,
    ]);
    expect(nextOccurrence(other, 'map')).toBe(1);
  });
});
