/**
 * One problem found in the content, reported the way Astro reports schema errors:
 * the entry, the field, what was expected, and how to fix it.
 */
export interface ContentProblem {
  collection: string;
  id: string;
  /** File that holds the entry, relative to the project root. */
  file?: string | undefined;
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
      const field = p.field ? `**${p.field}**: ` : '';
      return `  - ${field}${p.message}${p.hint ? `\n    Fix: ${p.hint}` : ''}`;
    });
    return [head, ...lines].join('\n');
  });
  const count = problems.length;
  return `The briefing's content has ${count} problem${count === 1 ? '' : 's'}.\n\n${blocks.join('\n\n')}`;
}

/** Thrown when content fails a check; the message is already formatted for a person to read. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatContentProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
