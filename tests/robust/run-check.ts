// Runs `check:content` of a checkout on a broken copy of a content folder, as an editor would, and says how it went.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export type Verdict = 'refused clearly' | 'refused unclearly' | 'wrongly accepted';

/** A stack frame ("at fn (file.ts:12:3)") or Node's internal error dump: what an editor must never see. */
export const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(native\))$|node:internal|^\s*\^+\s*$/m;

export interface RunResult {
  status: number | null;
  output: string;
}

export function runCheck(checkout: string, contentRoot: string): RunResult {
  const r = spawnSync(process.execPath, [join(checkout, 'scripts/check-content.ts'), contentRoot], {
    cwd: checkout,
    encoding: 'utf8',
    env: { ...process.env, BRIEFING_CONTENT: contentRoot, NO_COLOR: '1' },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

export function verdict(r: RunResult, file: string, expect: RegExp): Verdict {
  if (r.status === 0) return 'wrongly accepted';
  const namesFile = r.output.includes(basename(file));
  return namesFile && expect.test(r.output) && !STACK_TRACE.test(r.output) ? 'refused clearly' : 'refused unclearly';
}

/** A throwaway copy of a content folder. */
export function copyContent(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'robust-'));
  cpSync(from, join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

export const removeCopy = (root: string) => rmSync(join(root, '..'), { recursive: true, force: true });
