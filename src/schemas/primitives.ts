import { z } from 'zod';

/** Entry ids come from file names: lower-case words joined by hyphens, e.g. `tokyo-declaration`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How sure a figure is, as the source words it: "exact" (9), "about" (around 20), "more-than" (more than 60), "up-to". */
export const QUALIFIERS = ['exact', 'about', 'more-than', 'up-to'] as const;
export const QualifierSchema = z.enum(QUALIFIERS, {
  error: (issue) => `expected one of ${QUALIFIERS.map((q) => `"${q}"`).join(', ')}, got ${JSON.stringify(issue.input)}`,
});
export type Qualifier = z.output<typeof QualifierSchema>;

/** A date as precise as the sources give it: "2025", "2025-12" or "2025-12-20" (ISO 8601, calendar-checked). */
export const PartialDateSchema = z.preprocess(
  // YAML reads an unquoted 2025-12-20 as a timestamp and 2025 as a number; take both back to their text.
  (value) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value,
  z.string().check((ctx) => {
    const problem = partialDateProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem });
  }),
);

export function partialDateProblem(value: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return `expected a date like "2025-12-20", "2025-12" or "2025", got ${JSON.stringify(value)}`;
  const [, y, mo, d] = m;
  const month = mo === undefined ? 1 : Number(mo);
  if (month < 1 || month > 12) return `no such month in ${JSON.stringify(value)}`;
  if (d !== undefined) {
    const day = Number(d);
    const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
    if (day < 1 || day > last) return `no such day in ${JSON.stringify(value)}: that month has ${last} days`;
  }
  return undefined;
}
