/**
 * One problem found in the content, reported the way Astro reports schema errors:
 * the entry, the field, what was expected, and how to fix it.
 */
export interface ContentProblem {
  collection: string;
  id: string;
  /** File that holds the entry, relative to the project root. */
  file?: string | undefined;
  /** Line and column in the file (1-based), where known. */
  line?: number | undefined;
  column?: number | undefined;
  /** Dotted path of the field, e.g. "value.0.currency"; empty for the entry as a whole. */
  field: string;
  /** What is wrong, e.g. `unknown source "s99"`. */
  message: string;
  /** How to fix it. */
  hint?: string | undefined;
}

/** Formats problems grouped by entry: `**documents → kz-package** (content/documents/kz-package.mdx)`, then a line each. */
export function formatContentProblems(problems: readonly ContentProblem[]): string {
  const byEntry = new Map<string, ContentProblem[]>();
  for (const p of problems) {
    const key = `${p.collection}\u0000${p.id}`;
    byEntry.set(key, [...(byEntry.get(key) ?? []), p]);
  }
  const blocks = [...byEntry.values()].map((list) => {
    const { collection, id, file } = list[0]!;
    const head = `**${collection} → ${id}**${file ? ` (${file})` : ''} has ${list.length === 1 ? 'a problem' : `${list.length} problems`}:`;
    const lines = list.map((p) => {
      const place = p.line ? `${p.file ?? ''}:${p.line}${p.column ? `:${p.column}` : ''}: ` : '';
      const field = `${place}${p.field ? `**${p.field}**: ` : ''}`;
      return `  - ${field}${p.message}${p.hint ? `\n    Fix: ${p.hint}` : ''}`;
    });
    return [head, ...lines].join('\n');
  });
  return `The briefing's content has ${plural(problems.length, 'problem')}.\n\n${blocks.join('\n\n')}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The last line a CLI prints: how many problems in how many files, so an editor knows the size of the job. */
export function summaryLine(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file ?? `${p.collection}/${p.id}`)).size;
  return `${plural(problems.length, 'problem')} in ${plural(files, 'file')}; nothing was changed. Fix them and run npm run check:content again.`;
}

/** Thrown when content fails a check; the message is already formatted for a person to read. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatContentProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }

  // Astro adds a misleading "Browser APIs are not available on the server" hint to any error whose toString()
  // contains "document" (astro/dist/core/errors/dev/utils.js, generateHint), which problems in documents would trip.
  // Astro prints `message` in full either way; only this short form is what it searches.
  override toString(): string {
    return `${this.name}: ${this.problems.length} problem(s) in the content`;
  }
}
