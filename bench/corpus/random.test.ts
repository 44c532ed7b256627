import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';

describe('createRandom()', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('stays within the bounds it is given', () => {
    const r = createRandom(1);
    for (let i = 0; i < 1000; i++) {
      expect(r.int(3, 5)).toBeGreaterThanOrEqual(3);
      expect(r.logNormal(200, 1, 50, 400)).toBeLessThanOrEqual(400);
    }
  });

  it('pickSkewed() picks the first items more often, as word use is skewed in text', () => {
    const r = createRandom(9);
    const items = Array.from({ length: 100 }, (_, i) => i);
    const picks = Array.from({ length: 5000 }, () => r.pickSkewed(items));
    expect(picks.filter((p) => p < 10).length).toBeGreaterThan(picks.filter((p) => p >= 90).length * 5);
  });

  it('sample() returns distinct items in list order', () => {
    const picked = createRandom(3).sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(picked).size).toBe(3);
    expect([...picked].sort()).toEqual(picked);
  });
});
