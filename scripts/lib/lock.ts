// One lock per content folder for everything that writes the site or the content (builds, imports): two builds of
// one content folder share Astro's content cache, and an import must not change files a build is reading. A second
// task waits for the first, or refuses with a message that says who holds the lock; a killed holder's lock is taken over.
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The lock file of a content folder: a dot-file, which the loaders and the content check skip. */
export const lockPath = (contentRoot: string) => join(contentRoot, '.briefing.lock');

interface Holder {
  pid: number;
  task: string;
  since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(path: string): Holder | undefined {
  const seen = readLock(path);
  return seen.state === 'held' ? seen.holder : undefined;
}

/** What the lock file says: nobody holds it, a holder, or something unreadable (never a half-written lock). */
type Seen = { state: 'absent' } | { state: 'unreadable' } | { state: 'held'; holder: Holder };

function readLock(path: string): Seen {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'absent' };
    return { state: 'unreadable' };
  }
  try {
    const h = JSON.parse(text) as Partial<Holder> | null;
    return typeof h?.pid === 'number' ? { state: 'held', holder: h as Holder } : { state: 'unreadable' };
  } catch {
    return { state: 'unreadable' };
  }
}

/** A lock nobody holds any more: its holder was killed or crashed without releasing it, or it is not a lock at all. */
const stale = (seen: Seen) => seen.state === 'unreadable' || (seen.state === 'held' && !alive(seen.holder.pid));

/** Why the lock could not be taken: names the other task, so an editor knows what to wait for. */
export class LockBusyError extends Error {
  readonly holder: Holder;
  constructor(holder: Holder) {
    super(
      `another ${holder.task} is running in this checkout (process ${holder.pid}, since ${holder.since}); wait for it to finish and run this again`,
    );
    this.name = 'LockBusyError';
    this.holder = holder;
  }
}

export interface LockOptions {
  /** What takes the lock, e.g. "build" or "import": shown to whoever waits. */
  task: string;
  /** How long to wait for another task, in ms; 0 refuses at once. */
  waitMs?: number;
  onWait?: (holder: Holder) => void;
  /** The lock file: lockPath(content folder). */
  path: string;
}

/**
 * Creates the lock file whole or not at all: the holder is written to a file of this process's own and hard-linked to
 * the lock's name, which fails if the name exists. (Creating the lock with `wx` and then writing it left a moment in
 * which another task read an empty lock, took it for a crashed one's and removed it: two imports then ran at once.)
 */
function tryCreate(path: string, task: string): boolean {
  const mine = `${path}.${process.pid}.new`;
  writeFileSync(mine, JSON.stringify({ pid: process.pid, task, since: new Date().toISOString() }));
  try {
    linkSync(mine, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    rmSync(mine, { force: true });
  }
}

/**
 * Removes a stale lock. Only the task holding the takeover guard (a second lock, made the same way) may remove one,
 * and it looks again under the guard: nothing else removes a lock whose holder is dead, so what it sees stale is
 * still stale when it removes it. (Moving the lock aside and back let a task that had read "no lock" move away a
 * lock another task had just taken, and two tasks ran at once.) A guard whose own holder died is cleared the same
 * way, by whoever finds it.
 */
function takeOver(path: string): void {
  const guard = `${path}.takeover`;
  if (!tryCreate(guard, 'takeover')) {
    const g = readLock(guard);
    if (stale(g)) clearDeadGuard(guard, g);
    return;
  }
  try {
    if (stale(readLock(path))) rmSync(path, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

/** Removes a guard left by a task that died while taking over, unless another task has made a new one meanwhile. */
function clearDeadGuard(guard: string, seen: Seen): void {
  const aside = `${guard}.${process.pid}.stale`;
  try {
    renameSync(guard, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  // Put back unless what was moved is the guard seen dead (same holder, or the same unreadable file).
  if (JSON.stringify(readLock(aside)) !== JSON.stringify(seen)) {
    try {
      linkSync(aside, guard);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  rmSync(aside, { force: true });
}

/** Takes the lock (waiting up to `waitMs`) and returns the function that releases it. */
export async function acquireLock({ task, waitMs = 0, onWait, path }: LockOptions): Promise<() => void> {
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    if (tryCreate(path, task)) {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (holder(path)?.pid === process.pid) rmSync(path, { force: true });
      };
      process.once('exit', release);
      return release;
    }
    const seen = readLock(path);
    // Released since: try again.
    if (seen.state === 'absent') continue;
    if (stale(seen)) {
      takeOver(path);
      // Another task is taking it over: give it a moment.
      await new Promise((r) => setTimeout(r, 5));
      continue;
    }
    if (seen.state !== 'held') continue;
    const h = seen.holder;
    if (Date.now() >= deadline) throw new LockBusyError(h);
    if (!told) onWait?.(h);
    told = true;
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Releases the lock when the process is stopped with Ctrl-C or killed politely, then stops as it would have. */
export function releaseOnSignals(release: () => void): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      release();
      process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const)[signal]);
    });
  }
}
