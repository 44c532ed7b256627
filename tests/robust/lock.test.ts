// One task at a time per content folder, however many start at once: the log of who held the lock never shows two
// inside together, and a dead holder's lock is taken over once.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, lockPath } from '../../scripts/lib/lock.ts';

const HOLDER = join(import.meta.dirname, 'lock-holder.ts');

/** Starts `n` tasks that all reach for the lock at the same moments. */
const race = (n: number, content: string, log: string) => {
  const start = String(Date.now() + 2_000);
  return Promise.all(Array.from({ length: n }, () => run(content, log, start)));
};

const run = (content: string, log: string, start: string) =>
  new Promise<number | null>((done) => {
    const child = spawn(process.execPath, [HOLDER, content, log, start], { stdio: 'inherit' });
    child.on('close', done);
  });

/** The enter/leave log as pairs; fails if a task entered while another was inside. */
function overlaps(log: string): string[] {
  const lines = readFileSync(log, 'utf8').trim().split('\n');
  const problems: string[] = [];
  let inside: string | undefined;
  for (const line of lines) {
    const [what, pid] = line.split(' ');
    if (what === 'enter') {
      if (inside) problems.push(`${pid} entered while ${inside} held the lock`);
      inside = pid;
    } else inside = undefined;
  }
  return problems;
}

describe('the content lock', () => {
  it(
    'lets eight tasks in one at a time when all reach for it at once, five times over',
    { timeout: 60_000 },
    async () => {
      const content = mkdtempSync(join(tmpdir(), 'lock-'));
      const log = join(content, 'log.txt');
      const codes = await race(8, content, log);
      expect(codes).toEqual(Array(8).fill(0));
      const lines = readFileSync(log, 'utf8').trim().split('\n');
      expect(lines.length).toBe(8 * 5 * 2);
      expect(overlaps(log)).toEqual([]);
      // Nothing left behind: no lock, no holder files of the tasks.
      expect(readdirSync(content).filter((f) => f !== 'log.txt')).toEqual([]);
    },
  );

  it('takes over a dead holder’s lock once when several wait for it', { timeout: 60_000 }, async () => {
    const content = mkdtempSync(join(tmpdir(), 'lock-'));
    const log = join(content, 'log.txt');
    writeFileSync(
      lockPath(content),
      JSON.stringify({ pid: 2 ** 22 + 1, task: 'build', since: '2026-01-01T00:00:00Z' }),
    );
    const codes = await race(6, content, log);
    expect(codes).toEqual(Array(6).fill(0));
    expect(overlaps(log)).toEqual([]);
    expect(existsSync(lockPath(content))).toBe(false);
  });

  it('takes over a lock file that is not a lock (unreadable), leaving nothing behind', async () => {
    const content = mkdtempSync(join(tmpdir(), 'lock-'));
    writeFileSync(lockPath(content), 'not json');
    const release = await acquireLock({ path: lockPath(content), task: 'import' });
    expect(JSON.parse(readFileSync(lockPath(content), 'utf8')).pid).toBe(process.pid);
    release();
    expect(readdirSync(content)).toEqual([]);
  });

  it('clears the takeover guard of a task that died while taking over, then takes the stale lock', async () => {
    const content = mkdtempSync(join(tmpdir(), 'lock-'));
    const dead = (task: string) => JSON.stringify({ pid: 2 ** 22 + 1, task, since: '2026-01-01T00:00:00Z' });
    writeFileSync(lockPath(content), dead('build'));
    writeFileSync(`${lockPath(content)}.takeover`, dead('takeover'));
    const release = await acquireLock({ path: lockPath(content), task: 'import', waitMs: 5_000 });
    expect(JSON.parse(readFileSync(lockPath(content), 'utf8')).task).toBe('import');
    release();
    expect(readdirSync(content)).toEqual([]);
  });
});
