import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachAtOnce, writeFilesAtOnce } from './each-at-once.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('eachAtOnce()', () => {
  it('runs the task on every item once, with its index', async () => {
    const seen: string[] = [];
    await eachAtOnce(['a', 'b', 'c', 'd', 'e'], async (item, i) => {
      await tick();
      seen.push(`${i}:${item}`);
    });
    expect(seen.sort()).toEqual(['0:a', '1:b', '2:c', '3:d', '4:e']);
  });

  it('never runs more than the given number of tasks at a time', async () => {
    let running = 0;
    let most = 0;
    await eachAtOnce(
      Array.from({ length: 20 }, (_, i) => i),
      async () => {
        most = Math.max(most, ++running);
        await tick();
        running--;
      },
      3,
    );
    expect(most).toBe(3);
  });

  it('does nothing for no items', async () => {
    await expect(eachAtOnce([], () => Promise.reject(new Error('called')))).resolves.toBeUndefined();
  });

  it('rejects with the failure of a task', async () => {
    await expect(
      eachAtOnce([1, 2, 3], async (n) => {
        if (n === 2) throw new Error('cannot write 2');
      }),
    ).rejects.toThrow('cannot write 2');
  });
});

describe('writeFilesAtOnce()', () => {
  it('writes every file, text or bytes, making the folders they go in', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bf-write-'));
    try {
      await writeFilesAtOnce([
        { target: join(root, 'cite', 'a', 'x.bib'), data: '@misc{x}' },
        { target: join(root, 'cite', 'a', 'b', 'y.ris'), data: 'TY  - GEN' },
        { target: join(root, 'z.bin'), data: new Uint8Array([1, 2, 3]) },
      ]);
      expect(readFileSync(join(root, 'cite', 'a', 'x.bib'), 'utf8')).toBe('@misc{x}');
      expect(readFileSync(join(root, 'cite', 'a', 'b', 'y.ris'), 'utf8')).toBe('TY  - GEN');
      expect([...readFileSync(join(root, 'z.bin'))]).toEqual([1, 2, 3]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
