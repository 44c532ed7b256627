import { z } from 'zod';
import type { Ref } from './reference.ts';

/** A pointer into a source: which source, and where in it (`¶5` for a paragraph of S1, or a section/fragment). */
export interface Citation {
  source: Ref<'sources'>;
  /** Locator inside the source, e.g. "¶5"; absent when the whole source supports the claim. */
  at?: string | undefined;
}

const SHORTHAND = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s+(\S.*))?$/;

/** Parses the shorthand "s1 ¶5" (source id, a space, then the locator) or "s35" (the whole source). */
export function parseCitation(text: string): Citation | undefined {
  const m = SHORTHAND.exec(text.trim());
  if (!m) return undefined;
  const [, id, at] = m;
  return at ? { source: { collection: 'sources', id: id! }, at } : { source: { collection: 'sources', id: id! } };
}

/** Splits "s1 ¶5; s35" into citations; used by the `<Cite s="…">` component and its pre-pass. */
export function parseCitationList(text: string): Citation[] | undefined {
  const parts = text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const cites = parts.map(parseCitation);
  return parts.length && cites.every(Boolean) ? (cites as Citation[]) : undefined;
}

const shorthand = z.string().transform((text, ctx) => {
  const cite = parseCitation(text);
  if (!cite) {
    ctx.issues.push({
      code: 'custom',
      input: text,
      message: `expected a citation like "s1 ¶5" (source id, space, locator) or "s35", got ${JSON.stringify(text)}`,
    });
    return z.NEVER;
  }
  return cite;
});

/** One citation, written "s1 ¶5" (source id, a space, the locator) or "s35" (the whole source). */
export const CitationSchema = shorthand.meta({
  description: 'A citation: "s1 ¶5" (source id and locator) or "s35" (whole source)',
});

/** At least one citation: every figure, date, count and title in the briefing names where it comes from. */
export const CitationsSchema = z.array(CitationSchema).min(1, {
  error: 'needs at least one citation, e.g. cite: ["s1 ¶5"] — every figure, date, count and title names its source',
});
