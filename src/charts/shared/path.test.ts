import { describe, expect, it } from 'vitest';
import { compactPath } from './path.ts';

/** The points a path of moves, lines and closes visits, absolute, in tenths: what a renderer would draw. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let at: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  for (const [, letter, numbers] of d.matchAll(/([MLZml])([^MLZml]*)/g)) {
    const command = letter!;
    if (command === 'Z') {
      at = start;
      out.push(at);
      continue;
    }
    const values = [...numbers!.matchAll(/-?(?:\d+(?:\.\d+)?|\.\d+)/g)].map((m) => Math.round(Number(m[0]) * 10) + 0); // + 0: -0 is 0
    for (let i = 0; i < values.length; i += 2) {
      const p: [number, number] = [values[i]!, values[i + 1]!];
      at = command === 'l' || (command === 'm' && i > 0) ? [at[0] + p[0], at[1] + p[1]] : p;
      if (command === 'M' && i === 0) start = at;
      out.push(at);
    }
  }
  return out;
}

describe('compactPath()', () => {
  const d3 = 'M123.4,199.6L121.5,202.2L119.5,202.6L119.4,206.3L118,208.1Z M30,212L31.6,211.2L30,212Z';
  const shape = d3.replace(' ', '');

  it('visits exactly the points of the path it was given, in order', () => {
    expect(points(compactPath(shape))).toEqual(points(shape));
  });

  it('writes each line as the step from the point before, shortest', () => {
    expect(compactPath('M123.4,199.6L121.5,202.2L119.5,202.6L120,202.6Z')).toBe('M123.4 199.6l-1.9 2.6-2 .4 .5 0Z');
    expect(compactPath(shape).length).toBeLessThan(shape.length * 0.8);
  });

  it('adds no rounding error over a long outline', () => {
    const long = `M0.1,0.1${Array.from({ length: 500 }, (_, i) => `L${(i * 0.7 + 0.1).toFixed(1)},${(Math.sin(i) * 50).toFixed(1)}`).join('')}Z`;
    expect(points(compactPath(long))).toEqual(points(long));
  });

  it('leaves path data it does not know as it is', () => {
    for (const d of ['M0,0a4.5,4.5 0 1,1 0,-9Z', 'M1.25,2L3,4', 'M1e3,2L3,4', 'M1,2 3,4', ''])
      expect(compactPath(d)).toBe(d);
  });
});
