import { describe, expect, it } from 'vitest';
import { memo } from './memo.ts';

describe('memo()', () => {
  it('computes a key once per owner and gives every caller the same result', () => {
    const owner = {};
    let runs = 0;
    const first = memo(owner, 'chart:timeline', () => ({ run: ++runs }));
    const second = memo(owner, 'chart:timeline', () => ({ run: ++runs }));
    expect(second).toBe(first);
    expect(runs).toBe(1);
  });

  it('keeps the results of two owners apart, and of two keys', () => {
    const a = memo({}, 'k', () => 'a');
    const b = memo({}, 'k', () => 'b');
    const owner = {};
    expect([a, b, memo(owner, 'x', () => 1), memo(owner, 'y', () => 2)]).toEqual(['a', 'b', 1, 2]);
  });

  it('remembers undefined too', () => {
    const owner = {};
    let runs = 0;
    memo(owner, 'k', () => void runs++);
    memo(owner, 'k', () => void runs++);
    expect(runs).toBe(1);
  });
});
