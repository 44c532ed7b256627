// Many small reads or writes at once: one at a time leaves the thread pool idle (the build writes some 11,000
// citation files and reads and writes every file of the site for the offline edition); all at once can pass the
// open-file limit.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Files read or written at a time: enough to keep the thread pool busy, few enough to stay under open-file limits. */
export const AT_ONCE = 64;

/** Runs `task` on every item, at most `atOnce` at a time; rejects with the first failure. */
export async function eachAtOnce<T>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<void>,
  atOnce = AT_ONCE,
): Promise<void> {
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, run));
}

/** Writes every file: each folder made once (parents first) before any file goes in, then the files `AT_ONCE` at a time. */
export async function writeFilesAtOnce(files: readonly { target: string; data: string | Uint8Array }[]): Promise<void> {
  for (const folder of [...new Set(files.map(({ target }) => dirname(target)))].sort())
    await mkdir(folder, { recursive: true });
  await eachAtOnce(files, ({ target, data }) => writeFile(target, data));
}
