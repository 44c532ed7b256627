// fonts.css must declare exactly the files and unicode-ranges that the chart layouts measure (charts/shared/font.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUBSETS, UNICODE_RANGES, fontFile } from '../charts/shared/font.ts';

const css = readFileSync(new URL('./fonts.css', import.meta.url), 'utf8');
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!);
const inter = faces.filter((f) => f.includes("font-family: 'Inter Variable'"));
const charts = faces.filter((f) => f.includes("font-family: 'Inter Charts'"));

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
  it('never swaps running text to Inter once drawn, and has charts wait for it, from the same files', () => {
    for (const f of inter) expect(f).toContain('font-display: optional;');
    for (const f of charts) expect(f).toContain('font-display: block;');
    expect(charts.map((f) => f.replace("'Inter Charts'", "'Inter Variable'").replace('block', 'optional'))).toEqual(
      inter,
    );
    expect(css).toMatch(/--bf-font: 'Inter Variable', 'Inter Fallback Arial'/);
    expect(css).toMatch(/--bf-chart-font: 'Inter Charts', 'Inter Fallback Arial'/);
  });
  it('gives every fallback face metric overrides, so a page takes the same room in a fallback as in Inter', () => {
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
