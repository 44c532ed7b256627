// Build cost: wall time and peak memory of a build and every process it starts (Astro's workers, Pagefind's
// indexer), sampled from /proc, so it works on any Linux without /usr/bin/time.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';

export interface BuildMeasure {
  wallMs: number;
  /** Largest sum of resident memory over the build's process tree at any sample (every 100 ms). */
  peakTreeRssBytes: number;
  /** Largest high-water mark (VmHWM) of any single process of the tree: exact, even between samples. */
  peakProcessRssBytes: number;
  exitCode: number;
}

/** Parent pid from /proc/<pid>/stat ("pid (comm) state ppid …"; comm may hold spaces and parentheses). */
export function parentPid(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1]);
}

/** A "VmRSS:   1234 kB" line of /proc/<pid>/status, in bytes (0 when absent, e.g. a zombie). */
export function statusBytes(status: string, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

/** `root` and all its descendants, given every process's parent. */
export function processTree(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

function sample(root: number, hwm: Map<number, number>): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (stat) parents.set(Number(name), parentPid(stat));
  }
  let total = 0;
  for (const pid of processTree(root, parents)) {
    const status = read(`/proc/${pid}/status`);
    if (!status) continue;
    total += statusBytes(status, 'VmRSS');
    hwm.set(pid, Math.max(hwm.get(pid) ?? 0, statusBytes(status, 'VmHWM')));
  }
  return total;
}

/** Runs `command` to the end, its output appended to `logFile`, sampling memory every `intervalMs`. */
export function measureBuild(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; intervalMs?: number },
): Promise<BuildMeasure> {
  const log = openSync(options.logFile, 'w');
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', log, log] });
  const hwm = new Map<number, number>();
  let peakTree = 0;
  const timer = setInterval(() => {
    if (child.pid) peakTree = Math.max(peakTree, sample(child.pid, hwm));
  }, options.intervalMs ?? 100);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      closeSync(log);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      const wallMs = Math.round(performance.now() - started);
      clearInterval(timer);
      closeSync(log);
      resolve({
        wallMs,
        peakTreeRssBytes: Math.max(peakTree, ...hwm.values()),
        peakProcessRssBytes: Math.max(0, ...hwm.values()),
        exitCode: code ?? (signal ? 128 : 1),
      });
    });
  });
}
