// Runs an editor CLI of this checkout (new, import, check:content, build) on a content folder, as an editor would.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHECKOUT = resolve(import.meta.dirname, '../..');

export interface Run {
  status: number | null;
  output: string;
}

const envFor = (content: string, extra: Record<string, string> = {}) => ({
  ...process.env,
  BRIEFING_CONTENT: content,
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  ...extra,
});

export function cli(script: string, args: string[], content: string, extra?: Record<string, string>): Run {
  const r = spawnSync(process.execPath, [join(CHECKOUT, 'scripts', script), ...args], {
    cwd: CHECKOUT,
    encoding: 'utf8',
    env: envFor(content, extra),
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** The same, without blocking: for two at once. */
export function cliAsync(
  script: string,
  args: string[],
  content: string,
  extra?: Record<string, string>,
  /** Called with everything printed so far, each time the command prints. */
  onOutput?: (output: string) => void,
): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(CHECKOUT, 'scripts', script), ...args], {
      cwd: CHECKOUT,
      env: envFor(content, extra),
    });
    let output = '';
    const take = (d: Buffer) => {
      output += d;
      onOutput?.(output);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (status) => done({ status, output }));
  });
}

/** A throwaway copy of a content folder (the small fixture by default: fast to check and build). */
export function contentCopy(from = join(CHECKOUT, 'tests/fixtures/mini-content')): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'robust-cli-')), 'content');
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Every file's bytes under a folder (dot-files included), to prove nothing was written or lost. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile())
      out[join(e.parentPath, e.name).slice(dir.length)] = readFileSync(join(e.parentPath, e.name), 'base64');
  }
  return out;
}
