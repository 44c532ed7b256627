import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber } from './format-count.ts';

describe('formatCount()', () => {
  it('writes "more than 60 agreements" for a lower bound', () => {
    expect(formatCount({ value: 60, qualifier: 'more-than', unit: 'agreements' })).toBe('more than 60 agreements');
  });
  it('writes "about 20" for an approximate count', () => {
    expect(formatCount({ value: 20, qualifier: 'about', unit: 'agreements' })).toBe('about 20 agreements');
  });
  it('writes an exact count without a qualifier', () => {
    expect(formatCount({ value: 9, qualifier: 'exact', unit: 'agreements' })).toBe('9 agreements');
  });
  it('uses the singular for one', () => {
    expect(formatCount({ value: 1, qualifier: 'exact', unit: 'memorandums' })).toBe('1 memorandum');
    expect(formatCount({ value: 1, qualifier: 'exact', unit: 'deliveries' })).toBe('1 delivery');
  });
  it('groups thousands', () => {
    expect(formatNumber(10000)).toBe('10,000');
  });
});
