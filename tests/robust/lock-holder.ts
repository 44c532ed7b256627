// A task for the lock test: at each of five agreed moments it tries to take the content folder's lock together with
// the other tasks, noting when it enters and leaves.
import { appendFileSync } from 'node:fs';
import { acquireLock, lockPath } from '../../scripts/lib/lock.ts';

const [content, log, start] = process.argv.slice(2) as [string, string, string];
for (let round = 0; round < 5; round++) {
  const at = Number(start) + round * 400;
  while (Date.now() < at) await new Promise((r) => setTimeout(r, 1));
  const release = await acquireLock({ path: lockPath(content), task: 'import', waitMs: 60_000 });
  appendFileSync(log, `enter ${process.pid}\n`);
  await new Promise((r) => setTimeout(r, 5));
  appendFileSync(log, `leave ${process.pid}\n`);
  release();
}
