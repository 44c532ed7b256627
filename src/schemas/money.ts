import { z } from 'zod';
import { CitationsSchema } from './citation.ts';
import { QualifierSchema } from './primitives.ts';

const ISO_4217 = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 currency code in capitals, e.g. "JPY", "USD", "EUR". */
export const CurrencySchema = z.string().check((ctx) => {
  if (!ISO_4217.has(ctx.value)) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `expected an ISO 4217 currency code like "USD", "JPY" or "EUR", got ${JSON.stringify(ctx.value)}`,
    });
  }
});

/** What kind of money a figure is, as the sources describe it. */
export const MONEY_NATURES = [
  'public',
  'private',
  'business-target',
  'deal-value',
  'portfolio',
  'unspecified',
] as const;

const amount = z
  .number({ error: 'expected a number in units of the currency, e.g. 3700000000 for 3.7 billion' })
  .positive({ error: 'an amount must be greater than zero' });

/** The same amount in another currency, only where a source gives the conversion. */
export const EquivalentSchema = z.strictObject({
  /** Amount in units of `currency`, e.g. 17900000000. */
  amount,
  /** ISO 4217 code, e.g. "EUR". */
  currency: CurrencySchema,
  /** How the source qualifies the converted amount. */
  qualifier: QualifierSchema.default('about'),
  /** The source that states this conversion; no conversion without one. */
  cite: CitationsSchema,
});

/** A sum of money as one source reports it, in its own currency. */
export const MoneySchema = z.strictObject({
  /** Amount in units of `currency` (not millions), e.g. 3000000000000 for ¥3 trillion. */
  amount,
  /** ISO 4217 code, e.g. "JPY". */
  currency: CurrencySchema,
  /** exact, about, more-than or up-to, as the source words it. */
  qualifier: QualifierSchema.default('exact'),
  /** public money, private money, a business target, the value of deals, a project portfolio, or unspecified. */
  nature: z.enum(MONEY_NATURES),
  /** Where the amount comes from. */
  cite: CitationsSchema,
  /** Sourced conversions to other currencies, e.g. S1's ¥3 trillion ≈ €17.9 billion. */
  equivalents: z.array(EquivalentSchema).default([]),
  /** What this figure covers, where sources measure different things. */
  scope: z.string().optional(),
  /** The source's own words for the kind of money, where they are narrower than `nature`, e.g. "private-sector projects". */
  terms: z.string().min(1).optional(),
  /**
   * Why the briefing judges this figure wrong, e.g. "an evident error: ten times what every other source gives".
   * A flagged figure is still shown and cited, but drawn off the scale of every chart, so that it never sets one.
   */
  flagged: z.string().min(1).optional(),
});
export type Money = z.output<typeof MoneySchema>;

/** One amount, several sourced values; more than one is shown as "Sources differ". */
export const MoneyVariantsSchema = z.array(MoneySchema).min(1, { error: 'give at least one sourced amount' });
