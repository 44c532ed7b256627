import { formatAmount } from '../../lib/format/format-money.ts';

/** A money tick, short enough for an axis: 1e13 JPY → "¥10tn", 5e10 USD → "$50bn", 0 → "0". */
export function formatAmountTick(amount: number, currency: string): string {
  if (amount === 0) return '0';
  return formatAmount(amount, currency)
    .replace(/ trillion$/, 'tn')
    .replace(/ billion$/, 'bn')
    .replace(/ million$/, 'm');
}
