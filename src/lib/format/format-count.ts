import type { Qualifier } from '../../schemas/primitives.ts';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'up-to': 'up to ',
};

/** The words that go before a qualified number: formatQualifier("more-than") → "more than ". */
export function formatQualifier(qualifier: Qualifier): string {
  return QUALIFIER_WORDS[qualifier];
}

/** Made once: a formatter costs far more to make than to use (see format-money.ts). */
const NUMBER = new Intl.NumberFormat('en-GB');

/** Writes a number for reading: 60 → "60", 1500 → "1,500". */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** formatCount({ value: 60, qualifier: "more-than", unit: "agreements" }) → "more than 60 agreements". */
export function formatCount(count: { value: number; qualifier: Qualifier; unit?: string | undefined }): string {
  const unit = count.unit ? ` ${count.value === 1 ? singular(count.unit) : count.unit}` : '';
  return `${formatQualifier(count.qualifier)}${formatNumber(count.value)}${unit}`;
}

function singular(unit: string): string {
  return unit.replace(/ies$/, 'y').replace(/s$/, '');
}
