import { describe, expect, it } from 'vitest';
import { measureBuild, parentPid, processTree, statusBytes } from './build.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('reading /proc', () => {
  it('finds the parent pid even when the command name holds spaces and parentheses', () => {
    expect(parentPid('4242 (node (worker) 1) S 4200 4242 4200 0 -1 4194560')).toBe(4200);
  });

  it('reads memory lines in bytes, and 0 for a process that has none', () => {
    const status = 'Name:\tnode\nVmHWM:\t  812344 kB\nVmRSS:\t  700000 kB\n';
    expect(statusBytes(status, 'VmHWM')).toBe(812344 * 1024);
    expect(statusBytes(status, 'VmRSS')).toBe(700000 * 1024);
    expect(statusBytes('Name:\tzombie\n', 'VmRSS')).toBe(0);
  });

  it('collects a process and all its descendants, and no one else', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [20, 1],
      [13, 10],
    ]);
    expect(processTree(10, parents).sort()).toEqual([10, 11, 12, 13]);
  });
});

describe('measureBuild()', () => {
  it('reports the exit code and the memory of a child process tree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bf-build-'));
    try {
      const ok = await measureBuild(
        process.execPath,
        ['-e', 'const a = Buffer.alloc(64 * 2 ** 20, 1); setTimeout(() => a.length, 400)'],
        {
          cwd: dir,
          env: process.env,
          logFile: join(dir, 'log'),
        },
      );
      expect(ok.exitCode).toBe(0);
      expect(ok.peakProcessRssBytes).toBeGreaterThan(64 * 2 ** 20);
      expect(ok.peakTreeRssBytes).toBeGreaterThanOrEqual(ok.peakProcessRssBytes);
      const failed = await measureBuild(process.execPath, ['-e', 'process.exit(3)'], {
        cwd: dir,
        env: process.env,
        logFile: join(dir, 'log'),
      });
      expect(failed.exitCode).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
