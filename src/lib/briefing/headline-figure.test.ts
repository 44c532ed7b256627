import { describe, expect, it } from 'vitest';
import type { Figure } from './briefing.ts';
import { headlineFigure } from './headline-figure.ts';

const cite = (...ids: string[]) => ids.map((id) => ({ source: { collection: 'sources' as const, id } }));
const entry = { collection: 'initiatives', id: 'x', data: {} } as unknown as Figure['entry'];
const yen = (extra: object) => ({
  amount: 3e12,
  currency: 'JPY',
  qualifier: 'about' as const,
  nature: 'unspecified' as const,
  equivalents: [],
  ...extra,
});

describe('headlineFigure()', () => {
  it('leads with the value most sources give and counts them, leaving a one-source conversion to the disclosure', () => {
    const figure = {
      kind: 'money',
      entry,
      field: 'money',
      variants: [
        yen({
          cite: cite('s1'),
          equivalents: [{ amount: 17.9e9, currency: 'EUR', qualifier: 'about', cite: cite('s1') }],
        }),
        yen({
          nature: 'business-target',
          cite: cite('s2', 's11'),
          equivalents: [{ amount: 19e9, currency: 'USD', qualifier: 'about', cite: cite('s2', 's11') }],
        }),
        {
          amount: 30e12,
          currency: 'JPY',
          qualifier: 'exact',
          nature: 'unspecified',
          equivalents: [],
          cite: cite('s63'),
        },
      ],
    } as unknown as Figure;
    const h = headlineFigure(figure);
    expect(h.value).toBe('about ¥3 trillion');
    expect(h.sourceCount).toBe(3);
    expect(h.equivalent?.text).toBe('about $19 billion');
    expect(h.differ).toBe(true);
    expect(h.accounts.map((a) => a.text)).toEqual([
      'about ¥3 trillion, converted by the source to about €17.9 billion',
      'about ¥3 trillion, converted by the source to about $19 billion',
      '¥30 trillion',
    ]);
    expect(h.accounts[1]!.detail).toBe('a target for business projects');
  });

  it('counts "more than 60 bilateral agreements" and "more than 60 agreements" as one value from two sources', () => {
    const figure = {
      kind: 'count',
      entry,
      field: 'count',
      variants: [
        { value: 60, qualifier: 'more-than', unit: 'bilateral agreements', cite: cite('s1') },
        { value: 14, qualifier: 'exact', unit: 'documents', cite: cite('s35') },
        { value: 60, qualifier: 'more-than', unit: 'agreements', cite: cite('s21') },
      ],
    } as unknown as Figure;
    const h = headlineFigure(figure);
    expect(h.value).toBe('more than 60 bilateral agreements');
    expect(h.sourceCount).toBe(2);
  });

  it('does not call one value with one source a disagreement', () => {
    const figure = {
      kind: 'count',
      entry,
      field: 'count',
      variants: [{ value: 9, qualifier: 'exact', unit: 'agreements', cite: cite('s1') }],
    } as unknown as Figure;
    const h = headlineFigure(figure);
    expect(h.value).toBe('9 agreements');
    expect(h.sourceCount).toBe(1);
    expect(h.differ).toBe(false);
  });
});
