// Gate: valid HTML. html-validate over every page of a built folder; each problem names the page, rule and element.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { htmlFiles } from './files.ts';

export interface HtmlProblem {
  page: string;
  rule: string;
  message: string;
  selector: string | null;
  line: number;
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes boolean attributes and void elements its own consistent way; these are style, not validity.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Charts style their SVG with inline presentation attributes; inline style elsewhere is still reported.
    'no-inline-style': 'off',
    // Long unbroken identifiers (URLs in notes) are fine.
    'long-title': 'off',
  },
});

/** Every HTML error in a built folder. */
export async function validateHtml(dir: string): Promise<HtmlProblem[]> {
  const problems: HtmlProblem[] = [];
  for (const file of htmlFiles(dir)) {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity < 2) continue;
        problems.push({
          page: relative(dir, file),
          rule: m.ruleId,
          message: m.message,
          selector: m.selector,
          line: m.line,
        });
      }
    }
  }
  return problems;
}

export const formatHtmlProblems = (problems: HtmlProblem[]) =>
  problems.map((p) => `${p.page}:${p.line} [${p.rule}] ${p.message}${p.selector ? ` (${p.selector})` : ''}`);
