import { describe, expect, it } from 'vitest';
import { formatAmount, formatMoney, formatNature } from './format-money.ts';

describe('formatAmount()', () => {
  it('writes yen trillions with the yen sign', () => {
    expect(formatAmount(3e12, 'JPY')).toBe('¥3 trillion');
  });
  it('keeps one decimal of billions', () => {
    expect(formatAmount(3.7e9, 'USD')).toBe('$3.7 billion');
    expect(formatAmount(17.9e9, 'EUR')).toBe('€17.9 billion');
  });
  it('writes currencies without a well-known sign by their ISO code', () => {
    expect(formatAmount(5e8, 'KZT')).toBe('KZT 500 million');
    expect(formatAmount(5e8, 'CNY')).toBe('CNY 500 million');
  });
  it('writes small amounts in full', () => {
    expect(formatAmount(950, 'EUR')).toBe('€950');
  });
});

describe('formatMoney()', () => {
  it('puts the qualifier first', () => {
    expect(formatMoney({ amount: 12e9, currency: 'USD', qualifier: 'more-than' })).toBe('more than $12 billion');
    expect(formatMoney({ amount: 3e12, currency: 'JPY', qualifier: 'about' })).toBe('about ¥3 trillion');
  });
});

describe('formatNature()', () => {
  it('says what kind of money a sum is', () => {
    expect(formatNature('business-target')).toBe('a target for business projects');
    expect(formatNature('private')).toBe('private money');
  });
});
