import { describe, expect, it } from 'vitest';
import { dateSortKey, formatDate, formatDateRange } from './format-date.ts';

describe('formatDate()', () => {
  it('writes a day, a month or a year as precise as given', () => {
    expect(formatDate('2025-12-20')).toBe('20 December 2025');
    expect(formatDate('2019-05')).toBe('May 2019');
    expect(formatDate('2026')).toBe('2026');
  });
  it('rejects what is not a date', () => {
    expect(() => formatDate('soon')).toThrowErrorMatchingInlineSnapshot(`[Error: not a date: "soon"]`);
  });
});

describe('formatDateRange()', () => {
  it('says "Not yet announced" for an event that no source dates', () => {
    expect(formatDateRange(undefined)).toBe('Not yet announced');
  });
  it('shares the month of a range within one month', () => {
    expect(formatDateRange('2025-12-19', '2025-12-20')).toBe('19–20 December 2025');
  });
  it('writes both months of a range across months', () => {
    expect(formatDateRange('2025-11-30', '2025-12-02')).toBe('30 November – 2 December 2025');
  });
  it('writes both years of a range across years', () => {
    expect(formatDateRange('2025-12', '2026-01')).toBe('December 2025 – January 2026');
  });
  it('writes a single date when the end is missing or the same', () => {
    expect(formatDateRange('2025-12-20')).toBe('20 December 2025');
    expect(formatDateRange('2025-12-20', '2025-12-20')).toBe('20 December 2025');
  });
});

describe('dateSortKey()', () => {
  it('sorts a month before its days, and years in order', () => {
    const dates = ['2025-12-20', '2025-12', '2004-08-28', '2025'];
    expect([...dates].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))).toEqual([
      '2004-08-28',
      '2025',
      '2025-12',
      '2025-12-20',
    ]);
  });
});
