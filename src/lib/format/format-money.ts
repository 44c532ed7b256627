import type { Qualifier } from '../../schemas/primitives.ts';
import { formatQualifier } from './format-count.ts';

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** Symbols readers know without doubt; every other currency is written with its ISO code ("KZT 500 million"). */
const SYMBOLS: Record<string, string> = { JPY: '¥', USD: '$', EUR: '€', GBP: '£' };

/** Made once: a formatter costs far more to make than to use, and a big briefing formats amounts 100,000s of times. */
const AMOUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** Writes an amount the way briefings do: 3e12 JPY → "¥3 trillion", 3.7e9 USD → "$3.7 billion", 950 EUR → "€950". */
export function formatAmount(amount: number, currency: string): string {
  const prefix = SYMBOLS[currency] ?? `${currency} `;
  for (const [size, word] of SCALES) {
    if (amount >= size) {
      const n = amount / size;
      const text = AMOUNT.format(n);
      return `${prefix}${text} ${word}`;
    }
  }
  return `${prefix}${AMOUNT.format(amount)}`;
}

/** formatMoney({ amount: 3e12, currency: "JPY", qualifier: "about" }) → "about ¥3 trillion". */
export function formatMoney(money: { amount: number; currency: string; qualifier: Qualifier }): string {
  return `${formatQualifier(money.qualifier)}${formatAmount(money.amount, money.currency)}`;
}

const NATURE_LABELS = {
  public: 'public money',
  private: 'private money',
  'business-target': 'a target for business projects',
  'deal-value': 'the value of deals signed',
  portfolio: 'a portfolio of projects',
  unspecified: 'nature not stated',
} as const;

/** How the sources describe a sum: formatNature("business-target") → "a target for business projects". */
export function formatNature(nature: keyof typeof NATURE_LABELS): string {
  return NATURE_LABELS[nature];
}
