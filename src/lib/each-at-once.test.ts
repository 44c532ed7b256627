import { describe, expect, it } from 'vitest';
import { eachAtOnce } from './each-at-once.ts';

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
