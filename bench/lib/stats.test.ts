import { describe, expect, it } from 'vitest';
import { growthExponent, marginalCosts, median, ratio } from './stats.ts';

describe('median()', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow('median of an empty list');
  });
});

describe('ratio()', () => {
  it('divides ours by the reference, and says nothing about a reference of zero', () => {
    expect(ratio(50, 200)).toBe(0.25);
    expect(ratio(5, 0)).toBeUndefined();
  });
});

describe('growthExponent()', () => {
  it('is 1 for a cost that grows linearly and 2 for a quadratic one', () => {
    expect(
      growthExponent([
        { size: 100, cost: 3 },
        { size: 1000, cost: 30 },
        { size: 10000, cost: 300 },
      ]),
    ).toBeCloseTo(1, 6);
    expect(
      growthExponent([
        { size: 10, cost: 1 },
        { size: 100, cost: 100 },
      ]),
    ).toBeCloseTo(2, 6);
  });

  it('is below 1 while a fixed start-up cost dominates', () => {
    expect(
      growthExponent([
        { size: 100, cost: 10_000 + 100 },
        { size: 1000, cost: 10_000 + 1000 },
      ])!,
    ).toBeLessThan(0.1);
  });

  it('needs two distinct sizes', () => {
    expect(growthExponent([{ size: 100, cost: 5 }])).toBeUndefined();
  });
});

describe('marginalCosts()', () => {
  it('gives the cost of each added unit between consecutive sizes', () => {
    expect(
      marginalCosts([
        { size: 1000, cost: 20_000 },
        { size: 100, cost: 11_000 },
      ]),
    ).toEqual([{ from: 100, to: 1000, perUnit: 10 }]);
  });
});
