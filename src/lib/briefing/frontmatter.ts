// The one frontmatter reader, for the content check, the build's site.yaml and `npm run import`: the `yaml` package
// reports errors with the file's own line and column, and its Document keeps comments for edits in place.
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Place } from './mdx-tree.ts';

export interface YamlProblem extends Place {
  message: string;
}

export interface ReadYaml {
  data: unknown;
  doc: Document.Parsed;
  problems: YamlProblem[];
}

/** Parses YAML text; `firstLine` is the file line the text starts on (2 inside frontmatter), so lines are the file's. */
export function readYaml(text: string, firstLine = 1): ReadYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems = doc.errors.map((e) => {
    const at = lineCounter.linePos(e.pos[0]);
    // The yaml package's message repeats the place and quotes the source; the first line says what is wrong.
    return {
      line: at.line + firstLine - 1,
      column: at.col,
      message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    };
  });
  return { data: problems.length ? undefined : doc.toJS(), doc, problems };
}

export type SplitFrontmatter =
  | { front: string; body: string; bodyLine: number; problem?: undefined }
  | { front?: undefined; body?: undefined; bodyLine?: undefined; problem: YamlProblem & { hint: string } };

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*\r?$/m;

/** Splits an MDX file into its frontmatter (between the first two `---` lines) and its body. */
export function splitFrontmatter(text: string): SplitFrontmatter {
  const open = OPEN.exec(text);
  if (!open) {
    return {
      problem: {
        line: 1,
        column: 1,
        message: 'the file does not start with frontmatter',
        hint: 'begin the file with a line "---", the entry’s fields, then another "---" line; the text follows.',
      },
    };
  }
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    return {
      problem: {
        line: 1,
        column: 1,
        message: 'the frontmatter is never closed',
        hint: 'add a line "---" after the last field, before the text.',
      },
    };
  }
  const front = rest.slice(0, close.index);
  const afterClose = rest.slice(close.index + close[0].length).replace(/^\n/, '');
  const bodyLine = 2 + (front.match(/\n/g)?.length ?? 0) + 1;
  return { front, body: afterClose, bodyLine };
}
