// All-or-nothing writes of several files: each is written in full to a staging folder, a journal listing them is
// put in place with one rename, and only then are they renamed over their targets. A process killed before the
// journal leaves nothing (the staging folder is cleared next time); one killed after it is finished by the next run.
import {
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';

const stagingOf = (root: string) => join(root, '.import-staging');
/** The journal of an import cut short; a name starting with "." so the loaders and the content check skip it. */
export const journalOf = (root: string) => join(root, '.import-journal.json');

interface Journal {
  moves: { from: string; to: string }[];
}

function writeDurably(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Test hook: stops the process as a power cut would (SIGKILL) after that many renames, to prove recovery. */
function faultAfter(): number | undefined {
  const n = Number(process.env.BRIEFING_TEST_KILL_AFTER_RENAMES);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** Finishes an import a killed process left half done, or clears what it staged; how many files it finished. */
export function recoverWrites(root: string): number {
  const journal = journalOf(root);
  let finished = 0;
  if (existsSync(journal)) {
    const { moves } = JSON.parse(readFileSync(journal, 'utf8')) as Journal;
    for (const m of moves) {
      if (existsSync(m.from)) {
        renameSync(m.from, m.to);
        finished++;
      }
    }
    rmSync(journal, { force: true });
  }
  rmSync(stagingOf(root), { recursive: true, force: true });
  return finished;
}

/** Writes every file or none. Paths must lie inside `root` (the content folder). */
export function writeAll(root: string, files: readonly { path: string; text: string }[]): void {
  recoverWrites(root);
  const staging = stagingOf(root);
  const moves = files.map((f, i) => ({ from: join(staging, String(i), relative(root, f.path)), to: f.path }));
  files.forEach((f, i) => writeDurably(moves[i]!.from, f.text));
  for (const m of moves) mkdirSync(dirname(m.to), { recursive: true });
  const journal = journalOf(root);
  writeDurably(`${journal}.tmp`, JSON.stringify({ moves } satisfies Journal));
  renameSync(`${journal}.tmp`, journal);
  const kill = faultAfter();
  moves.forEach((m, i) => {
    if (kill === i) process.kill(process.pid, 'SIGKILL');
    renameSync(m.from, m.to);
  });
  rmSync(journal, { force: true });
  rmSync(staging, { recursive: true, force: true });
}
