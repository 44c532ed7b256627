import { z } from 'zod';
import { CitationsSchema } from './citation.ts';

/** Letters of scripts English is never written in: text with any of them needs its language named. */
const NOT_LATIN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}]/u;

/** A BCP 47 language tag for text not in English, e.g. "ja", "ru", "uz-Cyrl"; pages mark the text with it. */
export const LangSchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
  error: 'expected a BCP 47 language tag like "ja", "ru" or "uz-Cyrl"',
});

/** Requires `lang` where `field` holds Japanese, Korean, Chinese or Cyrillic letters. */
function needsLang(field: string) {
  return (ctx: { value: Record<string, unknown> & { lang?: string | undefined }; issues: unknown[] }) => {
    const text = ctx.value[field];
    if (typeof text === 'string' && NOT_LATIN.test(text) && ctx.value.lang === undefined) {
      (ctx.issues as { code: string; input: unknown; path: string[]; message: string }[]).push({
        code: 'custom',
        input: ctx.value,
        path: ['lang'],
        message: `${JSON.stringify(text)} is not in English: add its language, e.g. lang: ja for Japanese`,
      });
    }
  };
}

/** One source's version of a disputed fact. */
export const AccountSchema = z
  .strictObject({
    /** What this source says, in our words or as a short quoted name/figure, e.g. "a working visit". */
    says: z.string().min(1),
    /** The language of `says` when it is not English (a name quoted in Japanese: "ja"); pages mark it with lang. */
    lang: LangSchema.optional(),
    /** A few words in English after a quoted name in another language, e.g. "Japanese, same word order". */
    gloss: z.string().min(1).optional(),
    /** Who says it. */
    cite: CitationsSchema,
  })
  .check(needsLang('says'));

/** A point on which sources disagree; the page shows every account with its citations and picks none. */
export const DiscrepancySchema = z.strictObject({
  /** What is disputed, e.g. "Visit status". */
  topic: z.string().min(1),
  /** Each source's version: at least two. */
  accounts: z.array(AccountSchema).min(2, { error: 'a discrepancy needs at least two accounts' }),
  /** Our reading, marked as such, e.g. "These may count different sets of documents." */
  note: z.string().optional(),
  /**
   * The field whose versions it is about, so the page shows the point once: "title" (joined to the other names the
   * entry is reported under), or a figure ("count", "value", "money", "counts.0"), whose fact row already shows every
   * version and then carries the note. Absent: shown under "Sources differ" on its own.
   */
  about: z
    .string()
    .regex(/^(title|count|value|money|counts\.\d+)$/, {
      error: 'expected "title", or a figure field: "count", "value", "money" or "counts.0"',
    })
    .optional(),
});
export type Discrepancy = z.output<typeof DiscrepancySchema>;

/** Another name under which a title or name is reported, with who reports it. */
export const VariantNameSchema = z
  .strictObject({
    /** The name as reported, e.g. "Tokyo CA+JAD Initiative" or "CA＋JAD東京イニシアティブ". */
    text: z.string().min(1),
    /** Its language when not English, e.g. "ja" for an official Japanese title; pages mark the text with lang. */
    lang: LangSchema.optional(),
    /** Who uses it. */
    cite: CitationsSchema,
  })
  .check(needsLang('text'));
