// fonts.css must declare exactly the files and unicode-ranges that the chart layouts measure (charts/shared/font.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUBSETS, UNICODE_RANGES, fontFile } from '../charts/shared/font.ts';

const css = readFileSync(new URL('./fonts.css', import.meta.url), 'utf8');
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!);
const inter = faces.filter((f) => f.includes("font-family: 'Inter Variable'"));

describe('fonts.css', () => {
  it('declares one Inter face per measured subset, with the package’s file and unicode-range, in the same order', () => {
    expect(inter.map((f) => f.match(/inter-([a-z-]+)-wght-normal\.woff2/)?.[1])).toEqual([...SUBSETS]);
    for (const [i, subset] of SUBSETS.entries()) {
      expect(inter[i]).toContain(`url('@fontsource-variable/inter/files/inter-${subset}-wght-normal.woff2')`);
      // Prettier writes a space after each comma of a unicode-range and may wrap it; the ranges themselves must match.
      expect(inter[i]?.replace(/\s+/g, ' ').replace(/, /g, ',')).toContain(`unicode-range: ${UNICODE_RANGES[subset]};`);
      expect(readFileSync(fontFile(subset)).subarray(0, 4).toString('latin1')).toBe('wOF2');
    }
  });
  it('gives every fallback face metric overrides, so the swap to Inter moves nothing', () => {
    const fallbacks = faces.filter((f) => f.includes('Inter Fallback'));
    expect(fallbacks).toHaveLength(6);
    for (const f of fallbacks) {
      expect(f).toMatch(/src: local\(/);
      expect(f).toMatch(/size-adjust: [\d.]+%/);
      expect(f).toMatch(/ascent-override: [\d.]+%/);
      expect(f).toMatch(/descent-override: [\d.]+%/);
    }
  });
});
