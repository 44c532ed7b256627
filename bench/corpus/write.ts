// Puts a generated corpus on disk, never over real content: the target must be empty or an earlier corpus.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { CorpusFile, CorpusOptions } from './generate.ts';

/** Marks a folder as generated, so a later run may replace it; a folder without it is never emptied. */
export const CORPUS_MARKER = '.generated-corpus.json';

/** Why `dir` must not receive a corpus (inside the project's content/, or a folder of other files), or undefined. */
export function corpusTargetProblem(dir: string, projectRoot: string): string | undefined {
  const target = resolve(dir);
  const content = resolve(projectRoot, 'content');
  const rel = relative(content, target);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
    return `refusing to write a generated corpus into ${content}: use a folder under /tmp or bench/.tmp`;
  }
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(join(target, CORPUS_MARKER))) {
    return `refusing to replace ${target}: it is not empty and was not written by the corpus generator`;
  }
  return undefined;
}

/** Replaces `dir` with the corpus's files (and the marker saying how they were made). */
export function writeCorpus(dir: string, files: CorpusFile[], options: CorpusOptions, projectRoot: string): void {
  const problem = corpusTargetProblem(dir, projectRoot);
  if (problem) throw new Error(problem);
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  writeFileSync(join(dir, CORPUS_MARKER), `${JSON.stringify({ ...options, files: files.length }, null, 2)}\n`);
}
